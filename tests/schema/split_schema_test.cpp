// SplitSchema: an object schema checked one top-level property at a time must
// report exactly what Validate reports, in the same order, when the pieces are
// put together; schemas whose root couples properties do not split.
#include "core/schema/split_schema.h"

#include "tests/schema/schema_test_support.h"

namespace yaosu::schema {
namespace {
using testing::Json;
using testing::MustCompile;

// Joined: the pieces of `split` for `instance`, in Validate's order.
ValidationResult Joined(const SplitSchema& split, const nlohmann::json& instance) {
  const RootCheck root = split.CheckRoot(instance);
  ValidationResult joined;
  joined.valid = root.result.valid;
  const Diagnostics& around = root.result.diagnostics;
  joined.diagnostics.assign(around.begin(), around.begin() + static_cast<std::ptrdiff_t>(root.split));
  for (std::size_t n = 0; n < split.properties().size(); ++n) {
    if (!instance.is_object() || !instance.contains(split.properties()[n])) continue;
    const ValidationResult part = split.CheckProperty(n, instance[split.properties()[n]]);
    joined.valid = joined.valid && part.valid;
    joined.diagnostics.insert(joined.diagnostics.end(), part.diagnostics.begin(), part.diagnostics.end());
  }
  joined.diagnostics.insert(joined.diagnostics.end(), around.begin() + static_cast<std::ptrdiff_t>(root.split),
                            around.end());
  return joined;
}

constexpr const char* kForm = R"({
  "$id": "https://yaosu.cn/test/form.json",
  "type": "object",
  "required": ["parties", "claims", "facts"],
  "minProperties": 1,
  "properties": {
    "parties": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/party"}},
    "claims": {"type": "object", "required": ["total"], "properties": {"total": {"type": "number", "minimum": 0}}},
    "facts": {"type": "object", "additionalProperties": false, "properties": {"date": {"type": "string", "format": "date"}}}
  },
  "additionalProperties": false,
  "$defs": {"party": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "minLength": 2}}}}
})";

TEST(SplitSchema, ThePiecesReportWhatValidateReportsInItsOrder) {
  CompileOptions options;
  options.format_assertion = true;
  const CompiledSchema schema = MustCompile(kForm, options);
  const std::optional<SplitSchema> split = SplitSchema::Of(schema);
  ASSERT_TRUE(split.has_value());
  EXPECT_EQ(split->properties().size(), 3u);
  for (const char* text : {R"({})", R"({"parties": [{"name": "张"}, {}], "claims": {"total": -1}, "x": 1, "y": 2})",
                           R"({"parties": [], "claims": {}, "facts": {"date": "2024-02-30", "extra": 1}})",
                           R"({"parties": [{"name": "张三"}], "claims": {"total": 5}, "facts": {}})", R"([1, 2])",
                           R"("text")", R"(null)"}) {
    const nlohmann::json instance = Json(text);
    const ValidationResult whole = schema.Validate(instance);
    const ValidationResult joined = Joined(*split, instance);
    EXPECT_EQ(joined.valid, whole.valid) << text;
    EXPECT_EQ(ToJson(joined.diagnostics), ToJson(whole.diagnostics)) << text;
  }
}

TEST(SplitSchema, ARootThatCouplesPropertiesDoesNotSplit) {
  for (const char* text :
       {R"({"properties": {"a": {}}, "allOf": [{"required": ["a"]}]})",
        R"({"properties": {"a": {}}, "if": {"required": ["a"]}, "then": {"required": ["b"]}})",
        R"({"properties": {"a": {}}, "dependentSchemas": {"a": {"required": ["b"]}}})",
        R"({"properties": {"a": {}}, "patternProperties": {"^a": {"type": "string"}}})",
        R"({"properties": {"a": {}}, "unevaluatedProperties": false})",
        R"({"properties": {"a": {}}, "$ref": "#/$defs/x", "$defs": {"x": {}}})", R"({"required": ["a"]})", "true"}) {
    EXPECT_FALSE(SplitSchema::Of(MustCompile(text)).has_value()) << text;
  }
  EXPECT_TRUE(
      SplitSchema::Of(MustCompile(R"({"properties": {"a": {}}, "dependentRequired": {"a": ["b"]}})")).has_value());
}

}  // namespace
}  // namespace yaosu::schema
