// File: reading `--name value` and `--name=value` words, shared by the commands.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace yaosu::cli {

// IsOption: whether `word` is `name` or `name=...`.
inline bool IsOption(const std::string& word, std::string_view name) {
  return word == name ||
         (word.size() > name.size() && word.compare(0, name.size(), name) == 0 && word[name.size()] == '=');
}

// OptionValue: the value of `--name=value` or of `--name value` (consuming the
// next word). False when the value is missing.
inline bool OptionValue(const std::vector<std::string>& args, std::size_t& i, std::string_view name,
                        std::string& value) {
  const std::string& word = args[i];
  if (word.size() > name.size() && word.compare(0, name.size(), name) == 0 && word[name.size()] == '=') {
    value = word.substr(name.size() + 1);
    return true;
  }
  if (i + 1 >= args.size()) return false;
  value = args[++i];
  return true;
}

}  // namespace yaosu::cli
