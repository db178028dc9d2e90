// File: the checks an author runs on case types before any test
// (`yaosu cases --check [DIR]`). Loading already refuses what breaks the
// format (meta-schemas, includes that do not resolve, rules that do not
// compile); this adds what only the whole form shows:
//
//   case.check.var_unknown      a rule or computed value reads data the schema does not declare
//   case.check.words_missing    a row or field without its words (zh and en)
//   case.check.choice_words_missing  a choice without its words
//   case.check.title_numbered   a schema title repeats a row number ("3. 借款金额"): numbers
//                               come from the rows' order and are written nowhere else
//   case.check.mirror_stray     an answer row answers a row its complaint does not have
//   case.check.mirror_unanswered  a complaint row of a mirrored section goes unanswered
//                               without being skipped or marked "answer": false
//
//   Result<SourceFiles> files = ReadSchemaFolder("schemas");
//   Diagnostics problems = CheckCaseTypes(*files);   // empty: every form passes
#pragma once

#include "core/cases/source_files.h"
#include "core/diagnostics/diagnostic.h"

namespace yaosu::cases {

// CheckCaseTypes: the problems of loading `files` (as CaseLibrary::Load
// reports them) and those of the checks above, for the current version of
// every form; published versions are loaded but not checked again.
Diagnostics CheckCaseTypes(const SourceFiles& files);

}  // namespace yaosu::cases
