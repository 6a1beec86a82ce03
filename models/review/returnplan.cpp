#include "returnplan.h"

#include <QSet>

#include <algorithm>

namespace {

QStringList planChangedColumns(const QString &table, const ReviewRows::Row &before,
                               const ReviewRows::Row &after)
{
    QStringList columns;
    for (const QString &column : ReviewRows::comparedColumns(table))
        if (!ReviewRows::same(before.value(column), after.value(column)))
            columns << column;
    return columns;
}

ReviewRows::Row planWithoutKey(ReviewRows::Row row)
{
    row.remove(QStringLiteral("id"));
    return row;
}

} // namespace

bool ReturnPlan::Conflict::operator==(const Conflict &other) const
{
    return table == other.table && id == other.id && column == other.column
           && ReviewRows::same(office, other.office) && ReviewRows::same(reviewer, other.reviewer)
           && removedInOffice == other.removedInOffice
           && removedByReviewer == other.removedByReviewer;
}

ReturnPlan ReturnPlan::make(const ReviewRows &base, const ReviewRows &returned,
                            const ReviewRows &office)
{
    ReturnPlan plan;
    QVector<Write> creates;
    QVector<Write> updates;
    QVector<Write> removes;
    for (const QString &table : ReviewRows::tables()) {
        const ReviewRows::Records &sent = base.records(table);
        const ReviewRows::Records &back = returned.records(table);
        const ReviewRows::Records &now = office.records(table);
        QSet<qint64> ids;
        for (auto it = sent.keyBegin(); it != sent.keyEnd(); ++it)
            ids.insert(*it);
        for (auto it = back.keyBegin(); it != back.keyEnd(); ++it)
            ids.insert(*it);
        QList<qint64> ordered(ids.begin(), ids.end());
        std::sort(ordered.begin(), ordered.end());

        for (const qint64 id : ordered) {
            const bool wasSent = sent.contains(id);
            const bool isBack = back.contains(id);
            const bool isHere = now.contains(id);
            if (!wasSent) {
                // Added on the review copy: a new record here, whatever its id there.
                plan.changes.append({Side::Reviewer, Kind::Added, table, id, {}});
                creates.append(
                    {Write::Kind::Create, table, id, planWithoutKey(back.value(id)), {}, -1});
                continue;
            }
            const ReviewRows::Row &before = sent.value(id);
            const QStringList byReviewer
                = isBack ? planChangedColumns(table, before, back.value(id)) : QStringList();
            const QStringList inOffice
                = isHere ? planChangedColumns(table, before, now.value(id)) : QStringList();
            if (isBack && isHere) {
                if (!inOffice.isEmpty())
                    plan.changes.append({Side::Office, Kind::Changed, table, id, inOffice});
                if (byReviewer.isEmpty())
                    continue;
                Write update{Write::Kind::Update, table, id, {}, {}, -1};
                QStringList taken;
                for (const QString &column : byReviewer) {
                    const QVariant theirs = back.value(id).value(column);
                    const QVariant ours = now.value(id).value(column);
                    if (!inOffice.contains(column)) {
                        update.values.insert(column, theirs);
                        taken << column;
                    } else if (!ReviewRows::same(theirs, ours)) {
                        update.contested.insert(column, int(plan.conflicts.size()));
                        plan.conflicts.append({table, id, column, ours, theirs, false, false, {}});
                        taken << column;
                    }
                }
                if (!taken.isEmpty()) {
                    plan.changes.append({Side::Reviewer, Kind::Changed, table, id, taken});
                    updates.append(update);
                }
            } else if (isBack) {
                // Removed in the office meanwhile: back only if the reviewer's changes are wanted.
                plan.changes.append({Side::Office, Kind::Removed, table, id, {}});
                if (byReviewer.isEmpty())
                    continue;
                const int conflict = int(plan.conflicts.size());
                plan.conflicts.append({table, id, {}, {}, {}, true, false, byReviewer});
                plan.changes.append({Side::Reviewer, Kind::Changed, table, id, byReviewer});
                updates.append({Write::Kind::Restore, table, id, back.value(id), {}, conflict});
            } else if (isHere) {
                plan.changes.append({Side::Reviewer, Kind::Removed, table, id, {}});
                int conflict = -1;
                if (!inOffice.isEmpty()) {
                    conflict = int(plan.conflicts.size());
                    plan.conflicts.append({table, id, {}, {}, {}, false, true, inOffice});
                    plan.changes.append({Side::Office, Kind::Changed, table, id, inOffice});
                }
                removes.prepend({Write::Kind::Remove, table, id, {}, {}, conflict});
            }
        }
        // Added in the office meanwhile: they stay, and are listed.
        for (auto it = now.keyBegin(); it != now.keyEnd(); ++it)
            if (!sent.contains(*it))
                plan.changes.append({Side::Office, Kind::Added, table, *it, {}});
    }
    // Parents are made before the records that refer to them, and records go before their
    // parents: the tables are in that order, and removals are gathered in reverse.
    plan.writes = creates + updates + removes;
    return plan;
}
