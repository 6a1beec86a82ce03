#pragma once

#include "recordcommand.h"
#include "records/recordrepository.h"

#include <QCoreApplication>

// Merges one unit into another, as when two townships become one: every record that names the
// unit — its cadres, the units under it, posts held there, inspections, notices, cases,
// self-examinations, events, power lists — names the other instead, and the unit goes. Undo
// puts the unit back and each record where it was. A unit is never merged into itself or into
// a unit below it, nor while accounts are limited to it (their units are the security
// administrator's to change first).
class MergeUnitsCommand : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeUnitsCommand)

public:
    MergeUnitsCommand(Database &database, qint64 unitId, qint64 intoUnitId);

    // The records that were moved, by table, for the message after it.
    int movedRecords() const { return int(m_moved.size()); }

protected:
    void apply() override;
    void revert() override;

private:
    struct Moved
    {
        QString table;
        qint64 id = 0;
        QString column;
    };
    void check() const;

    qint64 m_unit = 0;
    qint64 m_into = 0;
    QVector<Moved> m_moved;
    QVector<StoredRow> m_removed;
};
