// File: loading and looking up one dated parameter (see parameter.h).
#include "core/law/parameter.h"

#include "core/json/parse.h"
#include "core/law/internal/file_checker.h"

namespace yaosu::law {
namespace {

using internal::FileChecker;
using nlohmann::json;

void LoadValues(const json& values, FileChecker& checker, Parameter& parameter) {
  if (!values.is_object() || values.empty()) {
    checker.Add("law.param.wrong_type", "/values", {{"expected", "non-empty object"}});
    return;
  }
  for (const auto& item : values.items()) {  // nlohmann sorts keys, and ISO dates sort by time
    const std::string pointer = "/values/" + item.key();
    Result<CivilDate> start = ParseCivilDate(item.key());
    if (!start.ok()) {
      checker.Add("law.param.bad_date", pointer, {{"text", item.key()}});
      continue;
    }
    const json& entry = item.value();
    if (!entry.is_object()) {
      checker.Add("law.param.wrong_type", pointer, {{"expected", "object"}});
      continue;
    }
    checker.Keys(entry, pointer, {}, {"value", "reference", "note"});
    if (!entry.contains("value")) {
      checker.Add("law.param.missing_value", pointer, {{"date", item.key()}});
      continue;
    }
    DatedValue dated{
        .start = *start, .value = entry["value"], .reference = checker.String(entry, pointer, "reference")};
    if (!dated.value.is_null() && dated.reference.empty() && !entry.contains("reference")) {
      checker.Add("law.param.missing_key", pointer, {{"key", "reference"}});  // a citation on every value
    }
    parameter.values.push_back(std::move(dated));
  }
}

}  // namespace

Result<Parameter> LoadParameter(std::string_view source, std::string_view text) {
  FileChecker checker(source);
  Result<json> parsed = ParseJson(text);
  if (!parsed.ok()) {
    for (const Diagnostic& d : parsed.diagnostics()) {
      // ParseJson rejects duplicate keys; under /values that is a duplicated date.
      const bool date = d.code == "json.duplicate_key" && d.instance_location == "/values";
      json params = d.params;
      params["json_code"] = d.code;
      checker.Add(date ? "law.param.duplicate_date" : "law.param.syntax", d.instance_location, params);
    }
    return std::move(checker.diagnostics());
  }
  return LoadParameterDocument(source, *parsed);
}

Result<Parameter> LoadParameterDocument(std::string_view source, const json& root) {
  FileChecker checker(source);
  if (!root.is_object()) {
    checker.Add("law.param.wrong_type", "", {{"expected", "object"}});
    return std::move(checker.diagnostics());
  }
  checker.Keys(root, "", {"id", "description", "unit", "reference", "last_verified", "values"}, {"$schema"});
  Parameter parameter;
  parameter.source = std::string(source);
  parameter.id = checker.String(root, "", "id");
  parameter.unit = checker.String(root, "", "unit");
  if (const auto it = root.find("description"); it != root.end()) {
    if (it->is_object()) {
      checker.Keys(*it, "/description", {"zh", "en"}, {});
      parameter.description_zh = checker.String(*it, "/description", "zh");
      parameter.description_en = checker.String(*it, "/description", "en");
    } else {
      checker.Add("law.param.wrong_type", "/description", {{"expected", "object"}});
    }
  }
  if (const auto it = root.find("reference"); it != root.end()) {
    if (it->is_object()) {
      checker.Keys(*it, "/reference", {"title"}, {"article", "url", "publisher", "recorded_as", "confidence", "note"});
      for (const auto& item : it->items()) checker.String(*it, "/reference", item.key().c_str());
      parameter.reference = *it;
    } else {
      checker.Add("law.param.wrong_type", "/reference", {{"expected", "object"}});
    }
  }
  if (root.contains("last_verified")) {
    Result<CivilDate> verified = ParseCivilDate(checker.String(root, "", "last_verified"));
    if (verified.ok()) {
      parameter.last_verified = *verified;
    } else {
      checker.Add("law.param.bad_date", "/last_verified", {{"text", root["last_verified"].dump()}});
    }
  }
  if (const auto it = root.find("values"); it != root.end()) LoadValues(*it, checker, parameter);
  if (!checker.diagnostics().empty()) return std::move(checker.diagnostics());
  return parameter;
}

Result<DatedValue> Parameter::At(const CivilDate& date) const {
  const DatedValue* found = nullptr;
  for (const DatedValue& v : values) {
    if (v.start <= date) found = &v;
  }
  const json params = {{"parameter", id}, {"date", ToString(date)}};
  if (found == nullptr) {
    json p = params;
    p["first"] = ToString(values.front().start);
    return Diagnostic{.code = "law.param.before_first", .params = p};
  }
  if (found->value.is_null()) {
    json p = params;
    p["ended"] = ToString(found->start);
    return Diagnostic{.code = "law.param.ended", .params = p};
  }
  Result<DatedValue> result(*found);
  if (date > last_verified) {
    json p = params;
    p["last_verified"] = ToString(last_verified);
    result.AddDiagnostic(Diagnostic{.code = "law.param.unverified", .severity = Severity::kWarning, .params = p});
  }
  return result;
}

namespace {

std::string Field(const json& reference, const char* key) {
  const auto it = reference.find(key);
  return it != reference.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

json Parameter::Source() const {
  json out = {{"id", id}, {"title", Field(reference, "title")}};
  for (const char* key : {"article", "url", "publisher"}) {
    if (const std::string value = Field(reference, key); !value.empty()) out[key] = value;
  }
  return out;
}

std::string Parameter::Citation(CitationStyle style) const {
  const auto field = [this](const char* key) { return Field(reference, key); };
  if (style == CitationStyle::kAsRecorded) {
    if (std::string recorded = field("recorded_as"); !recorded.empty()) return recorded;
  }
  std::string text = field("title");
  if (const std::string article = field("article"); !article.empty()) text += " " + article;
  if (const std::string url = field("url"); !url.empty()) text += " (" + url + ")";
  return text;
}

}  // namespace yaosu::law
