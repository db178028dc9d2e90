// File: how Chinese court documents write money and dates.
//
//   CapitalYuan(10450000)    → "壹拾万肆仟伍佰元整"     (金额大写, from fen)
//   CapitalYuan(105)         → "壹元零伍分"
//   ChineseDate("2025-03-04") → "2025年3月4日"          (nullopt for anything else)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yaosu::filing {

// CapitalYuan: an amount in fen as 人民币大写 (the practice of bank and court
// forms): 零 for each run of skipped digits, 整 when there are no 分.
std::string CapitalYuan(int64_t fen);

// ChineseDate: "YYYY-MM-DD" as "YYYY年M月D日".
std::optional<std::string> ChineseDate(std::string_view iso_date);

}  // namespace yaosu::filing
