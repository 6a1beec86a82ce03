#pragma once

#include <QDate>
#include <QHash>
#include <QObject>

class Database;
class QUndoStack;
class RecordForm;
class UnitTreePanel;

// The unit tree's own edits, from its context menu: a new unit (under the one clicked), a unit's
// name, kind, place in the tree and supervising unit, merging one into another, retiring one
// abolished in a reorganisation (and restoring it), and deleting an empty unit. Each is an
// undoable command through the repository, audited, with the form the record-kind registry
// describes for units.
class UnitActions : public QObject
{
    Q_OBJECT

public:
    UnitActions(UnitTreePanel *panel, QUndoStack *undoStack);

    // No database, or one the account may not change: the menu offers nothing.
    void setDatabase(Database *database);

    // Each opens its form (and returns it, open, for the caller to watch); none without a
    // database that may be changed.
    RecordForm *newUnit(qint64 parentId);
    // The unit tree typed or pasted in one go (UnitTreeDialog); one step of the undo history.
    // Returns the number of units made.
    int enterUnits();
    // Makes the units `text` names without asking, for the window's tests too; throws
    // DataError on a refusal.
    int enterUnits(const QString &text, const QHash<QString, QString> &kinds = {});
    RecordForm *editUnit(qint64 unitId);
    void deleteUnit(qint64 unitId);
    // Asks which unit takes it over, then merges; one step of the undo history. Returns the
    // unit chosen, or 0 when none was.
    qint64 mergeUnit(qint64 unitId);
    // Merges without asking, for the window's tests too; throws DataError on a refusal.
    void merge(qint64 unitId, qint64 intoUnitId);
    // Asks the day, then retires the unit (one step of the undo history); true when it was.
    bool retireUnit(qint64 unitId);
    void restoreUnit(qint64 unitId);
    // Retires the unit on `day`, or restores it with an invalid day, without asking; throws
    // DataError on a refusal.
    void retire(qint64 unitId, const QDate &day);

private:
    void showMenu(const QPoint &position);

    UnitTreePanel *m_panel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    Database *m_database = nullptr;
};
