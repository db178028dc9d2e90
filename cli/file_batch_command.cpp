#include "cli/file_batch_command.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <system_error>

#include <nlohmann/json.hpp>

#include "cli/batch_progress.h"
#include "cli/case_library_input.h"
#include "cli/command_options.h"
#include "cli/exit_codes.h"
#include "cli/json_input.h"
#include "cli/table_text.h"
#include "cli/utc_now.h"
#include "core/batch/batch_archive.h"
#include "core/batch/form_table.h"

namespace yaosu::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kBatchUsage =
    "usage: yaosu file --batch TABLE.csv --case CASE_TYPE --form complaint|answer --out DIR|--zip FILE.zip\n"
    "                  [--docx] [--created-at TIME] [--encoding auto|utf-8|gb18030] [--json] [--schemas DIR]\n"
    "  Checks every row of TABLE (one case a row; its header from `yaosu cases --table`) and writes DIR:\n"
    "    index.json         what was filed (row, file, digest) and which rows were refused\n"
    "    filings/row-NNNNN.filing.json   a filing for each row without errors (NNNNN: its row number)\n"
    "    docx/row-NNNNN.docx             with --docx, each filing printed in the official layout\n"
    "    problems.csv       every problem of a refused row, by row and column, in Chinese (opens in a spreadsheet)\n"
    "  DIR must not exist: it appears whole when everything is written, or not at all. --zip FILE.zip writes\n"
    "  the same set as one ZIP (what the web app downloads), also whole or not at all.\n"
    "  --created-at TIME   RFC 3339 time recorded in every filing (default: now, UTC)\n"
    "  --encoding ENC      the table's encoding: auto (UTF-8 if it is, else GB18030; the default), utf-8, gb18030\n"
    "  --json              JSON lines on stdout: {\"progress\": {done, total, filed, refused}} each whole percent,\n"
    "                      then {\"result\": {out, rows, filed, refused, problems}} or {\"error\": {diagnostics}}\n"
    "  On a terminal, progress is a line on stderr redrawn as the rows go.\n"
    "Exit status: 0 every row filed, 1 some rows refused (see problems.csv), 2 usage error or a table that\n"
    "cannot be read (nothing written).\n";

const CommandSyntax kBatchSyntax{.options = {{"--batch", OptionKind::kValue},
                                             {"--case", OptionKind::kValue},
                                             {"--form", OptionKind::kValue},
                                             {"--out", OptionKind::kValue},
                                             {"--zip", OptionKind::kValue},
                                             {"--created-at", OptionKind::kValue},
                                             {"--encoding", OptionKind::kValue},
                                             {"--schemas", OptionKind::kValue},
                                             {"--docx"},
                                             {"--json"}},
                                 .max_operands = 0,
                                 .help_words = false,
                                 .empty_is_missing = true};

bool WriteBytes(const fs::path& path, const std::string& bytes) {
  std::error_code ignored;
  fs::create_directories(path.parent_path(), ignored);
  std::ofstream file(path, std::ios::binary);
  file << bytes;
  file.close();
  return static_cast<bool>(file);
}

// PartialFolder: where the set is written before it is renamed to `out` (beside it, so the rename is atomic).
fs::path PartialFolder(const fs::path& out) {
  fs::path partial = out;
  partial += ".partial-" + std::to_string(getpid());
  return partial;
}

// Output: what the command says at the end, as text or (--json) one JSON line on stdout.
struct Output {
  bool json_lines;
  std::ostream& out;
  std::ostream& err;
};

void SayWhyNothing(const Diagnostics& problems, const cases::CaseForm& form, const std::string& table_path,
                   const Output& say) {
  say.err << DisplayName(table_path) << ": the table cannot be read, nothing was written:\n";
  nlohmann::json listed = nlohmann::json::array();
  for (const Diagnostic& problem : problems) {
    const std::string message = form.messages().Render(problem, "zh");
    say.err << "  " << problem.code << "  " << message << "\n";
    listed.push_back({{"code", problem.code}, {"params", problem.params}, {"message", message}});
  }
  if (say.json_lines) say.out << nlohmann::json{{"error", {{"diagnostics", listed}}}}.dump() << "\n";
}

int Report(const batch::BatchSummary& summary, const std::string& where, const Output& say) {
  const int exit = summary.refused_rows.empty() ? kExitValid : kExitInvalid;
  if (say.json_lines) {
    say.out << nlohmann::json{{"result",
                               {{"out", where},
                                {"rows", summary.rows},
                                {"filed", summary.filed.size()},
                                {"refused", summary.refused_rows.size()},
                                {"problems", summary.problems.size()}}}}
                   .dump()
            << "\n";
    return exit;
  }
  std::ostream& out = say.out;
  out << where << ": " << summary.filed.size() << " of " << summary.rows << " rows filed";
  if (!summary.refused_rows.empty()) {
    out << ", " << summary.refused_rows.size() << " refused (" << summary.problems.size()
        << " problems in problems.csv)";
  }
  out << "\n";
  return exit;
}

