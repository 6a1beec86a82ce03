#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// A CSV file's text and rows.
namespace CsvText {

// The file's bytes as text: UTF-8 or UTF-16 with a byte-order mark, UTF-8 without one, or else
// GB18030, which Chinese Excel and WPS write by default.
QString decode(const QByteArray &bytes);

// The rows of the text (RFC 4180: quoted cells may hold separators, quotes doubled and line
// breaks), separated by commas — or by tabs or semicolons when the first line has more of those.
QVector<QStringList> rows(const QString &text);

} // namespace CsvText
