#pragma once

#include "interchangeformat.h"

#include <QByteArray>
#include <QJsonValue>
#include <QVariantList>

// Values between the database, the file and the messages that name a place in the file.
namespace InterchangeValues {

// One value as a file gives it, read a field at a time: lists and objects only by their kind.
struct FileValue
{
    enum class Kind { Missing, Null, Boolean, Integer, Number, Text, List, Object };
    Kind kind = Kind::Missing;
    bool boolean = false;
    qint64 integer = 0; // Integer
    double number = 0;  // Number: a fraction, or a whole number too large for Integer
    QString text;

    bool isMissing() const { return kind == Kind::Missing; }
    // A whole number, as Integer or as a Number without fraction that fits; false otherwise.
    bool wholeNumber(qint64 &result) const;
};

// The key of a record as a reader sees it: "id 13", "key \"x\"", "clue_id 1, cadre_id 5".
// `values` follow the table's columns; empty when a key value is missing.
QString keyText(const InterchangeFormat::Table &table, const QVariantList &values);
// "cadres[12] (id 13)"; without a position (-1) "cadres (id 13)"; without a key "cadres[12]".
QString place(const InterchangeFormat::Table &table, int position, const QString &key);
// A value as a message shows it: "text", 12, null.
QString shown(const QVariant &value);
// A value read from a file as a message shows it: text "abc", the number 1.5, a list …
QString shownJson(const FileValue &value);

// Converts a value read from a file for `column`. Returns false and sets `problem` (the part
// of a message after the field name) when the value does not fit.
bool fromJson(const FileValue &value, const InterchangeFormat::Column &column, QVariant &result,
              QString &problem);
// The same for a value of a JSON document already in memory.
bool fromJson(const QJsonValue &value, const InterchangeFormat::Column &column, QVariant &result,
              QString &problem);
// Why a value stored in the database cannot be carried as `column`; empty when it can.
QString storedValueProblem(const QVariant &value, const InterchangeFormat::Column &column);

void appendString(QByteArray &out, const QString &text);
// Appends a stored value (already checked) as JSON.
void appendValue(QByteArray &out, const QVariant &value, const InterchangeFormat::Column &column);

} // namespace InterchangeValues
