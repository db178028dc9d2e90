#include "core/batch/batch_archive.h"

#include "core/filing/filing_document.h"
#include "core/render/docx_renderer.h"
#include "core/render/zip_writer.h"

namespace yaosu::batch {

std::string DocxName(const std::string& filing_file) {
  const std::size_t slash = filing_file.rfind('/') + 1;
  return "docx/" + filing_file.substr(slash, filing_file.find('.', slash) - slash) + ".docx";
}

Result<BatchArchive> FileBatchArchive(const FormTable& table, std::string_view csv_text, const std::string& created_at,
                                      bool with_docx, const CsvLimits& limits) {
  render::ZipWriter zip;
  bool fits = true;
  Result<BatchSummary> summary = FileBatch(
      table, csv_text, created_at,
      [&](const FiledRow& row) {
        fits = fits && zip.Add(row.file, row.text + "\n");
        if (with_docx) {
          fits = fits && zip.Add(DocxName(row.file),
                                 render::RenderDocx(filing::FilingDocument(*row.filing, table.form())));
        }
      },
      limits);
  if (!summary.ok()) return summary.diagnostics();
  fits = fits && zip.Add("problems.csv", summary->ProblemsCsv()) &&
         zip.Add("index.json", summary->Index().dump(2) + "\n");
  if (!fits) return Diagnostic{.code = "batch.archive_too_large", .params = {{"limit", "4 GiB / 65,535 entries"}}};
  return BatchArchive{.summary = std::move(*summary), .zip = zip.Finish()};
}

}  // namespace yaosu::batch
