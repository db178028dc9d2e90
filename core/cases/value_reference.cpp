#include "core/cases/value_reference.h"

namespace yaosu::cases {
namespace {

constexpr std::string_view kComputed = "$computed.";
constexpr std::string_view kOtherwise = "??";

ValueReference Read(std::string_view alternative) {
  if (alternative.starts_with(kComputed)) return {true, std::string(alternative.substr(kComputed.size()))};
  return {false, std::string(alternative)};
}

}  // namespace

std::vector<ValueReference> ValueReferences(std::string_view text) {
  std::vector<ValueReference> out;
  std::size_t start = 0;
  for (std::size_t end = text.find(kOtherwise); end != std::string_view::npos; end = text.find(kOtherwise, start)) {
    out.push_back(Read(text.substr(start, end - start)));
    start = end + kOtherwise.size();
  }
  out.push_back(Read(text.substr(start)));
  return out;
}

}  // namespace yaosu::cases
