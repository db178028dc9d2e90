// File: `yaosu check-id` — check a Chinese identifier and say what it encodes.
//
//   yaosu check-id 11010519491231002X
//   # 11010519491231002X: valid 居民身份证号码 (cn-resident-id)
//   #   region:     110105 北京市
//   #   birth date: 1949-12-31
//   #   sex:        female
//   yaosu check-id 110105194912310031 --json
//   # {"kind":"cn-resident-id","valid":false,"reason":"check_character","params":{"expected":"8",...},...}
//
// The kind is detected (resident ID, 15-digit legacy ID, USCC, mobile,
// landline; see core/law/identifiers/identifier_report.h). "-" reads the value
// from stdin. --as-of YYYY-MM-DD judges birth dates against that day instead
// of today in China. Exit status: 0 valid (warnings included), 1 invalid,
// 2 usage error.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace yaosu::cli {

// RunCheckId: `args` are the words after "check-id".
int RunCheckId(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli
