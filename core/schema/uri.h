// File: URI references for schema identifiers ($id, $ref, $schema).
//
// Only what resolving identifiers needs: split a URI reference into its RFC
// 3986 parts, resolve it against a base (RFC 3986 §5.2, with dot-segment
// removal), and separate the fragment. Nothing here touches the network.
//
//   ResolveUri("http://x.org/a/b.json", "c.json#/$defs/d") == "http://x.org/a/c.json#/$defs/d"
//   SplitFragment("urn:x#foo") == {"urn:x", "foo"}
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace yaosu {

// ResolveUri: `reference` resolved against the absolute URI `base`.
std::string ResolveUri(std::string_view base, std::string_view reference);

// SplitFragment: {URI without fragment, fragment without "#"}.
std::pair<std::string, std::string> SplitFragment(std::string_view uri);

// StripEmptyFragment: "x#" → "x" (an empty fragment names the same resource).
std::string StripEmptyFragment(std::string_view uri);

// HasScheme: whether `uri` starts with an RFC 3986 scheme ("http:", "urn:").
bool HasScheme(std::string_view uri);

}  // namespace yaosu
