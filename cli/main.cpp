// yaosu — the native command: validate JSON files against JSON Schema 2020-12,
// or serve as a Bowtie harness. Exit status: 0 valid, 1 invalid, 2 usage error
// or unreadable input (see exit_codes.h).
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/bowtie_command.h"
#include "cli/exit_codes.h"
#include "cli/validate_command.h"

namespace {

constexpr const char* kUsage =
    "usage: yaosu <command> [options]\n"
    "\n"
    "commands:\n"
    "  validate   check JSON files against a JSON Schema 2020-12 schema\n"
    "             yaosu validate --schema SCHEMA.json [--ref URI=FILE]... [--format-assertion] [--json] INSTANCE...\n"
    "  bowtie     speak Bowtie's harness protocol (version 1) on stdin/stdout\n"
    "  version    print the version\n"
    "  help       print this text (yaosu validate --help for its options)\n"
    "\n"
    "Exit status: 0 valid, 1 invalid, 2 usage error or unreadable input.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace yaosu::cli;
  if (argc < 2) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  const std::string_view command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "validate") return RunValidate(args, std::cout, std::cerr);
  if (command == "bowtie") return RunBowtie(std::cin, std::cout, std::cerr);
  if (command == "version" || command == "--version") {
    std::cout << "yaosu " << YAOSU_VERSION << "\n";
    return kExitValid;
  }
  if (command == "help" || command == "--help" || command == "-h") {
    std::cout << kUsage;
    return kExitValid;
  }
  std::cerr << "yaosu: unknown command \"" << command << "\"\n\n" << kUsage;
  return kExitUsage;
}
