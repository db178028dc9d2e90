// File: what `yaosu bowtie` tells Bowtie about itself in reply to "start" —
// the implementation metadata of Bowtie's harness protocol, version 1.
#pragma once

#include <nlohmann/json.hpp>

namespace yaosu::cli {

// kBowtieDialect: the one dialect the engine speaks.
inline constexpr const char* kBowtieDialect = "https://json-schema.org/draft/2020-12/schema";

// BowtieImplementation: {"language", "name", "version", "homepage", "issues",
// "source", "dialects", "os", "os_version", "language_version"}.
nlohmann::json BowtieImplementation();

}  // namespace yaosu::cli
