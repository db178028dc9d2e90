#include "core/cases/element_state.h"

namespace yaosu::cases {

std::string_view ElementStateName(ElementState state) {
  switch (state) {
    case ElementState::kRequired: return "required";
    case ElementState::kNotApplicable: return "not_applicable";
    case ElementState::kHidden: return "hidden";
  }
  return "hidden";
}

std::optional<ElementState> ParseElementState(std::string_view name) {
  if (name == "required") return ElementState::kRequired;
  if (name == "not_applicable") return ElementState::kNotApplicable;
  if (name == "hidden") return ElementState::kHidden;
  return std::nullopt;
}

}  // namespace yaosu::cases
