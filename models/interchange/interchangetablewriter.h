#pragma once

#include "interchangereader.h"

#include <QHash>
#include <QSqlQuery>
#include <functional>
#include <memory>

class Database;

// Writes the records of one table as an import reads them, one at a time, with the ids of the
// file; a record the database refuses is named with its field and the rule it breaks.
class InterchangeTableWriter
{
public:
    InterchangeTableWriter(const Database &database, const InterchangeFormat::Table &table);

    // Empties a table the file replaces (settings, rules), but for what is the database's own.
    void replaceDefaults() const;
    // Throws ValidationError.
    void write(int position, const InterchangeRows::Row &row);
    // The rows written and replaced so far in a table whose changes the trail counts.
    qint64 changed() const { return m_changed; }

private:
    [[noreturn]] void refuseRow(int position, const QVariantList &values,
                                const QString &error) const;

    const Database &m_database;
    const InterchangeFormat::Table &m_table;
    bool m_settings;
    bool m_counted = false;
    // One statement per set of given fields; left-out fields take the schema's default.
    QHash<quint64, QSqlQuery> m_statements;
    mutable qint64 m_changed = 0;
};

// Writes a checked file as a second reading of it brings its records, each table whole and in
// the format's order (each after the tables it refers to): a file that gives its tables in
// that order is read once more, another as often as its order needs. Only the record being
// written is held.
class InterchangeStreamWriter : public InterchangeParser::Visitor
{
public:
    using Progress = std::function<void(qint64 written, qint64 total)>;

    InterchangeStreamWriter(const Database &database, const InterchangeDocument &checked,
                            const Progress &progress);
    // Reads `device` from where it stands; throws DataError.
    void writeAll(QIODevice &device);

    void header(const QString &, const InterchangeValues::FileValue &) override {}
    void tableBegins(const QString &name, const InterchangeFormat::Table *table,
                     bool isList) override;
    void record(const InterchangeRecord &record) override;
    void tableEnds(const InterchangeFormat::Table &table, int records) override;
    // The rows written and replaced by every table so far.
    qint64 changed() const { return m_changed + (m_writer ? m_writer->changed() : 0); }

private:
    // The first table of the format the file carries that is not written yet; -1 for none.
    int nextTable() const;
    [[noreturn]] void fileChanged() const;
    void closeWriter();

    const Database &m_database;
    const InterchangeDocument &m_checked;
    Progress m_progress;
    std::vector<bool> m_written;
    std::unique_ptr<InterchangeTableWriter> m_writer;
    QString m_fileName;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_changed = 0;
};
