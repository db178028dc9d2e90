// Every documented limit (docs/limits.md), at the limit and just past it: at
// the limit the input is accepted, one past it gets the documented diagnostic.
// A unit test, so it holds natively, under the sanitizers and in wasm alike.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/batch/csv.h"
#include "core/cases/case_library.h"
#include "core/json/parse.h"
#include "core/regex/regex.h"
#include "core/rules/rule.h"
#include "core/schema/schema.h"

namespace yaosu {
namespace {

using nlohmann::json;

std::string Nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

bool HasCode(const Diagnostics& diagnostics, const std::string& code) {
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.code == code) return true;
  }
  return false;
}

TEST(Limits, InputBytes) {
  const ParseLimits limits;
  ASSERT_EQ(limits.max_bytes, 64u << 20);
  std::string at = "[]" + std::string(limits.max_bytes - 2, ' ');  // whitespace: cheap to read
  EXPECT_TRUE(ParseJson(at).ok());
  at += ' ';
  const Result<json> past = ParseJson(at);
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(past.diagnostics().front().code, "json.too_large");
}

TEST(Limits, NestingDepth) {
  ASSERT_EQ(ParseLimits{}.max_depth, 256u);
  EXPECT_TRUE(ParseJson(Nested(256)).ok());
  const Result<json> past = ParseJson(Nested(257));
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(past.diagnostics().front().code, "json.too_deep");
}

// A diagnostic of ParseJson's pre-scan: its code and the byte it points at.
void ExpectBreach(const Result<json>& parsed, const std::string& code, std::size_t byte) {
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.diagnostics().front().code, code);
  EXPECT_EQ(parsed.diagnostics().front().params["byte"], byte);
}

TEST(Limits, StringLength) {
  const std::size_t limit = ParseLimits{}.max_string_bytes;
  ASSERT_EQ(limit, 4u << 20);
  const std::string at(limit, 'a');
  EXPECT_TRUE(ParseJson('"' + at + '"').ok());
  EXPECT_TRUE(ParseJson("{\"" + at + "\": 1}").ok());
  ExpectBreach(ParseJson("[\"" + at + "a\"]"), "json.string_too_long", 1);     // at its opening quote
  ExpectBreach(ParseJson("{\"" + at + "a\": 1}"), "json.string_too_long", 1);  // a key too
  // Counted as written: an escape is its six bytes, though it stands for one.
  ExpectBreach(ParseJson('"' + std::string(limit - 5, 'a') + "\\u0041\""), "json.string_too_long", 0);
}

// Items: an array of `count` zeros, "[0,0,…]".
std::string Items(std::size_t count) {
  std::string text = "[";
  for (std::size_t i = 0; i < count; ++i) text += i == 0 ? "0" : ",0";
  return text + "]";
}

