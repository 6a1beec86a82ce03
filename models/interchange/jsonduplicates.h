#pragma once

#include <QByteArray>
#include <QString>

// JSON parsers keep the last of a field given twice in one object; the interchange format
// refuses such a file (docs/interchange.md). This finds the first repeated field.
namespace JsonDuplicates {

struct Duplicate
{
    QString path;       // "tables.cadres[3].name"
    qint64 offset = -1; // where its second appearance starts
    bool found() const { return offset >= 0; }
};

Duplicate first(const QByteArray &json);

} // namespace JsonDuplicates
