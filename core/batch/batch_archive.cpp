#include "core/batch/batch_archive.h"

#include "core/filing/filing_document.h"
#include "core/render/docx_renderer.h"
#include "core/render/zip_writer.h"

namespace yaosu::batch {
namespace {

// DocxName: "docx/row-00002.docx" for the filing "filings/row-00002.filing.json".
std::string DocxName(const std::string& filing_file) {
  const std::size_t slash = filing_file.rfind('/') + 1;
  return "docx/" + filing_file.substr(slash, filing_file.find('.', slash) - slash) + ".docx";
}

}  // namespace

Result<BatchSummary> FileBatchSet(const FormTable& table, std::string_view csv_text, const std::string& created_at,
                                  bool with_docx, const SetWriter& put, bool& complete, const CsvLimits& limits,
                                  const ProgressSink& progress) {
  complete = true;
  Result<BatchSummary> summary = FileBatch(
      table, csv_text, created_at,
      [&](const FiledRow& row) {
        complete = complete && put(row.file, row.text + "\n");
        if (with_docx) {
          complete = complete &&
                     put(DocxName(row.file), render::RenderDocx(filing::FilingDocument(*row.filing, table.form())));
        }
      },
      limits, progress);
  if (!summary.ok()) return summary;
  complete =
      complete && put("problems.csv", summary->ProblemsCsv()) && put("index.json", summary->Index().dump(2) + "\n");
  return summary;
}

Result<BatchArchive> FileBatchArchive(const FormTable& table, std::string_view csv_text, const std::string& created_at,
                                      bool with_docx, const CsvLimits& limits, const ProgressSink& progress) {
  render::ZipWriter zip;
  bool fits = true;
  Result<BatchSummary> summary = FileBatchSet(
      table, csv_text, created_at, with_docx,
      [&zip](const std::string& name, const std::string& bytes) { return zip.Add(name, bytes); }, fits, limits,
      progress);
  if (!summary.ok()) return summary.diagnostics();
  if (!fits) return Diagnostic{.code = "batch.archive_too_large", .params = {{"limit", "4 GiB / 65,535 entries"}}};
  return BatchArchive{.summary = std::move(*summary), .zip = zip.Finish()};
}

}  // namespace yaosu::batch
