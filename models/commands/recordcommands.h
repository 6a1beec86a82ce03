#pragma once

#include <QDate>
#include <QString>
#include <QVariantMap>
#include <QVector>

class Database;
class QUndoStack;

// A link row that ties a new record to a cadre, e.g. clue_subjects with the new clue's id in
// `column` ("clue_id") and the cadre in `values`.
struct SubjectLink
{
    QString table;
    QString column;
    QVariantMap values;
};

// The rows a record's form edits with it, stored in `table` under the record's id in
// `parentColumn` and matched on `keyColumn`: a personal-matters report's 14 items, an
// inspection's checklist. Left empty, the record's details are not touched.
struct RecordDetails
{
    QString table;
    QString parentColumn;
    QString keyColumn;
    QVector<QVariantMap> rows;

    bool isSet() const { return !table.isEmpty(); }
};

// One step along a clue's workflow; the operator is the database's actor.
struct ClueStep
{
    qint64 clueId = 0;
    QString toState;
    QDate date;
    QString approvedBy;
    QString note;
    QString outcome; // for the subjects, when the clue closes
    // The state the user saw the clue in; a clue moved meanwhile is refused (ConflictError).
    QString fromState;
};

// The edits the window makes to dossier records. Each runs at once through RecordRepository
// and is pushed on `stack` for undo and redo. A refused edit throws DataError (a
// ValidationError names the field) and pushes nothing. Views call these, never `new` a command.
namespace RecordCommands {

// Returns the new record's id.
// The record, its links and its details are written in one transaction.
qint64 create(QUndoStack *stack, Database &database, const QString &table,
              const QVariantMap &values, const QVector<SubjectLink> &links = {},
              const RecordDetails &details = {});
// Pushes nothing when the values and details match what is stored.
// `loadedVersion` (RecordRepository::version of the record as the editor read it) refuses a
// save or removal over someone else's newer change with a ConflictError.
void update(QUndoStack *stack, Database &database, const QString &table, qint64 id,
            const QVariantMap &values, const RecordDetails &details = {},
            const QString &loadedVersion = {});
void remove(QUndoStack *stack, Database &database, const QString &table, qint64 id,
            const QString &loadedVersion = {});
// Returns the new step's id.
qint64 advanceClue(QUndoStack *stack, Database &database, const ClueStep &step);

} // namespace RecordCommands
