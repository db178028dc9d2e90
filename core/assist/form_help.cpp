#include "core/assist/form_help.h"

#include <map>
#include <mutex>
#include <string>

#include "core/assist/deadline.h"
#include "core/assist/fee_choices.h"
#include "core/assist/figures.h"
#include "core/assist/row_progress.h"
#include "core/cases/value_reference.h"
#include "core/json/pointer.h"
#include "core/law/civil_date.h"
#include "core/law/decimal.h"
#include "core/law/fees.h"

namespace yaosu::assist {
namespace {

using nlohmann::json;

// ComputedDocument: the form's computed values as compiled (for a composed
// form, the ones its rows brought and its own; for a published one, its computed.json).
const json& ComputedDocument(const cases::CaseForm& form) { return form.files().computed.document; }

// FormFacts: what help reads of a form's compiled data — which elements each figure needs, and each
// computed value's label — worked out once per form, not per keystroke.
struct FormFacts {
  FigureNeeds needs;
  std::map<std::string, json> computed_labels;
};

const FormFacts& FactsOf(const cases::CaseForm& form) {
  static std::mutex mutex;
  static std::map<const cases::CaseForm*, FormFacts> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto found = cache.find(&form);
  if (found == cache.end()) {
    FormFacts facts{FigureNeeds::Of(ComputedDocument(form)), {}};
    for (const json& value : form.computed().Describe()) {
      facts.computed_labels[value.value("id", "")] = value.value("label", json());
    }
    found = cache.emplace(&form, std::move(facts)).first;
  }
  return found->second;
}

std::string DateAt(const json& instance, const std::string& pointer) {
  const json* value = ResolvePointer(instance, pointer);
  if (value == nullptr || !value->is_string()) return "";
  return law::ParseCivilDate(value->get_ref<const std::string&>()).ok() ? value->get<std::string>() : "";
}

// ComputedLabel: the label of the computed value `id` of `form`, or null when it has none such.
json ComputedLabel(const cases::CaseForm& form, const std::string& id) {
  const auto& labels = FactsOf(form).computed_labels;
  const auto found = labels.find(id);
  return found == labels.end() ? json() : found->second;
}

// Fee: the fee choices on the amount the form will file. `amount` is where that amount is: an
// element's pointer ("/claims/total", else the claims added up) or "$computed.ID", a value the form
// computes (a divorce's property to divide; none at all is a fee without property).
json Fee(const cases::CaseForm& form, const json& instance, const json& computed, const std::string& amount,
         const std::string& as_of, bool as_of_given, const json& needs) {
  const std::optional<law::FeeKind> kind = law::ParseFeeKind(form.manifest().value("fee", "property"));
  if (!kind) return nullptr;
  std::optional<int64_t> fen;
  std::string source = "entered";
  json label;
  const cases::ValueReference target = cases::ValueReferences(amount).front();
  if (target.computed) {
    source = "computed_value";
    label = ComputedLabel(form, target.path);
    if (label.is_null()) return {{"needs", json::array()}};  // not a value of this form (an answer)
    const json& value = computed.value(target.path, json());
    if (value.is_number_integer() && value.get<int64_t>() > 0) fen = value.get<int64_t>();
  } else {
    const json* entered = ResolvePointer(instance, amount);
    if (entered != nullptr && entered->is_number()) {
      fen = law::JsonScaled(*entered, 2);
    } else if (computed.contains("total_claim") && computed["total_claim"].is_number_integer() &&
               computed["total_claim"].get<int64_t>() > 0) {  // nothing claimed yet is no amount to estimate on
      fen = computed["total_claim"].get<int64_t>();
      source = "computed";
    }
    if (!fen || *fen < 0) return {{"needs", json::array({amount})}};
  }
  // The form declines a figure it could compute from what is there (a claim in a
  // foreign currency): no fee is offered either.
  if (source == "entered" && computed.contains("court_fee") && computed["court_fee"].is_null() &&
      needs.contains("court_fee") && needs["court_fee"].empty()) {
    return {{"declined", true}, {"needs", json::array()}};
  }
  const auto& parameters = law::ParameterSet::Builtin();
  if (!parameters.ok()) return nullptr;
  json fee = FeeChoices(*parameters, *kind, fen, *law::ParseCivilDate(as_of));
  fee["amount_pointer"] = target.computed ? json() : json(amount);
  fee["amount_source"] = source;
  if (!label.is_null()) fee["amount_label"] = label;
  fee["as_of_given"] = as_of_given;
  if (computed.contains("court_fee") && !computed["court_fee"].is_null()) fee["court_fee"] = computed["court_fee"];
  return fee;
}

}  // namespace

json FormHelp(const cases::CaseForm& form, const json& instance, const cases::FormResult& result,
              std::string_view today) {
  const json& manifest = form.manifest();
  const std::string as_of_pointer = manifest.value("as_of", "/signature/date");
  const std::string fee_pointer = manifest.value("fee_amount", "/claims/total");
  const std::string given = DateAt(instance, as_of_pointer);
  const bool valid_today = law::ParseCivilDate(today).ok();
  const std::string as_of = !given.empty() ? given : valid_today ? std::string(today) : "";
  json out = {{"as_of", {{"pointer", as_of_pointer}, {"date", as_of}, {"given", !given.empty()}}},
              {"today_values", json::object()}};
  json computed = result.computed;
  json dated = instance;  // the form as the figures see it: with today's date until it has one
  if (given.empty() && !as_of.empty()) {
    dated = instance.is_object() ? instance : json::object();
    const std::optional<std::vector<std::string>> tokens = ParsePointer(as_of_pointer);
    if (tokens && !tokens->empty()) {
      json* place = &dated;
      for (std::size_t i = 0; i + 1 < tokens->size() && place->is_object(); ++i) {
        json& next = (*place)[(*tokens)[i]];
        if (!next.is_object()) next = json::object();
        place = &next;
      }
      if (place->is_object()) (*place)[tokens->back()] = as_of;
      const json preview = form.Validate(dated).computed;
      for (const auto& [id, value] : preview.items()) {
        if (!value.is_null() && computed.value(id, json()).is_null()) out["today_values"][id] = value;
      }
      computed = preview;
    }
  }
  const json needs = FactsOf(form).needs.Needs(dated, computed);
  out["needs"] = needs;
  out["fee"] = as_of.empty() ? json{{"needs", json::array({as_of_pointer})}}
                             : Fee(form, instance, computed, fee_pointer, as_of, !given.empty(), needs);
  out["limitation"] = nullptr;
  if (computed.contains("limitation_ends") && computed["limitation_ends"].is_string() && !as_of.empty()) {
    if (const auto notice = LimitationNotice(computed["limitation_ends"].get<std::string>(), as_of)) {
      json limitation = notice->ToJson();
      if (auto diagnostic = notice->ToDiagnostic("")) {
        limitation["diagnostic"] = ToJsonWithMessages({*diagnostic}, form.messages())[0];
      }
      out["limitation"] = limitation;
    }
  }
  out["progress"] = RowProgress(form, instance, result.states);
  return out;
}

}  // namespace yaosu::assist
