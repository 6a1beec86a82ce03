#pragma once

#include <QString>

// The demo writers' shorthands for stored keys (ASCII) and Chinese text in the source.
namespace DemoStrings {

inline QString key(const char *ascii)
{
    return QString::fromLatin1(ascii);
}

inline QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace DemoStrings
