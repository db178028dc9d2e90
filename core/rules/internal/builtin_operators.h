// File: the families of built-in JsonLogic operators, one file each
// (ops_<family>.cpp), assembled by OperatorRegistry::Builtin().
#pragma once

#include "core/rules/operator_registry.h"

namespace yaosu::rules::internal {

void AddLogicOperators(OperatorRegistry& registry);       // if ?: and or ! !! ??
void AddComparisonOperators(OperatorRegistry& registry);  // == != === !== < <= > >=
void AddArithmeticOperators(OperatorRegistry& registry);  // + - * / % min max
void AddStringOperators(OperatorRegistry& registry);      // cat substr in
void AddArrayOperators(OperatorRegistry& registry);       // merge map filter reduce all some none
void AddDataOperators(OperatorRegistry& registry);        // val var exists missing missing_some
void AddErrorOperators(OperatorRegistry& registry);       // throw try

}  // namespace yaosu::rules::internal
