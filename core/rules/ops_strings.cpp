// Strings: cat, substr (counted in Unicode code points, so Chinese text cuts
// cleanly), in (substring of a string, or member of an array).
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/rules/coercion.h"
#include "core/rules/internal/builtin_operators.h"

namespace yaosu::rules::internal {
namespace {

Outcome Cat(CallContext& call) {
  std::vector<nlohmann::json> values;
  if (auto error = call.EvaluateArguments(values)) return *error;
  std::string text;
  for (const auto& value : values) {
    if (!value.is_null()) text += ToText(value);
    if (auto error = call.Charge(text.size() / 256)) return *error;  // long strings cost more
  }
  return text;
}

// CodePointStarts: the byte offset of each code point, plus the end.
std::vector<std::size_t> CodePointStarts(const std::string& text) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(text.size());
  return starts;
}

// Substr: JavaScript's substr(start, length); a negative length stops that
// many code points before the end (json-logic-js).
Outcome Substr(CallContext& call) {
  std::vector<nlohmann::json> values;
  if (auto error = call.EvaluateArguments(values)) return *error;
  if (values.empty()) return MakeError(kErrorInvalidArguments, "substr needs a string");
  const std::string text = ToText(values[0]);
  const std::vector<std::size_t> starts = CodePointStarts(text);
  const long long length = static_cast<long long>(starts.size()) - 1;
  auto integer_arg = [&](std::size_t i, long long fallback) -> std::optional<long long> {
    if (values.size() <= i) return fallback;
    const std::optional<double> number = ToNumber(values[i]);
    if (!number || std::isnan(*number)) return std::nullopt;
    return static_cast<long long>(std::fmax(std::fmin(std::trunc(*number), 1e15), -1e15));
  };
  const std::optional<long long> start_arg = integer_arg(1, 0);
  const std::optional<long long> count_arg = integer_arg(2, length);
  if (!start_arg || !count_arg) return MakeError(kErrorNaN, "substr: start and length must be numbers");
  long long start = *start_arg < 0 ? std::max(length + *start_arg, 0LL) : std::min(*start_arg, length);
  long long end = *count_arg < 0 ? length + *count_arg : start + *count_arg;
  end = std::min(end, length);
  if (end <= start) return std::string();
  return text.substr(starts[start], starts[end] - starts[start]);
}

Outcome In(CallContext& call) {
  std::vector<nlohmann::json> values;
  if (auto error = call.EvaluateArguments(values)) return *error;
  if (values.size() < 2) return false;
  const nlohmann::json& haystack = values[1];
  if (haystack.is_string()) {
    return haystack.get_ref<const std::string&>().find(ToText(values[0])) != std::string::npos;
  }
  if (haystack.is_array()) {
    if (auto error = call.Charge(haystack.size())) return *error;
    for (const auto& element : haystack) {
      if (StrictEquals(element, values[0])) return true;
    }
  }
  return false;
}

}  // namespace

void AddStringOperators(OperatorRegistry& registry) {
  registry.Add({"cat", ArgShape::kAny, ArgScope::kCurrent, Cat});
  registry.Add({"substr", ArgShape::kAny, ArgScope::kCurrent, Substr});
  registry.Add({"in", ArgShape::kAny, ArgScope::kCurrent, In});
}

}  // namespace yaosu::rules::internal
