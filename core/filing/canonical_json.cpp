#include "core/filing/canonical_json.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "core/filing/ecmascript_number.h"
#include "core/json/pointer.h"
#include "core/text/utf8.h"

namespace yaosu::filing {
namespace {

using Json = nlohmann::json;

// Integers a double holds exactly; beyond them JCS (which reads every number as
// a double) would write a different value.
constexpr std::int64_t kMaxSafe = std::int64_t{1} << 53;

// ToUtf16: appends the UTF-16 code units of UTF-8 `text` to `out` (when given).
// Returns the offset of the first byte that is not valid UTF-8 (overlong forms,
// surrogates and values past U+10FFFF included), or npos.
std::size_t ToUtf16(std::string_view text, std::u16string* out) {
  std::size_t pos = 0;
  char32_t value = 0;
  while (text::DecodeUtf8(text, pos, value)) {
    if (out == nullptr) continue;
    if (value >= 0x10000) {
      out->push_back(static_cast<char16_t>(0xD800 + ((value - 0x10000) >> 10)));
      out->push_back(static_cast<char16_t>(0xDC00 + ((value - 0x10000) & 0x3FF)));
    } else {
      out->push_back(static_cast<char16_t>(value));
    }
  }
  if (pos != text.size()) return pos;
  return std::string_view::npos;
}

// WriteString: a valid UTF-8 string as JSON.stringify writes it — only '"', '\'
// and the controls below U+0020 escaped; everything else literal.
void WriteString(std::string_view text, std::string& out) {
  constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0x0F];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

struct Member {
  std::u16string sort_key;  // RFC 8785 §3.2.3: keys compare as UTF-16 code units
  const std::string* key;
  const Json* value;
};

// Frame: an array or object being written; `token` is its escaped pointer token.
struct Frame {
  const Json* container;
  std::vector<Member> members;  // objects only: the members with valid keys, sorted
  std::size_t next = 0;
  std::string token;
};

class Writer {
 public:
  Result<std::string> Run(const Json& root) {
    Visit(root, "");
    while (!stack_.empty()) {
      Frame& frame = stack_.back();
      const bool is_object = frame.container->is_object();
      const std::size_t count = is_object ? frame.members.size() : frame.container->size();
      if (frame.next == count) {
        out_ += is_object ? '}' : ']';
        stack_.pop_back();
        continue;
      }
      const std::size_t index = frame.next++;
      if (index > 0) out_ += ',';
      if (is_object) {
        const Member member = frame.members[index];  // a copy: Visit may grow the stack
        WriteString(*member.key, out_);
        out_ += ':';
        Visit(*member.value, EscapePointerToken(*member.key));
      } else {
        Visit((*frame.container)[index], std::to_string(index));
      }
    }
    if (!problems_.empty()) return std::move(problems_);
    return std::move(out_);
  }

 private:
  // Visit: writes a scalar, or opens a container and pushes its frame.
  void Visit(const Json& value, std::string token) {
    switch (value.type()) {
      case Json::value_t::null: out_ += "null"; break;
      case Json::value_t::boolean: out_ += value.get<bool>() ? "true" : "false"; break;
      case Json::value_t::number_integer: {
        const std::int64_t v = value.get<std::int64_t>();
        if (v < -kMaxSafe || v > kMaxSafe) {
          Report("filing.unsafe_integer", token, {{"value", std::to_string(v)}});
        } else {
          out_ += std::to_string(v);
        }
        break;
      }
      case Json::value_t::number_unsigned: {
        const std::uint64_t v = value.get<std::uint64_t>();
        if (v > static_cast<std::uint64_t>(kMaxSafe)) {
          Report("filing.unsafe_integer", token, {{"value", std::to_string(v)}});
        } else {
          out_ += std::to_string(v);
        }
        break;
      }
      case Json::value_t::number_float: {
        const double v = value.get<double>();
        if (!std::isfinite(v)) {
          Report("filing.not_finite", token, {{"value", EcmaScriptNumber(v)}});
        } else {
          out_ += EcmaScriptNumber(v);
        }
        break;
      }
      case Json::value_t::string: {
        const std::string& text = value.get_ref<const std::string&>();
        const std::size_t bad = ToUtf16(text, nullptr);
        if (bad != std::string_view::npos) {
          Report("filing.invalid_utf8", token, {{"byte", bad}});
        } else {
          WriteString(text, out_);
        }
        break;
      }
      case Json::value_t::array:
        out_ += '[';
        stack_.push_back(Frame{.container = &value, .token = std::move(token)});
        break;
      case Json::value_t::object: {
        out_ += '{';
        Frame frame{.container = &value, .token = std::move(token)};
        for (const auto& [key, member] : value.get_ref<const Json::object_t&>()) {
          std::u16string sort_key;
          const std::size_t bad = ToUtf16(key, &sort_key);
          if (bad != std::string_view::npos) {
            // The key cannot go into a pointer either: name the object, and skip the member.
            problems_.push_back(Diagnostic{.code = "filing.invalid_utf8",
                                           .instance_location = PointerHere(frame.token),
                                           .params = {{"byte", bad}}});
            continue;
          }
          frame.members.push_back(Member{std::move(sort_key), &key, &member});
        }
        std::sort(frame.members.begin(), frame.members.end(),
                  [](const Member& a, const Member& b) { return a.sort_key < b.sort_key; });
        stack_.push_back(std::move(frame));
        break;
      }
      case Json::value_t::binary:
      case Json::value_t::discarded: Report("filing.not_json", token, {{"type", value.type_name()}}); break;
    }
  }

  void Report(const char* code, const std::string& token, nlohmann::json params) {
    problems_.push_back(Diagnostic{.code = code, .instance_location = PointerHere(token), .params = std::move(params)});
  }

  // PointerHere: the pointer of a value with `token` under the innermost open
  // container. Built only for problems, so a deep walk stays linear.
  std::string PointerHere(const std::string& token) const {
    if (stack_.empty()) return "";  // the root (its token is "")
    std::string pointer;
    for (std::size_t i = 1; i < stack_.size(); ++i) pointer += "/" + stack_[i].token;
    return pointer + "/" + token;
  }

  std::vector<Frame> stack_;
  std::string out_;
  Diagnostics problems_;
};

}  // namespace

Result<std::string> CanonicalJson(const nlohmann::json& value) { return Writer().Run(value); }

}  // namespace yaosu::filing
