#pragma once

// The work of one merge (InterchangeMerge), shared by its two source files: the records, units
// and links in interchangemergerun.cpp, the clues' steps in interchangemergeclues.cpp.

#include "interchangeformat.h"
#include "interchangemerge.h"
#include "interchangereader.h"
#include "records/recordchecks.h"
#include "records/recordrepository.h"

#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantMap>
#include <QVector>

class Database;

namespace InterchangeMerging {

using InterchangeFormat::Column;
using InterchangeFormat::Table;

// The fields of a value as the merge compares them: null and empty alike, booleans as 0 and 1.
QString text(const QVariant &value);
// The values of `columns`, joined into one key.
QString joined(const QVariantMap &values, const QStringList &columns);
// The columns that tell one record of `table` from another, beside its id.
QStringList matchColumns(const QSqlDatabase &db, const InterchangeFormat::Table &table);
// Whether two copies of one record may differ in `column` and still be the same.
bool compared(const InterchangeFormat::Table &table, const InterchangeFormat::Column &column);

class MergeRun
{
public:
    MergeRun(Database &database, MergeReport &report)
        : m_database(database)
        , m_db(database.connection())
        , m_repository(database)
        , m_checks(m_db)
        , m_report(report)
    {}

    void mergeTable(const InterchangeRows &rows);
    void finish();

private:
    struct FileStep
    {
        const InterchangeRows *rows = nullptr;
        int position = 0;
    };
    struct SubjectOutcome
    {
        const InterchangeRows *rows = nullptr;
        int position = 0;
        qint64 clueId = 0;
        qint64 cadreId = 0;
        QVariant outcome;
    };

    MergeCounts &counts(const QString &table);
    void problem(const InterchangeRows &rows, int position, const QString &message);
    // The row's given fields with the ids of this database; false when it refers to a record
    // the merge refused (already reported) and is skipped.
    bool localValues(const InterchangeRows &rows, int position, QVariantMap &values,
                     int leftOut = -1) const;
    qint64 fileId(const InterchangeRows &rows, int position) const;

    void mergeUnits(const InterchangeRows &rows);
    void mergeRecord(const InterchangeRows &rows, int position, QVariantMap values);
    void mergeLink(const InterchangeRows &rows, int position);
    // The stored records the row could describe, not yet taken by an earlier row.
    QVector<qint64> candidates(const Table &table, const QVariantMap &values);
    QVector<qint64> cadreCandidates(const QVariantMap &values, QString &why);
    const QMultiHash<QString, qint64> &index(const QString &table, const QStringList &columns);
    qint64 createRecord(const Table &table, QVariantMap values);
    void updateRecord(const Table &table, qint64 id, const QVariantMap &stored,
                      const QVariantMap &values);
    QVariantMap differences(const Table &table, const QVariantMap &stored,
                            const QVariantMap &values) const;

    void mergeClueSteps();
    void mergeSubjectOutcomes();

    Database &m_database;
    QSqlDatabase m_db;
    RecordRepository m_repository;
    RecordChecks m_checks;
    MergeReport &m_report;

    QHash<QString, QHash<qint64, qint64>> m_ids; // table → id in the file → id here
    QHash<QString, QSet<qint64>> m_refused;      // table → ids in the file refused
    QHash<QString, QSet<qint64>> m_claimed;      // table → ids here matched already
    QHash<QString, QMultiHash<QString, qint64>> m_indexes;
    QHash<QString, QStringList> m_matchColumns;
    QHash<qint64, QString> m_identityNumbers;     // the stored cadres' identity numbers
    QVector<QPair<qint64, qint64>> m_supervising; // new unit here, its supervising unit's file id
    QVector<qint64> m_clueOrder;                  // clues in the file with steps, in order
    QHash<qint64, QVector<FileStep>> m_steps;     // clue's id in the file → its steps
    QVector<SubjectOutcome> m_outcomes;
    QSet<qint64> m_movedClues;   // clues here that took steps from the file
    QSet<qint64> m_refusedClues; // clues here whose steps the file could not give
};

} // namespace InterchangeMerging
