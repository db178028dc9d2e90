#include "core/diagnostics/message_catalog.h"

#include <set>

#include <gtest/gtest.h>

#include "core/embedded/embedded.h"
#include "core/json/parse.h"
#include "tests/support/test_options.h"

namespace yaosu {
namespace {

TEST(MessageCatalog, EmbeddedCatalogsParse) {
  ASSERT_FALSE(embedded::MessageCatalogs().empty());
  for (std::string_view text : embedded::MessageCatalogs()) {
    Result<nlohmann::json> document = ParseJson(text);
    ASSERT_TRUE(document.ok());
    MessageCatalog catalog;
    EXPECT_TRUE(catalog.Add(*document).empty());
  }
}

TEST(MessageCatalog, RendersChineseFirstWithParameters) {
  const Diagnostic d{.code = "schema.minLength", .params = {{"limit", 2}, {"actual", 1}}};
  EXPECT_EQ(MessageCatalog::Builtin().Render(d, "zh"), "至少填写 2 个字（当前 1 个）");
  EXPECT_EQ(MessageCatalog::Builtin().Render(d, "en"), "Enter at least 2 characters (now 1)");
}

TEST(MessageCatalog, TranslatesTermsAndJoinsLists) {
  const Diagnostic d{.code = "schema.type",
                     .params = {{"expected", nlohmann::json::array({"string", "integer"})}, {"actual", "null"}}};
  EXPECT_EQ(MessageCatalog::Builtin().Render(d, "zh"), "应填写文本、整数，当前是空值");
  EXPECT_EQ(MessageCatalog::Builtin().Render(d, "en"), "Expected text, whole number, found null");
}

TEST(MessageCatalog, FormatProblemsSayWhatIsWrongWhenTheyKnow) {
  const Diagnostic reasoned{
      .code = "schema.format",
      .params = {{"format", "cn-resident-id"}, {"reason", "check_character"}, {"expected", "X"}, {"actual", "1"}}};
  EXPECT_EQ(MessageCatalog::Builtin().Render(reasoned, "zh"),
            MessageCatalog::Builtin().Render(
                Diagnostic{.code = "format.cn-resident-id.check_character", .params = reasoned.params}, "zh"));
  EXPECT_NE(MessageCatalog::Builtin().Render(reasoned, "zh"), "format.cn-resident-id.check_character");
  const Diagnostic plain{.code = "schema.format", .params = {{"format", "cn-mobile"}}};
  EXPECT_EQ(MessageCatalog::Builtin().Render(plain, "zh"), "不是有效的手机号码（11位）");
  const Diagnostic unknown{.code = "schema.format", .params = {{"format", "ipv4"}, {"reason", "nonsense"}}};
  EXPECT_EQ(MessageCatalog::Builtin().Render(unknown, "en"), "Not a valid ipv4");
}

TEST(MessageCatalog, UnknownCodesFallBackToTheCode) {
  EXPECT_EQ(MessageCatalog::Builtin().Render(Diagnostic{.code = "rule.unknown"}, "zh"), "rule.unknown");
}

TEST(MessageCatalog, MissingParametersStayVisible) {
  EXPECT_EQ(MessageCatalog::Builtin().Render(Diagnostic{.code = "schema.required"}, "en"),
            "The required field \"{missing}\" is missing");
}

TEST(MessageCatalog, LaterLayersAddTheirOwnCodes) {
  MessageCatalog catalog = MessageCatalog::Builtin();
  ASSERT_TRUE(catalog.Add(nlohmann::json::parse(R"({"messages": {"rule.x": {"zh": "借款金额{amount}元"}}})")).empty());
  const Diagnostic d{.code = "rule.x", .params = {{"amount", "10000"}}};
  EXPECT_EQ(catalog.Render(d, "zh"), "借款金额10000元");
  EXPECT_EQ(catalog.Render(d, "en"), "借款金额10000元");  // falls back to Chinese
  EXPECT_FALSE(catalog.Add(nlohmann::json::parse("[]")).empty());
}

TEST(MessageCatalog, JsonOutputCarriesBothLanguages) {
  const Diagnostics diagnostics = {Diagnostic{.code = "schema.required", .params = {{"missing", "name"}}}};
  const nlohmann::json out = ToJsonWithMessages(diagnostics);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0]["code"], "schema.required");
  EXPECT_EQ(out[0]["message"]["zh"], "缺少必填项“name”");
  EXPECT_EQ(out[0]["message"]["en"], "The required field \"name\" is missing");
}

