// yaosu — the native command: list case types, check filled forms and JSON files,
// legal calculators, rules, identifiers, and a Bowtie harness. Exit status: 0 valid, 1 invalid, 2 usage error
// or unreadable input (see exit_codes.h).
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/bowtie_command.h"
#include "cli/calc_command.h"
#include "cli/cases_command.h"
#include "cli/check_id_command.h"
#include "cli/compare_command.h"
#include "cli/exit_codes.h"
#include "cli/file_command.h"
#include "cli/render_command.h"
#include "cli/rule_command.h"
#include "cli/validate_command.h"
#include "cli/verify_command.h"

namespace {

constexpr const char* kYaosuUsage =
    "usage: yaosu <command> [options]\n"
    "\n"
    "commands:\n"
    "  cases      list the case types and forms installed\n"
    "             yaosu cases [--json] [--all] [--schemas DIR]; --check [DIR]; --expand OUT\n"
    "  validate   check filled forms against their case type (schema, rules, computed values),\n"
    "             or JSON files against any JSON Schema 2020-12 schema\n"
    "             yaosu validate --case CASE_TYPE --form complaint|answer [--lang zh|en] [--json] FILE...\n"
    "             yaosu validate --schema SCHEMA.json [--ref URI=FILE]... [--format-assertion] [--json] INSTANCE...\n"
    "  file       turn a checked form into a filing (canonical JSON + SHA-256 digest)\n"
    "             yaosu file --case CASE_TYPE --form complaint|answer [--created-at TIME] [-o OUT] FILE\n"
    "  render     print a filing: A4 HTML page and DOCX, in the official template's layout\n"
    "             yaosu render FILING [--html OUT.html] [--docx OUT.docx]\n"
    "  verify     re-check filings: digest, case type and version, every rule, computed values\n"
    "             yaosu verify [--json] [--jobs N] FILE...\n"
    "  compare    the dispute table of a complaint filing and its answer filing\n"
    "             yaosu compare [--json] [--html OUT.html] COMPLAINT_FILING ANSWER_FILING\n"
    "  bowtie     speak Bowtie's harness protocol (version 1) on stdin/stdout\n"
    "  calc       legal calculators: court fee, preservation fee, LPR, rate cap, interest\n"
    "             yaosu calc fee|preservation-fee|lpr|rate-cap|interest [options] [--json]\n"
    "  check-id   check a resident ID, USCC, mobile or landline number and say what it encodes\n"
    "             yaosu check-id VALUE [--json] [--as-of YYYY-MM-DD]\n"
    "  rule       evaluate a JsonLogic rule on data (RULE and DATA: JSON text or @FILE)\n"
    "             yaosu rule eval RULE [DATA] [--json]\n"
    "  version    print the version\n"
    "  help       print this text (yaosu validate --help for its options)\n"
    "\n"
    "Exit status: 0 valid, 1 invalid, 2 usage error or unreadable input.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace yaosu::cli;
  if (argc < 2) {
    std::cerr << kYaosuUsage;
    return kExitUsage;
  }
  const std::string_view command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "validate") return RunValidate(args, std::cout, std::cerr);
  if (command == "cases") return RunCases(args, std::cout, std::cerr);
  if (command == "file") return RunFile(args, std::cout, std::cerr);
  if (command == "render") return RunRender(args, std::cout, std::cerr);
  if (command == "verify") return RunVerify(args, std::cout, std::cerr);
  if (command == "compare") return RunCompare(args, std::cout, std::cerr);
  if (command == "bowtie") return RunBowtie(std::cin, std::cout, std::cerr);
  if (command == "calc") return RunCalc(args, std::cout, std::cerr);
  if (command == "check-id") return RunCheckId(args, std::cin, std::cout, std::cerr);
  if (command == "rule") return RunRule(args, std::cout, std::cerr);
  if (command == "version" || command == "--version") {
    std::cout << "yaosu " << YAOSU_VERSION << "\n";
    return kExitValid;
  }
  if (command == "help" || command == "--help" || command == "-h") {
    std::cout << kYaosuUsage;
    return kExitValid;
  }
  std::cerr << "yaosu: unknown command \"" << command << "\"\n\n" << kYaosuUsage;
  return kExitUsage;
}
