// File: Embind bindings for batch filing — the blank table of a form and a table
// of cases filed into one ZIP, as `yaosu cases --table` and `yaosu file --batch`.
// The page decodes the file first (TextDecoder: UTF-8, else GB18030).
//
//   JSON.parse(yaosu.batchTable('credit-card', 'complaint', 2))
//     // {ok: true, csv: <header line, UTF-8 with BOM>, form, columns: [{key, zh, en, types, format, choices}]}
//   const done = yaosu.fileBatch('credit-card', 'complaint', csvText, new Date().toISOString(), true,
//                                (p) => postMessage(p));   // or null; told {done, total, filed, refused}
//   JSON.parse(done.result)  // {ok: true, index, problems: [{row, line, column, column_name, pointer, code,
//                            //  severity, message: {zh, en}}]} or {ok: false, diagnostics}
//   done.zip                 // Uint8Array of the set (index.json, filings/, docx/, problems.csv), or null
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/batch/batch_archive.h"
#include "core/batch/form_table.h"
#include "core/cases/case_library.h"
#include "wasm/dump_json.h"

namespace yaosu::wasm {
namespace {

using nlohmann::json;

// TableOf: the batch table of a form, or the diagnostics why there is none.
Result<batch::FormTable> TableOf(const std::string& case_type, const std::string& form_name) {
  const Result<cases::CaseLibrary>& library = cases::CaseLibrary::Builtin();
  const cases::CaseForm* form = library.ok() ? library->Find(case_type, form_name) : nullptr;
  if (form == nullptr) {
    return Diagnostic{.code = "case.unknown_form", .params = {{"case_type", case_type}, {"form", form_name}}};
  }
  return batch::FormTable::Of(*form, library->shared_schemas());
}

std::string BatchTable(const std::string& case_type, const std::string& form, int entries) {
  Result<batch::FormTable> table = TableOf(case_type, form);
  if (!table.ok()) return Refusal(table.diagnostics());
  const std::size_t count = entries < 1 ? 1 : static_cast<std::size_t>(entries);
  json out = table->ColumnsJson(count);
  out["ok"] = true;
  out["csv"] = table->TemplateCsv(count);
  return Dump(out);
}

// Progress: `on_progress` (a JS function, or null/undefined) told each whole percent and at the end.
batch::ProgressSink Progress(emscripten::val on_progress) {
  if (on_progress.typeOf().as<std::string>() != "function") return {};
  return batch::EachPercent([on_progress](const batch::BatchProgress& progress) {
    emscripten::val state = emscripten::val::object();
    state.set("done", progress.done);
    state.set("total", progress.total);
    state.set("filed", progress.filed);
    state.set("refused", progress.refused);
    on_progress(state);
  });
}

emscripten::val FileBatch(const std::string& case_type, const std::string& form, const std::string& csv_text,
                          const std::string& created_at, bool with_docx, emscripten::val on_progress) {
  emscripten::val out = emscripten::val::object();
  out.set("zip", emscripten::val::null());
  Result<batch::FormTable> table = TableOf(case_type, form);
  if (!table.ok()) {
    out.set("result", Refusal(table.diagnostics()));
    return out;
  }
  Result<batch::BatchArchive> archive =
      batch::FileBatchArchive(*table, csv_text, created_at, with_docx, {}, Progress(on_progress));
  if (!archive.ok()) {
    Diagnostics problems = archive.diagnostics();
    out.set("result", Dump({{"ok", false}, {"diagnostics", ToJsonWithMessages(problems, table->form().messages())}}));
    return out;
  }
  json problems = json::array();
  for (const batch::RowProblem& problem : archive->summary.problems) {
    problems.push_back({{"row", problem.row},
                        {"line", problem.line},
                        {"column", problem.column},
                        {"column_name", problem.column_name},
                        {"pointer", problem.pointer},
                        {"code", problem.code},
                        {"severity", problem.severity},
                        {"message", {{"zh", problem.message_zh}, {"en", problem.message_en}}}});
  }
  out.set("result", Dump({{"ok", true}, {"index", archive->summary.Index()}, {"problems", problems}}));
  const std::string& zip = archive->zip;
  emscripten::val bytes = emscripten::val::global("Uint8Array").new_(zip.size());
  bytes.call<void>("set", emscripten::val(emscripten::typed_memory_view(
                              zip.size(), reinterpret_cast<const unsigned char*>(zip.data()))));
  out.set("zip", bytes);
  return out;
}

}  // namespace
}  // namespace yaosu::wasm

EMSCRIPTEN_BINDINGS(yaosu_batch) {
  emscripten::function("batchTable", &yaosu::wasm::BatchTable);
  emscripten::function("fileBatch", &yaosu::wasm::FileBatch);
}
