#include "core/schema/uri.h"

#include <cctype>
#include <optional>

namespace yaosu {
namespace {

// UriParts: RFC 3986 §3 components; absent ones are nullopt (empty ≠ absent).
struct UriParts {
  std::optional<std::string> scheme;
  std::optional<std::string> authority;
  std::string path;
  std::optional<std::string> query;
  std::optional<std::string> fragment;
};

UriParts Split(std::string_view text) {
  UriParts parts;
  if (const std::size_t hash = text.find('#'); hash != std::string_view::npos) {
    parts.fragment = std::string(text.substr(hash + 1));
    text = text.substr(0, hash);
  }
  if (const std::size_t question = text.find('?'); question != std::string_view::npos) {
    parts.query = std::string(text.substr(question + 1));
    text = text.substr(0, question);
  }
  if (HasScheme(text)) {
    const std::size_t colon = text.find(':');
    parts.scheme = std::string(text.substr(0, colon));
    text = text.substr(colon + 1);
  }
  if (text.substr(0, 2) == "//") {
    text = text.substr(2);
    const std::size_t slash = text.find('/');
    parts.authority = std::string(text.substr(0, slash));
    text = slash == std::string_view::npos ? std::string_view() : text.substr(slash);
  }
  parts.path = std::string(text);
  return parts;
}

// RemoveDotSegments: RFC 3986 §5.2.4.
std::string RemoveDotSegments(std::string_view input) {
  std::string output;
  while (!input.empty()) {
    if (input.substr(0, 3) == "../") {
      input.remove_prefix(3);
    } else if (input.substr(0, 2) == "./") {
      input.remove_prefix(2);
    } else if (input.substr(0, 3) == "/./") {
      input.remove_prefix(2);
    } else if (input == "/.") {
      input = "/";
    } else if (input.substr(0, 4) == "/../" || input == "/..") {
      input = input.size() == 3 ? std::string_view("/") : input.substr(3);
      const std::size_t last = output.rfind('/');
      output.erase(last == std::string::npos ? 0 : last);
    } else if (input == "." || input == "..") {
      input = {};
    } else {
      const std::size_t next = input.find('/', input.front() == '/' ? 1 : 0);
      output += input.substr(0, next);
      input = next == std::string_view::npos ? std::string_view() : input.substr(next);
    }
  }
  return output;
}

std::string Merge(const UriParts& base, std::string_view reference_path) {
  if (base.authority && base.path.empty()) return "/" + std::string(reference_path);
  const std::size_t last = base.path.rfind('/');
  if (last == std::string::npos) return std::string(reference_path);
  return base.path.substr(0, last + 1) + std::string(reference_path);
}

std::string Recompose(const UriParts& parts) {
  std::string out;
  if (parts.scheme) out += *parts.scheme + ":";
  if (parts.authority) out += "//" + *parts.authority;
  out += parts.path;
  if (parts.query) out += "?" + *parts.query;
  if (parts.fragment) out += "#" + *parts.fragment;
  return out;
}

}  // namespace

bool HasScheme(std::string_view uri) {
  if (uri.empty() || !std::isalpha(static_cast<unsigned char>(uri[0]))) return false;
  for (std::size_t i = 1; i < uri.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(uri[i]);
    if (c == ':') return true;
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

std::string ResolveUri(std::string_view base, std::string_view reference) {
  const UriParts ref = Split(reference);
  const UriParts bas = Split(base);
  UriParts target;
  // RFC 3986 §5.2.2, strict parser.
  if (ref.scheme) {
    target = ref;
    target.path = RemoveDotSegments(ref.path);
  } else {
    if (ref.authority) {
      target.authority = ref.authority;
      target.path = RemoveDotSegments(ref.path);
      target.query = ref.query;
    } else {
      if (ref.path.empty()) {
        target.path = bas.path;
        target.query = ref.query ? ref.query : bas.query;
      } else {
        target.path = ref.path.front() == '/' ? RemoveDotSegments(ref.path) : RemoveDotSegments(Merge(bas, ref.path));
        target.query = ref.query;
      }
      target.authority = bas.authority;
    }
    target.scheme = bas.scheme;
  }
  target.fragment = ref.fragment;
  return Recompose(target);
}

std::pair<std::string, std::string> SplitFragment(std::string_view uri) {
  const std::size_t hash = uri.find('#');
  if (hash == std::string_view::npos) return {std::string(uri), ""};
  return {std::string(uri.substr(0, hash)), std::string(uri.substr(hash + 1))};
}

std::string StripEmptyFragment(std::string_view uri) {
  if (!uri.empty() && uri.back() == '#') uri.remove_suffix(1);
  return std::string(uri);
}

}  // namespace yaosu
