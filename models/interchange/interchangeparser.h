#pragma once

#include "interchangeformat.h"
#include "interchangevalues.h"

#include <QStringList>
#include <functional>
#include <vector>

class QIODevice;

// One record of a table as the file gives it, before any check.
struct InterchangeRecord
{
    const InterchangeFormat::Table *table = nullptr;
    int position = 0;                                 // in the table's list, from 0
    bool isObject = true;                             // false: the list holds something else here
    std::vector<InterchangeValues::FileValue> fields; // one per column; Missing when left out
    QStringList otherFields; // fields that are no column of the table, as given
};

// Reads an interchange file from a device a piece at a time with a SAX parser (nlohmann::json),
// so that no more than one record is held at once, and hands each part of it to a Visitor.
// Refuses, with a ValidationError, what no check after it could read: a file that is not
// JSON, and a field given twice in one object (JSON readers differ on which one counts).
class InterchangeParser
{
public:
    class Visitor
    {
    public:
        virtual ~Visitor() = default;
        // A field of the top-level object; lists and objects come by their kind only, but
        // "tables", when it is an object, is followed by its tables.
        virtual void header(const QString &name, const InterchangeValues::FileValue &value) = 0;
        // A field of "tables": `table` is null for a name the format does not know; a table
        // that is not a list has no records.
        virtual void tableBegins(const QString &name, const InterchangeFormat::Table *table,
                                 bool isList)
            = 0;
        virtual void record(const InterchangeRecord &record) = 0;
        virtual void tableEnds(const InterchangeFormat::Table &table, int records) = 0;
    };
    // `done` and `total` in bytes of the device.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Reads `device` from where it stands to its end. Returns false when the file's top level
    // is not an object (the rest was still read, as JSON). Throws ValidationError.
    static bool parse(QIODevice &device, Visitor &visitor, const Progress &progress = {});
};