// WriteArchive: the set as one ZIP, written beside `out_path` and renamed to it.
int WriteArchive(const batch::FormTable& table, const std::string& text, const std::string& created_at, bool docx,
                 const std::string& table_path, const fs::path& out_path, const Output& say) {
  BatchProgressOut progress(say.json_lines, say.out, say.err);
  Result<batch::BatchArchive> archive = batch::FileBatchArchive(table, text, created_at, docx, {}, progress.Sink());
  progress.Finish();
  if (!archive.ok()) {
    SayWhyNothing(archive.diagnostics(), table.form(), table_path, say);
    return kExitUsage;
  }
  const fs::path partial = PartialFolder(out_path);
  std::error_code code;
  if (!WriteBytes(partial, archive->zip) || (fs::rename(partial, out_path, code), code)) {
    fs::remove(partial, code);
    say.err << "yaosu file --batch: cannot write " << out_path.string() << ", nothing was written\n";
    return kExitUsage;
  }
  return Report(archive->summary, out_path.string(), say);
}

}  // namespace

int RunFileBatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() == 2 && args[0] == "--batch" && (args[1] == "--help" || args[1] == "-h")) {
    out << kBatchUsage;
    return kExitValid;
  }
  ParsedOptions options;
  if (const std::optional<OptionProblem> problem = ParseOptions(args, kBatchSyntax, options)) {
    const std::string what = problem->kind == OptionProblem::Kind::kMissingValue   ? problem->name + " needs a value"
                             : problem->kind == OptionProblem::Kind::kExtraOperand ? "unexpected " + problem->word
                                                                                   : "unknown option " + problem->word;
    err << "yaosu file --batch: " << what << "\n\n" << kBatchUsage;
    return kExitUsage;
  }
  const std::string table_path = options.Value("--batch");
  const std::string out_folder = options.Has("--zip") ? options.Value("--zip") : options.Value("--out");
  if (options.Value("--case").empty() || options.Value("--form").empty() || table_path.empty() || out_folder.empty() ||
      (options.Has("--zip") && options.Has("--out"))) {
    err << "yaosu file --batch: --batch, --case, --form and one of --out and --zip are required\n\n" << kBatchUsage;
    return kExitUsage;
  }
  const fs::path out_path(out_folder);
  std::error_code code;
  if (fs::exists(out_path, code)) {
    err << "yaosu file --batch: " << out_folder << " exists already: name a new folder\n";
    return kExitUsage;
  }
  const cases::CaseLibrary* library = LoadCaseLibrary(options.Value("--schemas"), err);
  if (library == nullptr) return kExitUsage;
  const cases::CaseForm* form = FindCaseForm(*library, options.Value("--case"), options.Value("--form"), err);
  if (form == nullptr) return kExitUsage;
  std::string bytes, text, error;
  if (!ReadInputText(table_path, bytes, error) ||
      !TableText(bytes, options.Has("--encoding") ? options.Value("--encoding") : "auto", text, error)) {
    err << "yaosu: " << DisplayName(table_path) << ": " << error << "\n";
    return kExitUsage;
  }
  std::string().swap(bytes);  // the text is what is read from here on: a 60 MB table is not held twice
  Result<batch::FormTable> table = batch::FormTable::Of(*form, library->shared_schemas());
  if (!table.ok()) {
    err << "yaosu file --batch: " << form->messages().Render(table.diagnostics().front(), "zh") << "\n";
    return kExitUsage;
  }
  const bool docx = options.Has("--docx");
  const std::string created_at = options.Has("--created-at") ? options.Value("--created-at") : UtcNow();
  const Output say{.json_lines = options.Has("--json"), .out = out, .err = err};
  if (options.Has("--zip")) return WriteArchive(*table, text, created_at, docx, table_path, out_path, say);
  const fs::path partial = PartialFolder(out_path);
  fs::remove_all(partial, code);
  bool written = true;
  BatchProgressOut progress(say.json_lines, out, err);
  Result<batch::BatchSummary> summary = batch::FileBatchSet(
      *table, text, created_at, docx,
      [&partial](const std::string& name, const std::string& contents) { return WriteBytes(partial / name, contents); },
      written, {}, progress.Sink());
  progress.Finish();
  if (!summary.ok()) {
    fs::remove_all(partial, code);
    SayWhyNothing(summary.diagnostics(), *form, table_path, say);
    return kExitUsage;
  }
  if (written) fs::rename(partial, out_path, code);
  if (!written || code) {
    fs::remove_all(partial, code);
    err << "yaosu file --batch: cannot write " << out_folder << ", nothing was written\n";
    return kExitUsage;
  }
  return Report(*summary, out_folder, say);
}

}  // namespace yaosu::cli
