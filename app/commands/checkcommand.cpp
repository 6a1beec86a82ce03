#include "access/access.h"
#include "access/auditseals.h"
#include "backup/integritycheck.h"
#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "statistics/statisticaggregates.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/serversecurity.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace Commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

QString yesNo(bool ok)
{
    return ok ? tr("ok") : tr("FAILED");
}

// The administrator's recount, in one transaction with its audit entry.
void rebuildStatistics(Database &database)
{
    Access::require(database, Permission::ChangeSettings);
    Transaction transaction(database.connection());
    StatisticAggregates::rebuild(database.connection());
    AuditLog::append(
        database, {QStringLiteral("statistics.rebuild"), QStringLiteral("database"), 0, 0, {}, {}});
    transaction.commit();
}

} // namespace

int check(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check the schema and its objects, SQLite integrity, foreign keys, the search index, "
           "the audit chain with its kept count and its seals, and the kept statistics."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption rebuild(
        QStringLiteral("rebuild-statistics"),
        tr("Recount the kept statistic counts from the records (the administrator; audited)."));
    const QCommandLineOption seals(
        QStringLiteral("seals"),
        tr("The seal file to check the trail against (else the one the settings name, or the "
           "one beside the database)."),
        QStringLiteral("file"));
    const QCommandLineOption code(
        QStringLiteral("code"),
        tr("Say whether a printed paper's verification code still belongs to the trail."),
        QStringLiteral("code"));
    parser.addOptions({db, rebuild, seals, code});
    if (!parse(parser, arguments))
        return UsageError;
    if (!requireOption(parser, db))
        return UsageError;
    try {
        const auto database = openDatabase(parser, !parser.isSet(rebuild));
        if (parser.isSet(rebuild))
            rebuildStatistics(*database);
        const QSqlDatabase connection = database->connection();
        // An account's own server role sees part of the trail, which would read as a broken one.
        if (!ServerSecurity::readsWholeTrail(connection))
            return failure(tr("On the server, check reads the whole audit trail, which only the "
                              "auditor's account and the database owner's server account may "
                              "read. Run it with one of them."));
        const IntegrityReport report = checkIntegrity(*database);
        const QString sealFile = parser.isSet(seals)
                                     ? parser.value(seals)
                                     : AuditSeals::sealFile(connection, database->path());
        const AuditSeals::Verification sealCheck = AuditSeals::verify(connection, sealFile);
        QStringList problems = report.problems;
        problems << sealCheck.problems;
        out() << tr("schema version: %1 of %2")
                     .arg(report.schemaVersion)
                     .arg(report.latestSchemaVersion)
              << '\n'
              << tr("schema objects: %1").arg(yesNo(report.schemaOk)) << '\n'
              << tr("integrity: %1").arg(yesNo(report.integrityOk)) << '\n'
              << tr("foreign keys: %1").arg(yesNo(report.foreignKeyViolations == 0)) << '\n'
              << tr("search index: %1").arg(yesNo(report.searchIndexOk)) << '\n'
              << tr("audit chain: %1 (%2 entries, head %3)")
                     .arg(yesNo(report.auditChainOk && report.auditHeadAgrees))
                     .arg(report.auditEntries)
                     .arg(report.auditHead)
              << '\n'
              << (sealCheck.seals == 0
                      ? tr("seals: none yet — the security auditor seals the trail")
                      : tr("seals: %1 (%2 checked)")
                            .arg(yesNo(sealCheck.problems.isEmpty()))
                            .arg(sealCheck.seals))
              << '\n'
              << tr("statistic counts: %1").arg(yesNo(report.statisticDrifts == 0)) << Qt::endl;
        // Seals of a trail that a recorded restore replaced: told, not problems.
        for (const QString &replaced : sealCheck.replaced)
            out() << replaced << '\n';
        if (parser.isSet(code)) {
            QString explanation;
            const bool matches
                = AuditLog::codeMatches(connection, parser.value(code), &explanation);
            out() << tr("verification code %1: %2")
                         .arg(parser.value(code).trimmed(),
                              matches && report.auditChainOk ? tr("verified") : tr("NOT VERIFIED"))
                  << '\n'
                  << explanation << Qt::endl;
            if (!matches)
                problems.prepend(explanation);
        }
        if (!sealCheck.firstBroken.isEmpty())
            problems.prepend(sealCheck.firstBroken);
        if (!problems.isEmpty())
            return failure(problems.join(QLatin1Char(' ')));
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
