// File: what a rule or computed value reads — worked out once per form from
// the `var`/`val`/`missing` paths of its JsonLogic, so that after a change at
// one element only the expressions that read it are evaluated again.
//
//   DataReads reads = ExpressionReads(rule_json["when"], /*iterates=*/false, FormOperators());
//   // {"var": "facts.amount.actual"} → reads.pointers == {"/facts/amount/actual"}
//   // {"var": "computed.court_fee"}  → reads.computed == {"court_fee"}
//   // {"var": {"cat": [...]}}        → reads.everything (a path computed at run time)
//
// The data an expression sees is the form plus the reserved keys `computed`
// and, in an `each` rule, `item` and `index` (schemas/cases/README.md).
// How each operator scopes its arguments comes from its registry entry
// (rules::ArgScope). Anything the analysis cannot follow — a computed path, an
// operator that declares no scope — reads everything, which is always safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/rules/operator_registry.h"

namespace yaosu::cases {

// DataReads: the form elements an expression reads, before computed values are resolved.
struct DataReads {
  bool everything = false;
  std::vector<std::string> pointers;  // JSON Pointers into the form
  std::vector<std::string> computed;  // ids of computed values read (`computed.<id>`)
  bool all_computed = false;          // reads `computed` as a whole

  void Add(const DataReads& other);
};

// ExpressionReads: what `logic` reads when evaluated on the form's data, its
// operators scoping their arguments as `operators` declares. In an `each` rule
// (`iterates`) `item` and `index` come from the iterated arrays, which the
// caller adds; elsewhere they are plain (unexpected) form keys.
DataReads ExpressionReads(const nlohmann::json& logic, bool iterates, const rules::OperatorRegistry& operators);

// Dependencies: DataReads with computed values resolved to the elements they read.
struct Dependencies {
  bool everything = false;
  std::vector<std::string> pointers;

  // Touches: whether a change at `changed` may change what is read: a read
  // pointer lies on the path to `changed` or inside it.
  bool Touches(std::string_view changed) const;
  void Add(const Dependencies& other);
};

// ResolveComputed: each computed value's dependencies, `computed.<id>` read
// through to what that value reads (values[i] is the i-th value's own reads, ids[i] its id).
std::vector<Dependencies> ResolveComputed(const std::vector<DataReads>& values, const std::vector<std::string>& ids);

// Resolve: `reads` with its computed values replaced by their dependencies.
Dependencies Resolve(const DataReads& reads, const std::vector<Dependencies>& computed,
                     const std::vector<std::string>& ids);

// PointerOnPath: whether `a` is `b`, or an ancestor or descendant of it.
bool PointerOnPath(std::string_view a, std::string_view b);

}  // namespace yaosu::cases
