#include "integritycheck.h"

#include "statistics/statisticaggregates.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/schemacatalog.h"
#include "storage/schemacheck.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <climits>

IntegrityReport checkIntegrity(const Database &database)
{
    const QSqlDatabase db = database.connection();
    IntegrityReport report;
    report.schemaVersion = database.schemaVersion();
    report.latestSchemaVersion = Database::latestSchemaVersion();
    if (report.schemaVersion != report.latestSchemaVersion)
        report.problems << QCoreApplication::translate(
                               "IntegrityCheck",
                               "The schema is version %1; this program expects %2.")
                               .arg(report.schemaVersion)
                               .arg(report.latestSchemaVersion);

    const QStringList messages = SchemaCatalog::storageProblems(db);
    report.integrityOk = messages.isEmpty();
    if (!report.integrityOk)
        report.problems << QCoreApplication::translate("IntegrityCheck",
                                                       "SQLite integrity check failed: %1")
                               .arg(messages.join(QStringLiteral("; ")));

    report.foreignKeyViolations = int(SchemaCatalog::brokenReferences(db));
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
    // Grams of no cadre, or a cadre with search text and no grams, and short searches go wrong.
    const qint64 strayGrams
        = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT cadre_id FROM "
                                         "cadre_grams) g WHERE NOT EXISTS (SELECT 1 FROM cadres c "
                                         "WHERE c.id = g.cadre_id)"))
              .toLongLong();
    const qint64 withGrams
        = Sql::scalar(db, QStringLiteral("SELECT count(DISTINCT cadre_id) FROM cadre_grams"))
              .toLongLong();
    report.searchIndexOk
        = cadres == indexed && orphans == 0 && strayGrams == 0 && withGrams == indexed;
    if (!report.searchIndexOk)
        report.problems
            << QCoreApplication::translate(
                   "IntegrityCheck",
                   "The search index does not match the cadres (%1 cadres, %2 indexed).")
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
        report.problems << QCoreApplication::translate("IntegrityCheck",
                                                       "The audit trail is broken: %1.")
                               .arg(audit.problem);
    const QPair<qint64, QString> kept = AuditLog::storedHead(db);
    report.auditHeadAgrees
        = kept.first == audit.entries && (audit.entries == 0 || kept.second == audit.headHash);
    if (kept.first < 0)
        report.problems << QCoreApplication::translate(
            "IntegrityCheck", "The count kept beside the audit trail has been removed.");
    else if (audit.intact && !report.auditHeadAgrees)
        report.problems << QCoreApplication::translate(
                               "IntegrityCheck",
                               "The audit trail does not end where it was last written: it "
                               "should hold %1 entries but holds %2. Entries have been removed.")
                               .arg(kept.first)
                               .arg(audit.entries);

    const QStringList schema = SchemaCheck::differences(db);
    report.schemaOk = schema.isEmpty();
    // Only when the counting triggers are all in place does the count say anything.
    if (schema.isEmpty()) {
        const auto shown = [](const QString &at) {
            return QDateTime::fromString(at, Qt::ISODateWithMs)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        };
        const QVector<AuditLog::UnaccountedChanges> gaps = AuditLog::unaccountedChanges(db);
        for (const AuditLog::UnaccountedChanges &gap : gaps)
            report.unaccountedChanges += gap.changes;
        // The first few places are named; the rest are counted.
        const int named = 3;
        if (gaps.size() > named)
            report.problems << QCoreApplication::translate(
                "IntegrityCheck",
                "Changes to records or accounts were made outside the program at %n place(s) "
                "in the audit trail; the first are:",
                nullptr, int(gaps.size()));
        for (const AuditLog::UnaccountedChanges &gap : gaps.mid(0, named)) {
            const int changes = int(qMin<qint64>(gap.changes, INT_MAX));
            if (gap.afterEntry == 0)
                report.problems << QCoreApplication::translate(
                    "IntegrityCheck",
                    "%n change(s) to records or accounts were made outside the program before "
                    "the first audit entry that counts them: no entry accounts for them.",
                    nullptr, changes);
            else if (gap.beforeEntry == 0)
                report.problems << QCoreApplication::translate(
                                       "IntegrityCheck",
                                       "%n change(s) to records or accounts were made outside "
                                       "the program after audit entry %1 (%2): no entry "
                                       "accounts for them.",
                                       nullptr, changes)
                                       .arg(gap.afterEntry)
                                       .arg(shown(gap.afterTime));
            else
                report.problems << QCoreApplication::translate(
                                       "IntegrityCheck",
                                       "%n change(s) to records or accounts were made outside "
                                       "the program between audit entries %1 (%2) and %3: no "
                                       "entry accounts for them.",
                                       nullptr, changes)
                                       .arg(gap.afterEntry)
                                       .arg(shown(gap.afterTime))
                                       .arg(gap.beforeEntry);
        }
    }
    report.problems << schema;
    return report;
}