TEST(MessageCatalog, EveryEngineCodeHasBothLanguages) {
  // The codes the parser and the schema engine emit (keep in step with them).
  const std::set<std::string> codes = {"json.syntax",
                                       "json.too_large",
                                       "json.too_deep",
                                       "json.string_too_long",
                                       "json.array_too_long",
                                       "json.too_many_values",
                                       "json.duplicate_key",
                                       "json.number_out_of_range",
                                       "schema.type",
                                       "schema.enum",
                                       "schema.const",
                                       "schema.minimum",
                                       "schema.maximum",
                                       "schema.exclusiveMinimum",
                                       "schema.exclusiveMaximum",
                                       "schema.multipleOf",
                                       "schema.minLength",
                                       "schema.maxLength",
                                       "schema.pattern",
                                       "schema.pattern_budget",
                                       "schema.invalid_utf8",
                                       "schema.format",
                                       "schema.minItems",
                                       "schema.maxItems",
                                       "schema.uniqueItems",
                                       "schema.minProperties",
                                       "schema.maxProperties",
                                       "schema.required",
                                       "schema.dependentRequired",
                                       "schema.additionalProperties",
                                       "schema.unevaluatedProperties",
                                       "schema.unevaluatedItems",
                                       "schema.contains",
                                       "schema.anyOf",
                                       "schema.oneOf",
                                       "schema.not",
                                       "schema.false",
                                       "schema.ref_cycle",
                                       "schema.depth_limit",
                                       "schema.too_many_diagnostics",
                                       "schema.invalid_schema",
                                       "schema.invalid_keyword",
                                       "schema.invalid_pattern",
                                       "schema.unresolved_ref",
                                       "schema.unknown_metaschema",
                                       "schema.unsupported_vocabulary",
                                       "schema.too_many_subschemas",
                                       "schema.registry_bad_uri",
                                       "schema.dependencies",
                                       "options.invalid",
                                       "messages.invalid_catalog",
                                       "rule.unknown_operator",
                                       "rule.invalid_arguments",
                                       "rule.invalid_rule",
                                       "rule.too_deep",
                                       "law.date.malformed",
                                       "law.date.ambiguous",
                                       "law.fee.amount_required",
                                       "law.calendar.not_covered",
                                       "law.interest.bad_period",
                                       "law.param.before_first",
                                       "law.param.ended",
                                       "law.param.unverified",
                                       "law.param.unknown",
                                       "law.param.duplicate_id",
                                       "law.param.bad_value",
                                       "law.param.syntax",
                                       "law.param.missing_key",
                                       "law.param.unknown_key",
                                       "law.param.wrong_type",
                                       "law.param.bad_date",
                                       "law.param.duplicate_date",
                                       "law.param.missing_value"};
  std::string reference;
  ASSERT_TRUE(yaosu::testing::ReadFile(std::string(YAOSU_SOURCE_DIR) + "/docs/diagnostics.md", reference));
  for (const std::string& code : codes) {
    const Diagnostic d{.code = code};
    EXPECT_NE(MessageCatalog::Builtin().Render(d, "zh"), code) << code;
    EXPECT_NE(MessageCatalog::Builtin().Render(d, "en"), MessageCatalog::Builtin().Render(d, "zh")) << code;
    EXPECT_NE(reference.find("`" + code + "`"), std::string::npos) << code << " has no entry in docs/diagnostics.md";
  }
}

// Every code any catalog file lists: both languages, and a docs entry. The list
// above also catches an engine code whose catalog entry went missing.
TEST(MessageCatalog, EveryCatalogCodeHasBothLanguagesAndADocsEntry) {
  std::string reference;
  ASSERT_TRUE(yaosu::testing::ReadFile(std::string(YAOSU_SOURCE_DIR) + "/docs/diagnostics.md", reference));
  std::size_t codes = 0;
  for (std::string_view text : embedded::MessageCatalogs()) {
    const nlohmann::json catalog = ParseJson(text).value();
    for (const auto& [code, languages] : catalog["messages"].items()) {
      ++codes;
      EXPECT_TRUE(languages.contains("zh") && languages.contains("en")) << code;
      EXPECT_NE(reference.find("`" + code + "`"), std::string::npos) << code << " has no entry in docs/diagnostics.md";
    }
  }
  EXPECT_GT(codes, 100u);
}

}  // namespace
}  // namespace yaosu
