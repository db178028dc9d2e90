// File: ElementState — what a state rule says of an element while its condition
// holds (有□/无□ agent → the agent block). The web form follows the same states.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace yaosu::cases {

enum class ElementState { kRequired, kNotApplicable, kHidden };

std::string_view ElementStateName(ElementState state);
std::optional<ElementState> ParseElementState(std::string_view name);

// ElementStates: element JSON Pointer → its state (elements without a state are absent).
using ElementStates = std::map<std::string, ElementState>;

}  // namespace yaosu::cases
