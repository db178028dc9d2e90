#include "core/json/parse.h"

#include "core/json/internal/limit_scan.h"
#include "core/json/internal/well_formed_reader.h"
#include "core/json/pointer.h"

#include <optional>
#include <string>
#include <vector>

namespace yaosu {
namespace {

using nlohmann::json;

// TextPosition: 1-based line and column (in code points) of a byte offset.
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;
};

TextPosition PositionOf(std::string_view text, std::size_t byte) {
  TextPosition position;
  if (byte > text.size()) byte = text.size();
  for (std::size_t i = 0; i < byte; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++position.column;  // count code points, not UTF-8 continuation bytes
    }
  }
  return position;
}

// DomBuilder: a SAX handler that builds the DOM iteratively and enforces the
// depth limit and key uniqueness. It stops at the first problem by returning
// false, and records that problem as a diagnostic.
class DomBuilder : public nlohmann::json_sax<json> {
 public:
  explicit DomBuilder(std::string_view text) : text_(text) {}

  bool null() override { return Add(json(nullptr)); }
  bool boolean(bool value) override { return Add(json(value)); }
  bool number_integer(number_integer_t value) override { return Add(json(value)); }
  bool number_unsigned(number_unsigned_t value) override { return Add(json(value)); }
  bool number_float(number_float_t value, const string_t&) override { return Add(json(value)); }
  bool string(string_t& value) override { return Add(json(std::move(value))); }
  bool binary(binary_t&) override { return Fail("json.syntax", {{"message", "binary values are not JSON"}}); }

  bool start_object(std::size_t) override { return Open(json::object()); }
  bool end_object() override { return Close(); }
  bool start_array(std::size_t) override { return Open(json::array()); }
  bool end_array() override { return Close(); }

  bool key(string_t& value) override {
    json& object = *stack_.back();
    // One look-up per member: the key is placed at once and its value written into the slot later.
    auto [member, inserted] = object.get_ref<json::object_t&>().try_emplace(std::move(value));
    if (!inserted) {
      // nlohmann's SAX interface gives no position here; the pointer says where.
      Fail("json.duplicate_key", {{"key", value}});
      diagnostics_.back().instance_location = PointerTo(object);
      return false;
    }
    member_slot_ = &member->second;
    return true;
  }

  bool parse_error(std::size_t position, const std::string& token, const nlohmann::detail::exception& error) override {
    // nlohmann counts the offending character as read; point at it, not past it.
    byte_ = position > 0 ? position - 1 : 0;
    // 406 is nlohmann's "number overflow" (e.g. 1e400); everything else is syntax.
    if (error.id == 406) {
      return Fail("json.number_out_of_range", {{"token", token}}, true);
    }
    std::string message = error.what();
    // Keep the useful tail of nlohmann's message ("syntax error while parsing value - ...").
    const std::size_t dash = message.find(" - ");
    if (dash != std::string::npos) message = message.substr(dash + 3);
    return Fail("json.syntax", {{"message", message}}, true);
  }

  bool failed() const { return !diagnostics_.empty(); }
  Diagnostics& diagnostics() { return diagnostics_; }
  json& root() { return root_; }

 private:
  bool Add(json value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return true;
    }
    json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
    } else {
      *member_slot_ = std::move(value);
    }
    return true;
  }

  bool Open(json container) {
    json* slot = nullptr;
    if (stack_.empty()) {
      root_ = std::move(container);
      slot = &root_;
    } else if (json& parent = *stack_.back(); parent.is_array()) {
      parent.push_back(std::move(container));
      slot = &parent.back();
    } else {
      slot = &(*member_slot_ = std::move(container));
    }
    stack_.push_back(slot);
    return true;
  }

  bool Close() {
    stack_.pop_back();
    return true;
  }

  // PointerTo: the JSON Pointer of a container on the stack, built from the
  // path of keys and indices that leads to it.
  std::string PointerTo(const json& target) const {
    std::string pointer;
    for (std::size_t i = 1; i < stack_.size() && stack_[i - 1] != &target; ++i) {  // root to target
      const json& parent = *stack_[i - 1];
      if (parent.is_array()) {
        pointer += "/" + std::to_string(parent.size() - 1);
      } else {
        for (auto it = parent.begin(); it != parent.end(); ++it) {
          if (&it.value() == stack_[i]) pointer += "/" + EscapePointerToken(it.key());
        }
      }
    }
    return pointer;
  }

  bool Fail(const char* code, json params, bool with_position = false) {
    if (with_position) {
      const TextPosition where = PositionOf(text_, byte_);
      params["line"] = where.line;
      params["column"] = where.column;
      params["byte"] = byte_;
    }
    diagnostics_.push_back(Diagnostic{.code = code, .params = std::move(params)});
    return false;
  }

  std::string_view text_;
  json root_;
  std::vector<json*> stack_;
  json* member_slot_ = nullptr;  // the value of the member whose key was read last
  std::size_t byte_ = 0;
  Diagnostics diagnostics_;
};

}  // namespace

Result<json> ParseJson(std::string_view text, const ParseLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return Diagnostic{.code = "json.too_large", .params = {{"limit", limits.max_bytes}, {"actual", text.size()}}};
  }
  // Most documents are well formed: read them in one pass; the careful way below says what is wrong with the rest.
  if (std::optional<json> document = internal::ReadWellFormed(text, limits)) return std::move(*document);
  if (const std::optional<internal::LimitBreach> breach = internal::FindLimitBreach(text, limits)) {
    const TextPosition where = PositionOf(text, breach->byte);
    return Diagnostic{
        .code = breach->code,
        .params = {{"limit", breach->limit}, {"line", where.line}, {"column", where.column}, {"byte", breach->byte}}};
  }
  DomBuilder builder(text);
  const bool ok = json::sax_parse(text.begin(), text.end(), &builder);
  if (!ok || builder.failed()) {
    if (!builder.failed()) {
      return Diagnostic{.code = "json.syntax", .params = {{"message", "unexpected end of input"}}};
    }
    return std::move(builder.diagnostics());
  }
  return std::move(builder.root());
}

}  // namespace yaosu
