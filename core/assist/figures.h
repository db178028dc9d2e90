// File: what a form's figures are waiting for. A computed value (court fee,
// interest, limitation dates) that cannot be computed yet names the absent
// elements that keep it from being computed, so a page can say "请先填写：标的总额、
// 具状日期" instead of "相关要素未填写".
//
//   FigureNeeds needs = FigureNeeds::Of(computed_json);     // the form's computed.json
//   nlohmann::json waiting = needs.Needs(instance, computed);  // {"court_fee": ["/claims/total", "/signature/date"]}
//
// The analysis follows how computed.json writes its guards: an `if` whose
// conditions all fail waits for the elements those conditions read (in an `and`,
// only the parts that fail); a branch taken that gives nothing waits for what it
// reads; `try` waits for its first alternative; `computed.<id>` is followed to what
// that value waits for. A `var` with a default never waits. Elements present but
// giving no figure (a contract before 2020 for an interest estimate) wait for nothing: [].
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace yaosu::assist {

class FigureNeeds {
 public:
  // Of: the expressions of a computed.json document ({"computed": [{id, expression}, …]}).
  static FigureNeeds Of(const nlohmann::json& computed_document);

  // Needs: for each value null in `computed`, the JSON Pointers of the absent
  // elements it waits for, in the order the expression reads them.
  nlohmann::json Needs(const nlohmann::json& instance, const nlohmann::json& computed) const;

 private:
  std::vector<std::pair<std::string, nlohmann::json>> expressions_;  // in order
};

}  // namespace yaosu::assist
