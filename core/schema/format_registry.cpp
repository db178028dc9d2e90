#include "core/schema/format_registry.h"

#include "core/regex/regex.h"
#include "core/schema/formats/formats.h"

namespace yaosu::schema {
namespace {

// Wrap: a yes/no checker as a FormatChecker.
FormatChecker Wrap(bool (*check)(std::string_view)) {
  return [check](std::string_view value) { return FormatVerdict{.valid = check(value)}; };
}

}  // namespace

FormatRegistry FormatRegistry::Standard() {
  FormatRegistry registry;
  registry.Register("date", Wrap(formats::IsDate));
  registry.Register("time", Wrap(formats::IsTime));
  registry.Register("date-time", Wrap(formats::IsDateTime));
  registry.Register("duration", Wrap(formats::IsDuration));
  registry.Register("email", Wrap(formats::IsEmail));
  registry.Register("idn-email", Wrap(formats::IsIdnEmail));
  registry.Register("hostname", Wrap(formats::IsHostname));
  registry.Register("idn-hostname", Wrap(formats::IsIdnHostname));
  registry.Register("ipv4", Wrap(formats::IsIpv4));
  registry.Register("ipv6", Wrap(formats::IsIpv6));
  registry.Register("uri", Wrap(formats::IsUri));
  registry.Register("uri-reference", Wrap(formats::IsUriReference));
  registry.Register("iri", Wrap(formats::IsIri));
  registry.Register("iri-reference", Wrap(formats::IsIriReference));
  registry.Register("uri-template", Wrap(formats::IsUriTemplate));
  registry.Register("uuid", Wrap(formats::IsUuid));
  registry.Register("json-pointer", Wrap(formats::IsJsonPointer));
  registry.Register("relative-json-pointer", Wrap(formats::IsRelativeJsonPointer));
  registry.Register("regex", Wrap(regex::IsEcmaScriptRegex));
  return registry;
}

void FormatRegistry::Register(std::string name, FormatChecker checker) {
  checkers_[std::move(name)] = std::move(checker);
}

const FormatChecker* FormatRegistry::Find(std::string_view name) const {
  const auto it = checkers_.find(name);
  return it == checkers_.end() ? nullptr : &it->second;
}

}  // namespace yaosu::schema
