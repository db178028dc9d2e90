// Internal to formats/: the engine's strict UTF-8 decoder (core/text/utf8.h),
// under the names the format checkers use.
#pragma once

#include "core/text/utf8.h"

namespace yaosu::formats::internal {

using text::DecodeUtf8;
using text::IsValidUtf8;

}  // namespace yaosu::formats::internal
