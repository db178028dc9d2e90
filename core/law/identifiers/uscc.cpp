#include "core/law/identifiers/uscc.h"

#include "core/law/identifiers/region_codes.h"

namespace yaosu::law {
namespace {

// GB 32100: 31 symbols with values 0..30; weight of position i is 3^(i-1) mod 31.
constexpr std::string_view kCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kUsccWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

struct OrganizationType {
  char authority;
  char type;
  std::string_view name;
};

// 登记管理部门码 → name; then the 机构类别码 listed under each authority.
struct Authority {
  char code;
  std::string_view name;
};

constexpr Authority kAuthorities[] = {
    {'1', "机构编制"}, {'2', "外交"}, {'3', "司法行政"}, {'4', "文化"}, {'5', "民政"},
    {'6', "旅游"},     {'7', "宗教"}, {'8', "工会"},     {'9', "工商"}, {'A', "中央军委改革和编制办公室"},
    {'N', "农业"},     {'Y', "其他"},
};

constexpr OrganizationType kTypes[] = {
    {'1', '1', "机关"},
    {'1', '2', "事业单位"},
    {'1', '3', "中央编办直接管理机构编制的群众团体"},
    {'1', '9', "其他"},
    {'2', '1', "外国常驻新闻机构"},
    {'2', '9', "其他"},
    {'3', '1', "律师执业机构"},
    {'3', '2', "公证处"},
    {'3', '3', "基层法律服务所"},
    {'3', '4', "司法鉴定机构"},
    {'3', '5', "仲裁委员会"},
    {'3', '9', "其他"},
    {'4', '1', "外国在华文化中心"},
    {'4', '9', "其他"},
    {'5', '1', "社会团体"},
    {'5', '2', "民办非企业单位"},
    {'5', '3', "基金会"},
    {'5', '9', "其他"},
    {'6', '1', "外国旅游部门常驻代表机构"},
    {'6', '2', "港澳台地区旅游部门常驻内地（大陆）代表机构"},
    {'6', '9', "其他"},
    {'7', '1', "宗教活动场所"},
    {'7', '2', "宗教院校"},
    {'7', '9', "其他"},
    {'8', '1', "基层工会"},
    {'8', '9', "其他"},
    {'9', '1', "企业"},
    {'9', '2', "个体工商户"},
    {'9', '3', "农民专业合作社"},
    {'A', '1', "军队事业单位"},
    {'A', '9', "其他"},
    {'N', '1', "组级集体经济组织"},
    {'N', '2', "村级集体经济组织"},
    {'N', '3', "乡镇级集体经济组织"},
    {'N', '9', "其他"},
    {'Y', '1', "其他"},
};

int Value(char c) {
  const std::size_t at = kCharset.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

}  // namespace

char UsccCheckCharacter(std::string_view body) {
  if (body.size() < 17) return 0;
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    const int value = Value(body[i]);
    if (value < 0) return 0;
    sum += value * kUsccWeights[i];
  }
  const int check = (31 - sum % 31) % 31;  // "31 − (Σ mod 31); 31 becomes 0"
  return kCharset[check];
}

UsccCheck CheckUscc(std::string_view text) {
  UsccCheck check;
  if (text.size() != 18) {
    check.verdict = IdVerdict::Invalid("length", {{"actual", text.size()}});
    return check;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (Value(text[i]) < 0) {  // the position, not the byte: it may be part of a UTF-8 sequence
      check.verdict = IdVerdict::Invalid("charset", {{"position", i + 1}});
      return check;
    }
  }
  check.registration_authority = text[0];
  check.organization_type = text[1];
  check.region_code = std::string(text.substr(2, 6));
  for (char c : check.region_code) {
    if (c < '0' || c > '9') {
      check.verdict = IdVerdict::Invalid("area_code", {{"region", check.region_code}});
      return check;
    }
  }
  for (const Authority& authority : kAuthorities) {
    if (authority.code == text[0]) check.authority_name = authority.name;
  }
  if (check.authority_name.empty()) {
    check.verdict = IdVerdict::Invalid("registration_authority", {{"authority", std::string(1, text[0])}});
    return check;
  }
  const char expected = UsccCheckCharacter(text);
  if (expected != text[17]) {
    check.verdict = IdVerdict::Invalid("check_character",
                                       {{"expected", std::string(1, expected)}, {"actual", std::string(1, text[17])}});
    return check;
  }
  for (const OrganizationType& type : kTypes) {
    if (type.authority == text[0] && type.type == text[1]) check.type_name = type.name;
  }
  if (check.type_name.empty()) {
    check.verdict = IdVerdict::Warning("organization_type",
                                       {{"authority", std::string(1, text[0])}, {"type", std::string(1, text[1])}});
  } else if (check.region_code.substr(0, 2) != "10" && ProvinceName(check.region_code).empty()) {
    // "100000" is the code of offices registered by central authorities.
    check.verdict = IdVerdict::Warning("region", {{"region", check.region_code}});
  }
  return check;
}

}  // namespace yaosu::law
