// The registry always knows the 2020-12 meta-schemas, so schemas can be
// checked against the meta-schema itself ("is this a valid schema?").
#include "core/schema/registry.h"

#include "tests/schema/schema_test_support.h"

namespace yaosu::schema {
namespace {
using testing::Json;
using testing::MustCompile;

TEST(SchemaRegistry, HoldsEveryMetaschemaOf2020_12) {
  const SchemaRegistry registry;
  for (const char* name : {"schema", "meta/core", "meta/applicator", "meta/unevaluated", "meta/validation",
                           "meta/meta-data", "meta/format-annotation", "meta/content"}) {
    EXPECT_NE(registry.Find(std::string("https://json-schema.org/draft/2020-12/") + name), nullptr) << name;
  }
  EXPECT_EQ(registry.Find("https://json-schema.org/draft/2020-12/nothing"), nullptr);
}

TEST(SchemaRegistry, TheMetaschemaValidatesSchemas) {
  const CompiledSchema metaschema = MustCompile(R"({"$ref": "https://json-schema.org/draft/2020-12/schema"})");
  EXPECT_TRUE(metaschema.IsValid(Json(R"({"type": "object", "properties": {"name": {"minLength": 2}}})")));
  EXPECT_FALSE(metaschema.IsValid(Json(R"({"type": "text"})")));
  EXPECT_FALSE(metaschema.IsValid(Json(R"({"properties": {"name": {"minLength": -1}}})")));
  EXPECT_FALSE(metaschema.IsValid(Json(R"({"$defs": {"a": {"required": "name"}}})")));
  // The meta-schema checks itself.
  EXPECT_TRUE(metaschema.IsValid(*SchemaRegistry().Find("https://json-schema.org/draft/2020-12/schema")));
}

}  // namespace
}  // namespace yaosu::schema