TEST(Limits, ArrayLength) {
  const std::size_t limit = ParseLimits{}.max_array_items;
  ASSERT_EQ(limit, 100'000u);
  const Result<json> at = ParseJson(Items(limit));
  ASSERT_TRUE(at.ok());
  EXPECT_EQ(at->size(), limit);
  ExpectBreach(ParseJson(Items(limit + 1)), "json.array_too_long", 1 + 2 * limit);  // the 100,001st item
  // An object's members are not items: the limit is per array.
  ExpectBreach(ParseJson("{\"list\": " + Items(limit + 1) + "}"), "json.array_too_long", 9 + 1 + 2 * limit);
}

// Values: a document of exactly `count` values (count >= 2): an array of arrays of zeros, none past the
// array limit. The outer array and each inner one are values too.
std::string Values(std::size_t count) {
  const std::size_t per_array = ParseLimits{}.max_array_items;
  std::string text = "[";
  std::size_t left = count - 1;  // the outer array
  while (left > 0) {
    const std::size_t zeros = std::min(per_array, left - 1);  // the inner array counts one
    text += (text.size() > 1 ? "," : "") + Items(zeros);
    left -= zeros + 1;
  }
  return text + "]";
}

TEST(Limits, ValuesPerDocument) {
  const std::size_t limit = ParseLimits{}.max_values;
  ASSERT_EQ(limit, 1'000'000u);
  const std::string at = Values(limit);
  const Result<json> parsed = ParseJson(at);
  ASSERT_TRUE(parsed.ok());
  std::size_t values = 1;
  for (const json& inner : *parsed) values += 1 + inner.size();
  EXPECT_EQ(values, limit);
  const std::string past = Values(limit + 1);
  ExpectBreach(ParseJson(past), "json.too_many_values", past.size() - 3);  // its last zero, before "]]"
}

TEST(Limits, RuleNestingAndEvaluationSteps) {
  const rules::RuleLimits limits;
  ASSERT_EQ(limits.max_depth, 200u);
  ASSERT_EQ(limits.max_operations, 1'000'000u);
  auto nested_not = [](std::size_t depth) {
    json rule = true;
    for (std::size_t i = 0; i < depth; ++i) rule = json{{"!", json::array({rule})}};
    return rule;
  };
  // Each {"!": [...]} is two levels (the operator and its argument list): 100 reach depth 200.
  EXPECT_TRUE(rules::Rule::Compile(nested_not(100)).ok());
  const Result<rules::Rule> deep = rules::Rule::Compile(nested_not(101));
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.diagnostics().front().code, "rule.too_deep");
  // {"merge": [{"var": "list"}]} spends exactly 3 + N operations on a list of N: one for each of its three
  // nodes (merge, var, the literal "list"), then merge is charged one per element it copies.
  const Result<rules::Rule> merge = rules::Rule::Compile({{"merge", {{{"var", "list"}}}}});
  ASSERT_TRUE(merge.ok());
  const std::size_t at = limits.max_operations - 3;
  const rules::Outcome merged = merge->Evaluate({{"list", json(std::vector<int>(at, 1))}});
  ASSERT_TRUE(merged.ok()) << merged.error().message;
  EXPECT_EQ(merged.value().size(), at);
  const rules::Outcome one_more = merge->Evaluate({{"list", json(std::vector<int>(at + 1, 1))}});
  ASSERT_FALSE(one_more.ok());
  EXPECT_EQ(one_more.error().type, rules::kErrorBudgetExceeded);
  // A reduce over a long list spends its steps; the budget ends it with an error, not a hang.
  const json over = {{"reduce", {{{"var", "list"}}, {{"+", {{{"var", "accumulator"}}, {{"var", "current"}}}}}, 0}}};
  const Result<rules::Rule> rule = rules::Rule::Compile(over);
  ASSERT_TRUE(rule.ok());
  EXPECT_TRUE(rule->Evaluate({{"list", json(std::vector<int>(1000, 1))}}).ok());
  const rules::Outcome spent = rule->Evaluate({{"list", json(std::vector<int>(400'000, 1))}});
  ASSERT_FALSE(spent.ok());
  EXPECT_EQ(spent.error().type, rules::kErrorBudgetExceeded);
}

TEST(Limits, RegexPatternProgramAndSteps) {
  const regex::RegexLimits limits;
  ASSERT_EQ(limits.max_pattern_length, 4096u);
  ASSERT_EQ(limits.max_program_size, 20000u);
  ASSERT_EQ(limits.max_steps, 20'000'000u);
  std::string error;
  EXPECT_TRUE(regex::Regex::Compile(std::string(4096, 'a'), &error).has_value()) << error;
  EXPECT_FALSE(regex::Regex::Compile(std::string(4097, 'a'), &error).has_value());
  // a{n} compiles to n instructions matching "a" and one saying the match is found: n + 1.
  EXPECT_TRUE(regex::Regex::Compile("a{19999}", &error).has_value()) << error;
  ASSERT_FALSE(regex::Regex::Compile("a{20000}", &error).has_value());
  EXPECT_EQ(error, "pattern too large: more than 20000 instructions");
}

TEST(Limits, SchemaDiagnosticsPerInstance) {
  const schema::SchemaRegistry registry;
  const auto compiled = schema::CompiledSchema::Compile(json::parse(R"({"items": {"type": "string"}})"), registry);
  ASSERT_TRUE(compiled.ok());
  const schema::ValidationResult at = compiled->Validate(json(std::vector<int>(1000, 1)));
  EXPECT_EQ(at.diagnostics.size(), 1000u);
  EXPECT_FALSE(HasCode(at.diagnostics, "schema.too_many_diagnostics"));
  const schema::ValidationResult past = compiled->Validate(json(std::vector<int>(1001, 1)));
  EXPECT_TRUE(HasCode(past.diagnostics, "schema.too_many_diagnostics"));
}

// The batch table's limits with their real values (CsvLimits), the reader only: what filing the rows costs is
// no part of a limit. Cheap tables: one column, short rows, or one long cell.
std::string OpenCode(const std::string& table) {
  const Result<batch::CsvReader> reader = batch::CsvReader::Open(table);
  return reader.ok() ? "" : reader.diagnostics().front().code;
}

std::string Rows(std::size_t count) {
  std::string table = "a\n";
  for (std::size_t i = 0; i < count; ++i) table += "1\n";
  return table;
}

TEST(Limits, BatchTableRowsColumnsAndCells) {
  const batch::CsvLimits limits;
  ASSERT_EQ(limits.max_records, 20'001u);  // the header and 20,000 cases
  const Result<batch::CsvReader> at = batch::CsvReader::Open(Rows(20'000));
  ASSERT_TRUE(at.ok());
  EXPECT_EQ(at->row_count(), 20'000u);
  EXPECT_EQ(OpenCode(Rows(20'001)), "batch.csv.too_many_rows");
  ASSERT_EQ(limits.max_columns, 4'000u);
  auto row_of = [](std::size_t columns) {
    std::string line = "1";
    for (std::size_t i = 1; i < columns; ++i) line += ",1";
    return line + "\n";
  };
  EXPECT_EQ(OpenCode(row_of(4'000) + row_of(4'000)), "");
  EXPECT_EQ(OpenCode(row_of(4'000) + row_of(4'001)), "batch.csv.too_many_columns");
  ASSERT_EQ(limits.max_cell_bytes, 100'000u);
  const std::string cell(100'000, 'x');
  EXPECT_EQ(OpenCode("a\n" + cell + "\n\"" + cell + "\"\n"), "");
  EXPECT_EQ(OpenCode("a\n" + cell + "x\n"), "batch.csv.cell_too_long");
  EXPECT_EQ(OpenCode("a\n\"" + cell + "x\"\n"), "batch.csv.cell_too_long");  // quoted too
}

TEST(Limits, BatchTableBytes) {
  const batch::CsvLimits limits;
  ASSERT_EQ(limits.max_bytes, 64u << 20);
  // 64 MiB in rows of one cell just under the cell limit: 672 rows, read through once by Open.
  std::string table = "a\n";
  table.reserve(limits.max_bytes + 1);
  while (table.size() + limits.max_cell_bytes < limits.max_bytes)
    table += std::string(limits.max_cell_bytes - 1, 'x') + "\n";
  table += std::string(limits.max_bytes - table.size(), 'x');
  ASSERT_EQ(table.size(), limits.max_bytes);
  EXPECT_EQ(OpenCode(table), "");
  table += 'x';
  EXPECT_EQ(OpenCode(table), "batch.csv.too_large");
}

// Parties and evidence rows per form, and the length of a name: the shared data schemas say so.
TEST(Limits, PartiesEvidenceRowsAndNameLength) {
  const cases::CaseForm* form = cases::CaseLibrary::Builtin()->Find("private-lending", "complaint");
  ASSERT_NE(form, nullptr);
  const json party = {{"kind", "natural_person"}, {"name", "王小明"}};
  auto problems_at = [&](const std::string& pointer, const json& instance) {
    Diagnostics found;
    for (const Diagnostic& diagnostic : form->Validate(instance).diagnostics) {
      if (diagnostic.instance_location == pointer) found.push_back(diagnostic);
    }
    return found;
  };
  EXPECT_FALSE(HasCode(problems_at("/plaintiffs", {{"plaintiffs", json::array()}}), "schema.maxItems"));
  for (const std::string side : {"plaintiffs", "defendants", "third_parties"}) {
    SCOPED_TRACE(side);
    EXPECT_FALSE(HasCode(problems_at("/" + side, {{side, json(std::vector<json>(50, party))}}), "schema.maxItems"));
    EXPECT_TRUE(HasCode(problems_at("/" + side, {{side, json(std::vector<json>(51, party))}}), "schema.maxItems"));
  }
  std::string evidence_pointer;
  for (const json& section : form->elements()["sections"]) {
    for (const json& row : section["rows"]) {
      if (row.value("widget", "") == "evidence") evidence_pointer = row["pointer"].get<std::string>();
    }
  }
  ASSERT_FALSE(evidence_pointer.empty());
  auto with_evidence = [&](std::size_t rows) {
    json instance = json::object();
    instance[json::json_pointer(evidence_pointer)] = std::vector<json>(rows, json{{"name", "借条"}});
    return instance;
  };
  EXPECT_FALSE(HasCode(problems_at(evidence_pointer, with_evidence(500)), "schema.maxItems"));
  EXPECT_TRUE(HasCode(problems_at(evidence_pointer, with_evidence(501)), "schema.maxItems"));
  std::string name;
  for (int i = 0; i < 50; ++i) name += "王";
  EXPECT_FALSE(
      HasCode(problems_at("/plaintiffs/0/name", {{"plaintiffs", {{{"kind", "natural_person"}, {"name", name}}}}}),
              "schema.maxLength"));
  EXPECT_TRUE(HasCode(
      problems_at("/plaintiffs/0/name", {{"plaintiffs", {{{"kind", "natural_person"}, {"name", name + "王"}}}}}),
      "schema.maxLength"));
}

}  // namespace
}  // namespace yaosu
