// File: the case-type author's tools behind `yaosu cases`:
//   --check [DIR]   every check of core/cases/case_type_check.h, on DIR (laid out
//                   like schemas/) or on the built-in case types; exit 1 on a problem
//   --expand OUT    every composed form written out as a published version,
//                   OUT/<case-type>/<version>/<form>/ — what schemas/published/ keeps
//   --table C.F     the header of a blank batch table of form F of case type C (core/batch/form_table.h)
#pragma once

#include <ostream>
#include <string>

namespace yaosu::cli {

int CheckCaseTypes(const std::string& schemas_folder, bool json_output, std::ostream& out, std::ostream& err);

int ExpandCaseTypes(const std::string& schemas_folder, const std::string& out_folder, std::ostream& out,
                    std::ostream& err);

int PrintBatchTable(const std::string& schemas_folder, const std::string& form_id, const std::string& entries,
                    bool json_output, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli
