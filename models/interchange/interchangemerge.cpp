#include "interchangemerge.h"

#include "access/access.h"
#include "domain/dataerror.h"
#include "interchangemergerun.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QFileInfo>

MergeCounts MergeReport::total() const
{
    MergeCounts sum;
    for (const auto &[table, counts] : tables) {
        sum.created += counts.created;
        sum.updated += counts.updated;
        sum.same += counts.same;
    }
    return sum;
}

QString MergeReport::tableCounts() const
{
    QStringList parts;
    for (const auto &[table, counts] : tables) {
        QStringList numbers;
        if (counts.created > 0)
            numbers << InterchangeMerge::tr("%1 new").arg(counts.created);
        if (counts.updated > 0)
            numbers << InterchangeMerge::tr("%1 updated").arg(counts.updated);
        if (counts.same > 0)
            numbers << InterchangeMerge::tr("%1 same").arg(counts.same);
        if (!numbers.isEmpty())
            parts << QStringLiteral("%1: %2").arg(table, numbers.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QJsonObject MergeReport::auditRecord() const
{
    QJsonObject counted;
    for (const auto &[table, counts] : tables)
        counted.insert(table, QJsonObject{{QStringLiteral("new"), counts.created},
                                          {QStringLiteral("updated"), counts.updated},
                                          {QStringLiteral("same"), counts.same}});
    return {{QStringLiteral("file"), filePath},
            {QStringLiteral("file_sha256"), fileSha256},
            {QStringLiteral("merged"), true},
            {QStringLiteral("tables"), counted}};
}

InterchangeMerge::InterchangeMerge(Database &database)
    : m_database(database)
{}

MergeReport InterchangeMerge::plan(const InterchangeDocument &document, const QString &filePath,
                                   const QString &fileSha256)
{
    return run(document, filePath, fileSha256, true);
}

MergeReport InterchangeMerge::apply(const InterchangeDocument &document, const QString &filePath,
                                    const QString &fileSha256)
{
    return run(document, filePath, fileSha256, false);
}

MergeReport InterchangeMerge::run(const InterchangeDocument &document, const QString &filePath,
                                  const QString &fileSha256, bool trial)
{
    Access::require(m_database, Permission::ImportData);
    MergeReport report;
    report.filePath = filePath;
    report.fileSha256 = fileSha256;
    report.receipt.fileName = QFileInfo(filePath).fileName();
    // A trial is never committed: the transaction is taken back when it goes.
    Transaction transaction(m_database.connection());
    InterchangeMerging::MergeRun run(m_database, report);
    for (const InterchangeRows &rows : document.tables)
        if (rows.present)
            run.mergeTable(rows);
    run.finish();
    if (!report.problems.isEmpty()) {
        if (trial)
            return report;
        throw MergeRefused(tr("The file has %n problem(s) with this database; nothing was "
                              "imported. %1",
                              "", int(report.problems.size()))
                               .arg(report.problems.first()),
                           report.problems);
    }
    AuditEntry entry;
    entry.action = QStringLiteral("import");
    entry.entity = QStringLiteral("database");
    entry.after = report.auditRecord();
    AuditLog::append(m_database, entry);
    if (!trial)
        transaction.commit();
    return report;
}
