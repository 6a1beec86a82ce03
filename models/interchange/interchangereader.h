#pragma once

#include "domain/dataerror.h"
#include "interchangeformat.h"
#include "interchangeparser.h"

#include <QByteArray>
#include <QVariantList>
#include <optional>
#include <vector>

class QIODevice;

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
    qint64 count = 0;     // records in the file, whether `rows` keeps them or not
    std::vector<Row> rows;
    std::vector<qint64> ids; // the key of each record, for a table keyed "id"

    // The position of the record keyed `id` in the file, or -1.
    int positionOfId(qint64 id) const;
    // "id 13" for the record at `position`; empty when it cannot be told.
    QString keyAt(int position) const;
};

// A whole file, every table of the format in its order.
struct InterchangeDocument
{
    int version = 0;
    int schemaVersion = 0;
    std::vector<InterchangeRows> tables;
    bool rowsKept = false;
    // The first rule of the domain the file breaks (InterchangeChecks), refused where the
    // import checks them.
    std::optional<ValidationError> brokenRule;
};

// Parses and checks a whole interchange file before anything is written: JSON syntax, format
// and version, known tables and fields, required fields, types, dates, unique keys and
// references between records. Throws a ValidationError naming the first offending place
// (record and field) and how many more problems the file has.
//
// The file is read a piece at a time (InterchangeParser); a check that keeps no rows holds
// only their keys, so a large file is checked in little memory and then read a second time
// to be written (InterchangeImporter).
class InterchangeReader
{
public:
    using Progress = InterchangeParser::Progress;

    // Reads `device` from where it stands; with `keepRows` false the document holds each
    // table's count and keys but not its rows.
    InterchangeDocument read(QIODevice &device, bool keepRows = true,
                             const Progress &progress = {});
    InterchangeDocument read(const QByteArray &json);

    // Converts a record as the check does; false when the record has a problem.
    static bool convert(const InterchangeRecord &record, InterchangeRows::Row &row);
};
