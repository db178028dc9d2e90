// File: reading a JSON document named on the command line ("-" = stdin).
//
// Every failure becomes one plain sentence for stderr ("yaosu: a.json:3:14:
// malformed JSON: ..."), never a crash: the command line is untrusted input.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace yaosu::cli {

inline constexpr const char* kStdinName = "-";

// ReadInputText: the bytes of `path`, or of stdin for "-". False (with a
// message) when the file cannot be opened or read.
bool ReadInputText(const std::string& path, std::string& text, std::string& error);

// LoadJsonInput: reads and parses `path` with the engine's parser. False (with
// a message naming the file, line and column) when it is unreadable or malformed.
bool LoadJsonInput(const std::string& path, nlohmann::json& document, std::string& error);

// DisplayName: how `path` is named in messages ("<stdin>" for "-").
std::string DisplayName(const std::string& path);

}  // namespace yaosu::cli
