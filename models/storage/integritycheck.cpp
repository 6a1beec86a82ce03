#include "integritycheck.h"

#include "auditlog.h"
#include "database.h"
#include "sql.h"
#include "statistics/statisticaggregates.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IntegrityCheck", text);
}

} // namespace

IntegrityReport checkIntegrity(const Database &database)
{
    const QSqlDatabase db = database.connection();
    IntegrityReport report;
    report.schemaVersion = database.schemaVersion();
    report.latestSchemaVersion = Database::latestSchemaVersion();
    if (report.schemaVersion != report.latestSchemaVersion)
        report.problems << tr("The schema is version %1; this program expects %2.")
                               .arg(report.schemaVersion)
                               .arg(report.latestSchemaVersion);

    QSqlQuery integrity = Sql::run(db, QStringLiteral("PRAGMA integrity_check"));
    QStringList messages;
    while (integrity.next())
        messages << integrity.value(0).toString();
    report.integrityOk = messages == QStringList{QStringLiteral("ok")};
    if (!report.integrityOk)
        report.problems
            << tr("SQLite integrity check failed: %1").arg(messages.join(QStringLiteral("; ")));

    QSqlQuery foreignKeys = Sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    while (foreignKeys.next())
        ++report.foreignKeyViolations;
    if (report.foreignKeyViolations > 0)
        report.problems << QCoreApplication::translate(
            "IntegrityCheck", "%n record(s) point to records that do not exist.", nullptr,
            report.foreignKeyViolations);

    const qint64 cadres
        = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cadres")).toLongLong();
    const qint64 indexed
        = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cadre_search")).toLongLong();
    const qint64 orphans
        = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cadre_search s WHERE NOT "
                                         "EXISTS (SELECT 1 FROM cadres c WHERE c.id = s.rowid)"))
              .toLongLong();
    report.searchIndexOk = cadres == indexed && orphans == 0;
    if (!report.searchIndexOk)
        report.problems << tr("The search index does not match the cadres (%1 cadres, %2 indexed).")
                               .arg(cadres)
                               .arg(indexed);

    const QVector<AggregateDrift> drifts = StatisticAggregates::verify(db);
    report.statisticDrifts = drifts.size();
    if (!drifts.isEmpty()) {
        const AggregateDrift &first = drifts.first();
        report.problems << QCoreApplication::translate(
                               "IntegrityCheck",
                               "%1 statistic counts differ from the records (first: %2 in %3, "
                               "unit %4: kept %5, counted %6); run check --rebuild-statistics.")
                               .arg(drifts.size())
                               .arg(first.indicator, first.period)
                               .arg(first.unitId)
                               .arg(first.kept)
                               .arg(first.counted);
    }

    const AuditLog::Verification audit = AuditLog::verify(db);
    report.auditEntries = audit.entries;
    report.auditChainOk = audit.intact;
    report.auditHead = audit.headHash;
    if (!audit.intact)
        report.problems << tr("The audit trail is broken: %1.").arg(audit.problem);
    return report;
}
