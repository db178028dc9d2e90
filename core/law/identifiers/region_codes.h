// File: province-level administrative division codes (GB/T 2260), the first
// two digits of the area code in resident IDs and USCC codes.
//
//   ProvinceName("110105")  // "北京市"
//   ProvinceName("990000")  // "" — no such province
//
// Only the province level is checked: the county list changes every year and
// old IDs keep the codes of counties that no longer exist, so a county-level
// check would reject real people.
#pragma once

#include <string_view>

namespace yaosu::law {

// ProvinceName: the Chinese name of the province-level division whose code
// starts `area_code` (at least two digits), or "" when there is none.
// 81/82/83 are the codes of residence permits for Hong Kong, Macao and Taiwan
// residents (港澳台居民居住证), which use the resident ID layout.
std::string_view ProvinceName(std::string_view area_code);

}  // namespace yaosu::law
