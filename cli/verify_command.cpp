#include "cli/verify_command.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli/case_library_input.h"
#include "cli/command_options.h"
#include "cli/diagnostic_text.h"
#include "cli/exit_codes.h"
#include "cli/json_input.h"
#include "core/filing/verify.h"

namespace yaosu::cli {
namespace {

constexpr const char* kVerifyUsage =
    "usage: yaosu verify [--json] [--jobs N] [--schemas DIR] FILE...\n"
    "  Re-checks each filing: the digest (is the content the filing its digest identifies? A\n"
    "  digest does not show who made a file: compare it with the one recorded on receipt), the case type\n"
    "  and version, every rule of that version, and the computed values. Files are checked on\n"
    "  N threads (default: every core); results come out in the order given, as they finish.\n"
    "  --json   one JSON object per line: {file, ok, case, digest: {recorded, computed, matches}, problems}\n"
    "Exit status: 0 all ok, 1 some filing failed a check, 2 usage error or unreadable input.\n";

// Outcome: what one file's check prints, and the exit status it asks for.
struct Outcome {
  std::string text;
  int status = kExitValid;
};

Outcome Check(const std::string& path, const cases::CaseLibrary& library, bool json_output) {
  const std::string name = DisplayName(path);
  nlohmann::json filing;
  std::string error;
  if (!LoadJsonInput(path, filing, error)) {
    return {
        json_output ? DumpJson({{"file", name}, {"inputError", error}}) + "\n" : name + ": unreadable: " + error + "\n",
        kExitUsage};
  }
  const filing::Verification check = filing::Verify(filing, library);
  const int status = check.ok ? kExitValid : kExitInvalid;
  if (json_output) {
    nlohmann::json line = check.ToJson();
    line["file"] = name;
    return {DumpJson(line) + "\n", status};
  }
  std::string text = name + ": " + (check.ok ? "ok" : "NOT OK") + "\n";
  const MessageCatalog& messages = check.form != nullptr ? check.form->messages() : MessageCatalog::Builtin();
  for (const Diagnostic& d : check.problems) {
    text += "  " + (d.instance_location.empty() ? std::string("/") : d.instance_location) + "  " + d.code + "  " +
            messages.Render(d, "zh") + "\n";
  }
  return {text, status};
}

// CheckAll: `paths` on `jobs` threads; each result is written as soon as
// every earlier one has been, so output streams in input order.
int CheckAll(const std::vector<std::string>& paths, const cases::CaseLibrary& library, bool json_output,
             std::size_t jobs, std::ostream& out) {
  std::vector<std::optional<Outcome>> results(paths.size());
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  std::condition_variable ready;
  auto worker = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++) {
      Outcome outcome = Check(paths[i], library, json_output);
      std::lock_guard<std::mutex> lock(mutex);
      results[i] = std::move(outcome);
      ready.notify_one();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < jobs; ++t) threads.emplace_back(worker);
  int status = kExitValid;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    std::unique_lock<std::mutex> lock(mutex);
    ready.wait(lock, [&] { return results[i].has_value(); });
    Outcome outcome = std::move(*results[i]);
    results[i].reset();
    lock.unlock();
    out << outcome.text << std::flush;
    status = std::max(status, outcome.status);
  }
  for (std::thread& thread : threads) thread.join();
  return status;
}

const CommandSyntax kVerifySyntax{
    .options = {{"--json"}, {"--jobs", OptionKind::kValue}, {"--schemas", OptionKind::kValue}}};

}  // namespace

int RunVerify(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ParsedOptions options;
  if (const std::optional<OptionProblem> problem = ParseOptions(args, kVerifySyntax, options)) {
    if (problem->kind == OptionProblem::Kind::kMissingValue) {
      err << "yaosu verify: " << problem->name << " needs a value\n\n" << kVerifyUsage;
    } else {
      err << "yaosu verify: unknown option " << problem->word << "\n\n" << kVerifyUsage;
    }
    return kExitUsage;
  }
  if (options.help) {
    out << kVerifyUsage;
    return kExitValid;
  }
  const bool json_output = options.Has("--json");
  const std::string jobs_text = options.Value("--jobs");
  const std::string schemas_folder = options.Value("--schemas");
  const std::vector<std::string>& paths = options.operands;
  std::size_t jobs = std::max(1u, std::thread::hardware_concurrency());
  if (!jobs_text.empty()) {
    if (jobs_text.find_first_not_of("0123456789") != std::string::npos || jobs_text.size() > 3 ||
        std::stoul(jobs_text) == 0) {
      err << "yaosu verify: --jobs needs a number from 1 to 999\n";
      return kExitUsage;
    }
    jobs = std::stoul(jobs_text);
  }
  if (paths.empty() || std::count(paths.begin(), paths.end(), "-") > 1) {
    err << "yaosu verify: name one or more filings (- for stdin, once)\n\n" << kVerifyUsage;
    return kExitUsage;
  }
  const cases::CaseLibrary* library = LoadCaseLibrary(schemas_folder, err);
  if (library == nullptr) return kExitUsage;
  return CheckAll(paths, *library, json_output, std::min(jobs, paths.size()), out);
}

}  // namespace yaosu::cli
