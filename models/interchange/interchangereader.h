#pragma once

#include "interchangeformat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVariantList>
#include <vector>

// The records of one table as read from a file, checked and converted for binding.
struct InterchangeRows
{
    struct Row
    {
        QVariantList values; // one per column of the table, in its order
        quint64 given = 0;   // bit i: column i was in the file (the rest take the default)
    };

    const InterchangeFormat::Table *table = nullptr;
    bool present = false; // whether the file carries the table at all
    std::vector<Row> rows;

    // The position of the record keyed `id` in the file, or -1.
    int positionOfId(qint64 id) const;
};

// A whole file, every table of the format in its order.
struct InterchangeDocument
{
    int version = 0;
    int schemaVersion = 0;
    std::vector<InterchangeRows> tables;
};

// Parses and checks a whole interchange file before anything is written: JSON syntax, format
// and version, known tables and fields, required fields, types, dates, unique keys and
// references between records. Throws a ValidationError naming the first offending place
// (record and field) and how many more problems the file has.
class InterchangeReader
{
public:
    InterchangeDocument read(const QByteArray &json);

private:
    void readHeader(const QJsonObject &top, InterchangeDocument &document) const;
    void readTable(const QJsonValue &value, InterchangeRows &rows);
    void readRow(const QJsonValue &value, int position, InterchangeRows &rows);
    void checkKeys(const InterchangeRows &rows);
    void checkReferences(const InterchangeDocument &document);
    void problem(const QString &field, const QString &message);

    QString m_firstField;
    QString m_firstMessage;
    qint64 m_problems = 0;
};
