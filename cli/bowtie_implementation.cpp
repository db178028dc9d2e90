#include "cli/bowtie_implementation.h"

#include <string>

#include <sys/utsname.h>

namespace yaosu::cli {
namespace {

// Where people find Yaosu; Bowtie shows these links next to the results.
constexpr const char* kHomepage = "https://yaosu.cn/";
constexpr const char* kIssues = "https://yaosu.cn/issues";
constexpr const char* kSource = "https://yaosu.cn/source";

std::string LanguageVersion() {
  std::string standard = __cplusplus >= 202002L ? "C++20" : "C++17";
#if defined(__clang__)
  return standard + " (clang " + __clang_version__ + ")";
#elif defined(__GNUC__)
  return standard + " (g++ " + __VERSION__ + ")";
#else
  return standard;
#endif
}

}  // namespace

nlohmann::json BowtieImplementation() {
  nlohmann::json implementation = {
      {"language", "c++"},
      {"name", "yaosu"},
      {"version", YAOSU_VERSION},
      {"homepage", kHomepage},
      {"issues", kIssues},
      {"source", kSource},
      {"dialects", nlohmann::json::array({kBowtieDialect})},
      {"language_version", LanguageVersion()},
  };
  struct utsname system_name {};
  if (uname(&system_name) == 0) {
    implementation["os"] = system_name.sysname;
    implementation["os_version"] = system_name.release;
  }
  return implementation;
}

}  // namespace yaosu::cli
