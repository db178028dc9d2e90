#include "cli/json_input.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/diagnostic_text.h"
#include "core/json/parse.h"

namespace yaosu::cli {
namespace {

bool ReadStream(std::istream& in, std::string& text) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  // An empty input only marks `buffer` as failed; it is still a successful read.
  return !in.bad();
}

}  // namespace

std::string DisplayName(const std::string& path) { return path == kStdinName ? "<stdin>" : path; }

bool ReadInputText(const std::string& path, std::string& text, std::string& error) {
  if (path == kStdinName) {
    if (!ReadStream(std::cin, text)) {
      error = "cannot read standard input";
      return false;
    }
    return true;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {  // ifstream "opens" folders on Linux
    error = path + " is a directory";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open " + path;
    return false;
  }
  if (!ReadStream(in, text)) {
    error = "cannot read " + path;
    return false;
  }
  return true;
}

bool LoadJsonInput(const std::string& path, nlohmann::json& document, std::string& error) {
  std::string text;
  if (!ReadInputText(path, text, error)) return false;
  Result<nlohmann::json> parsed = ParseJson(text);
  if (!parsed.ok()) {
    error = DescribeInputProblem(DisplayName(path), parsed.diagnostics());
    return false;
  }
  document = std::move(parsed).value();
  return true;
}

}  // namespace yaosu::cli
