// The shared pieces in schemas/common/ compile with the engine and accept and
// reject what the 2025 templates say. They are data, loaded from the source tree.
#include "tests/schema/schema_test_support.h"

namespace yaosu::schema {
namespace {
using testing::FindCode;
using testing::Json;

constexpr const char* kCommon = "https://yaosu.cn/schemas/common/";

class CommonSchemas : public ::testing::Test {
 protected:
  void SetUp() override { ids_ = testing::RegisterFolder("schemas/common", registry_); }
  CompiledSchema Compile(const std::string& name) { return testing::CompileRef(kCommon + name, registry_); }
  SchemaRegistry registry_;
  std::vector<std::string> ids_;
};

TEST_F(CommonSchemas, EveryFileCompiles) {
  ASSERT_GE(ids_.size(), 8u);
  for (const std::string& id : ids_) {
    EXPECT_EQ(id.rfind(kCommon, 0), 0u) << id;
    testing::CompileRef(id, registry_);
  }
}

TEST_F(CommonSchemas, PartyChoosesItsVariantByKind) {
  const CompiledSchema party = Compile("party.json");
  EXPECT_TRUE(party.IsValid(Json(R"({"kind": "natural_person", "name": "张三", "sex": "male",
      "birth_date": "1949-12-31", "id_type": "resident_id", "id_number": "11010519491231002X"})")));
  EXPECT_TRUE(party.IsValid(Json(R"({"kind": "organisation", "name": "包头某某有限公司",
      "organisation_type": "limited_liability_company", "ownership": "private"})")));
  const ValidationResult mixed = party.Validate(Json(R"({"kind": "natural_person", "name": "张三", "uscc": "x"})"));
  ASSERT_FALSE(mixed.valid);
  const Diagnostic* extra = FindCode(mixed.diagnostics, "schema.additionalProperties");
  ASSERT_NE(extra, nullptr);
  EXPECT_EQ(extra->instance_location, "/uscc");
  const ValidationResult nameless = party.Validate(Json(R"({"kind": "organisation"})"));
  ASSERT_NE(FindCode(nameless.diagnostics, "schema.required"), nullptr);
  EXPECT_EQ(FindCode(nameless.diagnostics, "schema.required")->params["missing"], "name");
}

TEST_F(CommonSchemas, AgentDetailsAreRequiredOnlyWhenThereIsAnAgent) {
  const CompiledSchema agent = Compile("agent.json");
  EXPECT_TRUE(agent.IsValid(Json(R"({"present": false})")));
  EXPECT_TRUE(agent.IsValid(Json(R"({"present": true, "name": "李四", "authority": "special"})")));
  const ValidationResult missing = agent.Validate(Json(R"({"present": true})"));
  ASSERT_EQ(missing.diagnostics.size(), 2u);
  EXPECT_EQ(missing.diagnostics[0].params["missing"], "name");
  EXPECT_EQ(missing.diagnostics[1].params["missing"], "authority");
}

TEST_F(CommonSchemas, MoneyHasAtMostTwoDecimals) {
  const CompiledSchema money = Compile("money.json");
  EXPECT_TRUE(money.IsValid(12345.67));
  EXPECT_TRUE(money.IsValid(0));
  EXPECT_FALSE(money.IsValid(12.345));
  EXPECT_FALSE(money.IsValid(-1));
}

TEST_F(CommonSchemas, MediationHasTheFiveStatementsOfTheTemplate) {
  const CompiledSchema mediation = Compile("mediation.json");
  EXPECT_TRUE(mediation.IsValid(Json(R"({"understands_benefits": [true, true, false, true, true],
                                         "considers_mediation": "undecided"})")));
  EXPECT_FALSE(mediation.IsValid(Json(R"({"understands_benefits": [true, true, true, true, true, true]})")));
}

}  // namespace
}  // namespace yaosu::schema
