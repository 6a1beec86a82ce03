#pragma once

#include "domain/dataerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

class Database;

// One row as stored, keys included (id, or both ids of a link row), to be put back exactly.
struct StoredRow
{
    QString table;
    QVariantMap values;
};

// The only write path for dossier records. Every create, change and delete is one transaction
// that also appends an audit entry with the fields before and after. Values are bound, never
// pasted; tables and columns are checked against the schema; domain rules are enforced here
// (legal clue steps, date order), so the window, the command line and imports all obey them.
// Its clue workflow lives in clueworkflow.cpp, its detail rows in recorddetailrows.cpp.
class RecordRepository
{
public:
    explicit RecordRepository(Database &database);

    // The record tables this repository writes (id-keyed).
    static QStringList tables();
    // The link tables keyed by two ids, e.g. clue_subjects (clue_id, cadre_id).
    static QStringList linkTables();

    qint64 create(const QString &table, const QVariantMap &values);
    // Changes only the fields given; unchanged values leave no audit noise. With `loadedVersion`
    // (version() of the record as the editor read it), a record someone else changed since is
    // not overwritten: a ConflictError carries both versions.
    void update(const QString &table, qint64 id, const QVariantMap &values,
                const QString &loadedVersion = {});
    void remove(const QString &table, qint64 id, const QString &loadedVersion = {});
    QVariantMap load(const QString &table, qint64 id) const;
    // A record's version: a digest of everything load() gives of it. Equal versions, equal
    // records.
    static QString version(const QVariantMap &record);

    void link(const QString &table, const QVariantMap &values);
    void unlink(const QString &table, const QVariantMap &key);

    // Makes the rows of `table` that belong to parent `parentId` (through `parentColumn`) be
    // exactly `rows`, matched on `keyColumn`: the 14 items of a personal-matters report, the
    // checklist of an inspection. Only what changed is written, one audit entry per row, all
    // in one transaction.
    void replaceDetails(const QString &table, const QString &parentColumn, qint64 parentId,
                        const QString &keyColumn, const QVector<QVariantMap> &rows);
    QVector<QVariantMap> loadDetails(const QString &table, const QString &parentColumn,
                                     qint64 parentId) const;

    // Moves a clue one step along its workflow; refuses illegal steps and steps dated before
    // the previous one. `outcome` (for the subjects) applies when the clue closes. A step taken
    // again (redone) keeps `stepId`, the id it had; a new step gets the next one.
    // With `fromState` (the state the user saw), a clue someone moved meanwhile is refused with
    // a ConflictError, so that one step is never taken twice.
    qint64 advanceClue(qint64 clueId, const QString &toState, const QDate &date,
                       const QString &approvedBy = {}, const QString &note = {},
                       const QString &outcome = {}, qint64 stepId = 0,
                       const QString &fromState = {});
    // Takes back a clue's latest step, to undo it: removes the step and puts the clue's state,
    // disposition and date, and its subjects' outcomes, back as they were before the step.
    void retractClueStep(qint64 stepId, const QVariantMap &clueBefore,
                         const QVector<QVariantMap> &subjectsBefore);

    // Puts rows back exactly as they were, to undo a delete or redo a create: a missing row is
    // inserted with its key, an existing one gets the fields given. Parents come before the
    // rows that refer to them. One transaction, one audit entry per row.
    void restore(const QVector<StoredRow> &rows);

private:
    QVariantMap read(const QString &table, qint64 id, bool forWriting) const;
    QVariantMap loadForWriting(const QString &table, qint64 id) const;
    // The refusal of a save over someone else's newer change (or removal).
    ConflictError conflict(const QString &table, qint64 id, const QVariantMap &mine,
                           const QVariantMap &theirs) const;
    QStringList columns(const QString &table) const;
    QStringList requiredColumns(const QString &table) const;
    // Inserts the checked values with bound placeholders; returns the new row id.
    // Whether the table's rows are known by an `id` the database gives them.
    bool keyedById(const QString &table) const;
    qint64 insertRow(const QString &table, const QVariantMap &values) const;
    void checkColumns(const QString &table, QVariantMap &values) const;
    void validate(const QString &table, const QVariantMap &record) const;
    // A retired unit holds no serving cadre and no unit in use (units and cadres).
    void validateRetirement(const QString &table, const QVariantMap &record) const;
    void prepareCadre(QVariantMap &values, bool creating) const;
    void refreshSearch(const QString &table, qint64 id) const;
    qint64 cadreOf(const QString &table, const QVariantMap &record) const;
    void restoreRow(const StoredRow &row);

    Database &m_database;
    QSqlDatabase m_db;
    // A write prepared once per repository: a write compiles the triggers of its table, and
    // the statistics' triggers read a large view, so a repository that writes many records (an
    // import) prepares each kind of write only once. Bind, exec, then finish() it.
    QSqlQuery &prepared(const QString &statement) const;
    mutable QHash<QString, QSqlQuery> m_statements;
};
