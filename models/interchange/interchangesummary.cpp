#include "interchangesummary.h"

#include <QStringList>

void InterchangeSummary::add(const QString &table, qint64 count)
{
    tableRows.emplace_back(table, count);
    rows += count;
}

qint64 InterchangeSummary::rowsOf(const QString &table) const
{
    for (const auto &[name, count] : tableRows)
        if (name == table)
            return count;
    return 0;
}

QString InterchangeSummary::tableCounts() const
{
    QStringList parts;
    for (const auto &[name, count] : tableRows)
        if (count > 0)
            parts << QStringLiteral("%1 %2").arg(name).arg(count);
    return parts.join(QStringLiteral(", "));
}

QJsonObject InterchangeSummary::auditRecord() const
{
    QJsonObject tables;
    for (const auto &[name, count] : tableRows)
        tables.insert(name, count);
    QJsonObject record{{QStringLiteral("file"), filePath},
                       {QStringLiteral("file_sha256"), fileSha256},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("tables"), tables}};
    if (encrypted)
        record.insert(QStringLiteral("encrypted"), true);
    return record;
}
