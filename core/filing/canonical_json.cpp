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
// and the controls below U+0020 escaped; everything else literal, appended in runs.
void WriteString(std::string_view text, std::string& out) {
  constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;  // where the literal run not yet appended starts
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0x0F];
    }
  }
  out.append(text, run, std::string_view::npos);
  out += '"';
}

// SortsAsBytes: whether UTF-8 `key` sorts among other such keys as its UTF-16
// code units do. UTF-8 byte order is code point order, which UTF-16 shares
// below U+E000; from U+E000 (lead byte 0xEE) surrogate pairs sort first.
bool SortsAsBytes(std::string_view key) {
  return std::all_of(key.begin(), key.end(), [](char c) { return static_cast<unsigned char>(c) < 0xEE; });
}

struct Member {
  std::u16string sort_key;  // RFC 8785 §3.2.3: keys compare as UTF-16 code units (empty: bytes suffice)
  const std::string* key;
  const Json* value;
};

// Frame: an array or object being written, and the member or item being written in it.
struct Frame {
  const Json* container;
  std::vector<Member> members;  // objects only: the members with valid keys, sorted
  std::size_t next = 0;
};

class Writer {
 public:
  // Run: the canonical text of `root`, without the root object's member `omitted` (when not empty).
  Result<std::string> Run(const Json& root, std::string_view omitted) {
    omitted_ = omitted;
    Visit(root);
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
        const Member& member = frame.members[index];
        const Json& value = *member.value;  // Visit may grow the stack and move `frame`
        WriteString(*member.key, out_);
        out_ += ':';
        Visit(value);
      } else {
        Visit((*frame.container)[index]);
      }
    }
    if (!problems_.empty()) return std::move(problems_);
    return std::move(out_);
  }

 private:
  // Visit: writes a scalar, or opens a container and pushes its frame.
  void Visit(const Json& value) {
    switch (value.type()) {
      case Json::value_t::null: out_ += "null"; break;
      case Json::value_t::boolean: out_ += value.get<bool>() ? "true" : "false"; break;
      case Json::value_t::number_integer: {
        const std::int64_t v = value.get<std::int64_t>();
        if (v < -kMaxSafe || v > kMaxSafe) {
          Report("filing.unsafe_integer", {{"value", std::to_string(v)}});
        } else {
          out_ += std::to_string(v);
        }
        break;
      }
      case Json::value_t::number_unsigned: {
        const std::uint64_t v = value.get<std::uint64_t>();
        if (v > static_cast<std::uint64_t>(kMaxSafe)) {
          Report("filing.unsafe_integer", {{"value", std::to_string(v)}});
        } else {
          out_ += std::to_string(v);
        }
        break;
      }
      case Json::value_t::number_float: {
        const double v = value.get<double>();
        if (!std::isfinite(v)) {
          Report("filing.not_finite", {{"value", EcmaScriptNumber(v)}});
        } else {
          out_ += EcmaScriptNumber(v);
        }
        break;
      }
      case Json::value_t::string: {
        const std::string& text = value.get_ref<const std::string&>();
        const std::size_t bad = ToUtf16(text, nullptr);
        if (bad != std::string_view::npos) {
          Report("filing.invalid_utf8", {{"byte", bad}});
        } else {
          WriteString(text, out_);
        }
        break;
      }
      case Json::value_t::array:
        out_ += '[';
        stack_.push_back(Frame{.container = &value});
        break;
      case Json::value_t::object: {
        out_ += '{';
        Frame frame{.container = &value};
        const Json::object_t& object = value.get_ref<const Json::object_t&>();
        frame.members.reserve(object.size());
        const bool omit = stack_.empty() && !omitted_.empty();
        bool by_bytes = true;  // the map's own (byte) order is the canonical order
        for (const auto& [key, member] : object) {
          if (omit && key == omitted_) continue;
          const std::size_t bad = ToUtf16(key, nullptr);
          if (bad != std::string_view::npos) {
            // The key cannot go into a pointer either: name the object, and skip the member.
            problems_.push_back(Diagnostic{
                .code = "filing.invalid_utf8", .instance_location = PointerHere(), .params = {{"byte", bad}}});
            continue;
          }
          by_bytes = by_bytes && SortsAsBytes(key);
          frame.members.push_back(Member{.key = &key, .value = &member});
        }
        if (!by_bytes) {
          for (Member& member : frame.members) ToUtf16(*member.key, &member.sort_key);
          std::sort(frame.members.begin(), frame.members.end(),
                    [](const Member& a, const Member& b) { return a.sort_key < b.sort_key; });
        }
        stack_.push_back(std::move(frame));
        break;
      }
      case Json::value_t::binary:
      case Json::value_t::discarded: Report("filing.not_json", {{"type", value.type_name()}}); break;
    }
  }

  void Report(const char* code, nlohmann::json params) {
    problems_.push_back(Diagnostic{.code = code, .instance_location = PointerHere(), .params = std::move(params)});
  }

  // PointerHere: the pointer of the value being visited — each open
  // container's member or item being written. Built only for problems, so a
  // deep walk stays linear.
  std::string PointerHere() const {
    std::string pointer;
    for (const Frame& frame : stack_) {
      const std::size_t index = frame.next - 1;
      pointer += '/';
      pointer += frame.container->is_object() ? EscapePointerToken(*frame.members[index].key) : std::to_string(index);
    }
    return pointer;
  }

  std::string_view omitted_;
  std::vector<Frame> stack_;
  std::string out_;
  Diagnostics problems_;
};

}  // namespace

Result<std::string> CanonicalJson(const nlohmann::json& value, std::string_view omitted_root_member) {
  return Writer().Run(value, omitted_root_member);
}

}  // namespace yaosu::filing
