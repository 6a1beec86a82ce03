#pragma once

#include <algorithm>

// CJK radicals and strokes have unified ideographs that look the same (⽉ U+2F49 and 月 U+6708),
// and CJK fonts often draw both with one glyph. The table is the Unicode Character Database's.
namespace UnifiedIdeographs {

// The ideograph `codePoint` stands for, or 0 when it is not a radical or stroke that has one.
char32_t equivalent(char32_t codePoint);

} // namespace UnifiedIdeographs
