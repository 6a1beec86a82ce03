#pragma once

#include "reviewrows.h"

#include <QMap>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

// How a return package's records and the office's records now each differ from the records as
// they were sent (the base), record by record and field by field. A field changed on one side
// only is taken from that side: the reviewer's change is written, the office's stays. A field
// both sides changed to different values is a conflict, for a person to decide; so is a record
// one side removed and the other changed. Records the reviewer added are added; records the
// reviewer removed, and the office left alone, are removed.
struct ReturnPlan
{
    enum class Side { Reviewer, Office };
    enum class Kind { Added, Changed, Removed };

    struct Change
    {
        Side side = Side::Reviewer;
        Kind kind = Kind::Changed;
        QString table;
        qint64 id = 0; // the office's id; the review copy's for a record the reviewer added
        QStringList columns;
    };

    struct Conflict
    {
        QString table;
        qint64 id = 0;
        QString
            column; // empty: the record as a whole, removed on one side and changed on the other
        QVariant office;
        QVariant reviewer;
        bool removedInOffice = false;
        bool removedByReviewer = false;
        QStringList changedColumns; // for a record as a whole: what the other side changed

        bool operator==(const Conflict &other) const;
    };

    // One write of the merge. An update writes `values` and, of `contested` (column →
    // conflict), the columns whose conflict was decided for the reviewer; any other write with
    // a `conflict` is made only when that one was.
    struct Write
    {
        enum class Kind { Create, Update, Restore, Remove };
        Kind kind = Kind::Update;
        QString table;
        qint64 id = 0; // a created record's id on the review copy
        QVariantMap values;
        QMap<QString, int> contested;
        int conflict = -1;
    };

    QVector<Change> changes;
    QVector<Conflict> conflicts;
    QVector<Write>
        writes; // in the order they are made: parents before the records that refer to them

    static ReturnPlan make(const ReviewRows &base, const ReviewRows &returned,
                           const ReviewRows &office);
};
