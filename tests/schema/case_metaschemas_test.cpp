// The meta-schemas of case-type files (schemas/meta/yaosu/) compile and hold
// case-type authors to the format of schemas/cases/README.md.
#include "tests/schema/schema_test_support.h"

namespace yaosu::schema {
namespace {
using testing::Json;

constexpr const char* kMeta = "https://yaosu.cn/schemas/meta/";

class CaseMetaschemas : public ::testing::Test {
 protected:
  void SetUp() override { testing::RegisterFolder("schemas/meta/yaosu", registry_); }
  CompiledSchema Compile(const std::string& name) { return testing::CompileRef(kMeta + name, registry_); }
  SchemaRegistry registry_;
};

TEST_F(CaseMetaschemas, RulesEitherReportOrSetAState) {
  const CompiledSchema rules = Compile("rules.schema.json");
  EXPECT_TRUE(rules.IsValid(Json(R"({"rules": [
    {"id": "lending.repaid_exceeds_principal", "severity": "error", "pointers": ["/facts/repayment/principal_repaid"],
     "when": {">": [{"var": "facts.repayment.principal_repaid"}, {"var": "facts.amount.actual"}]},
     "message": {"zh": "已还本金大于实际借款", "en": "Repaid principal exceeds the loan"},
     "citation": {"law": "民法典", "article": "667"}},
    {"id": "agent.block", "state": "required", "pointers": ["/agent"], "when": {"var": "agent.present"}}]})")));
  // A rule that reports must say what; a rule cannot do both.
  EXPECT_FALSE(
      rules.IsValid(Json(R"({"rules": [{"id": "a", "severity": "error", "pointers": ["/x"], "when": true}]})")));
  EXPECT_FALSE(rules.IsValid(Json(R"({"rules": [{"id": "a", "severity": "error", "state": "hidden",
      "message": {"zh": "x"}, "pointers": ["/x"], "when": true}]})")));
  EXPECT_FALSE(
      rules.IsValid(Json(R"({"rules": [{"id": "a", "state": "hidden", "pointers": ["no-slash"], "when": true}]})")));
}

TEST_F(CaseMetaschemas, ElementRowsNeedAnIdAPointerAndAChineseLabel) {
  const CompiledSchema elements = Compile("elements.schema.json");
  EXPECT_TRUE(elements.IsValid(Json(R"({"sections": [{"id": "claims", "label": {"zh": "诉讼请求", "en": "Claims"},
      "rows": [{"id": "claims.principal", "number": 1, "pointer": "/claims/principal", "label": {"zh": "本金"},
                "answer_row": "answer.claims.principal"}]}]})")));
  EXPECT_FALSE(elements.IsValid(Json(R"({"sections": [{"id": "claims", "label": {"en": "Claims"}, "rows": []}]})")));
  EXPECT_FALSE(elements.IsValid(Json(R"({"sections": [{"id": "Claims!", "label": {"zh": "诉讼请求"}, "rows": []}]})")));
}

TEST_F(CaseMetaschemas, AnAnswerNamesTheComplaintItAnswers) {
  const CompiledSchema manifest = Compile("case.schema.json");
  const nlohmann::json complaint = Json(R"({"id": "private_lending.complaint", "case_type": "private-lending",
      "form": "complaint", "version": "2025.1", "title": {"zh": "民事起诉状（民间借贷纠纷）"},
      "template": {"batch": "2025"}, "schema": "schema.json", "elements": "elements.json", "rules": "rules.json"})");
  EXPECT_TRUE(manifest.IsValid(complaint));
  nlohmann::json answer = complaint;
  answer["form"] = "answer";
  EXPECT_FALSE(manifest.IsValid(answer));
  answer["answers"] = "private_lending.complaint";
  EXPECT_TRUE(manifest.IsValid(answer));
}

TEST_F(CaseMetaschemas, ComputedValuesHaveAUnit) {
  const CompiledSchema computed = Compile("computed.schema.json");
  EXPECT_TRUE(computed.IsValid(Json(R"({"computed": [{"id": "total_claim", "label": {"zh": "标的总额"},
      "expression": {"+": [{"var": "claims.principal.amount"}, {"var": "claims.interest.amount"}]},
      "unit": "yuan", "compare_with": "/claims/total"}]})")));
  EXPECT_FALSE(computed.IsValid(Json(R"({"computed": [{"id": "x", "label": {"zh": "x"}, "expression": 1}]})")));
}

}  // namespace
}  // namespace yaosu::schema
