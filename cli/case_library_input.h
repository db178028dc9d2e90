// File: the case types a command works with — the built-in ones, or those of
// a folder given with --schemas (for schema authors and tests).
#pragma once

#include <ostream>
#include <string>

#include "core/cases/case_library.h"

namespace yaosu::cli {

// LoadCaseLibrary: the library, or nullptr after explaining on `err` why none
// could be loaded. Forms that fail to load are reported on `err` (one line
// each) and left out. The library lives until the program ends.
const cases::CaseLibrary* LoadCaseLibrary(const std::string& schemas_folder, std::ostream& err);

// FindCaseForm: the installed form of `case_type`, or nullptr after saying on
// `err` that there is none (and where to look).
const cases::CaseForm* FindCaseForm(const cases::CaseLibrary& library, const std::string& case_type,
                                    const std::string& form, std::ostream& err);

}  // namespace yaosu::cli
