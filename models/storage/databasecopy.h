#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>

// Copies a whole database into another one with the same schema, in the other engine: every
// table's rows with their keys as they are, the audit trail, its head and the count of record
// changes among them, none of the target's triggers firing (the counts and the trail are copied,
// not made again). The target must hold no records yet; what its set-up seeded (rules, articles,
// settings) gives way to the source's. One transaction on the target: all of it or nothing.
namespace DatabaseCopy {

struct Result
{
    int tables = 0;
    qint64 rows = 0;
};

// `progress` hears each table as it is copied, with its row count.
Result copy(const QSqlDatabase &from, const QSqlDatabase &to,
            const std::function<void(const QString &table, qint64 rows)> &progress = {});

} // namespace DatabaseCopy
