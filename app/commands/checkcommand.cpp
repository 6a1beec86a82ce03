#include "commandline.h"
#include "commands.h"
#include "statistics/statisticaggregates.h"
#include "storage/database.h"
#include "storage/dataerror.h"
#include "storage/integritycheck.h"

#include <QCoreApplication>

namespace Commands {

int check(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Check the schema, SQLite integrity, foreign keys and the audit chain."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption rebuild(
        QStringLiteral("rebuild-statistics"),
        QCoreApplication::translate("Commands",
                                    "Recount the maintained statistic counts from the records."));
    parser.addOptions({db, rebuild});
    if (!parse(parser, arguments))
        return UsageError;
    if (!requireOption(parser, db))
        return UsageError;
    try {
        const auto database = openDatabase(parser, !parser.isSet(rebuild));
        if (parser.isSet(rebuild))
            StatisticAggregates::rebuild(database->connection());
        const IntegrityReport report = checkIntegrity(*database);
        auto yesNo = [](bool ok) {
            return ok ? QCoreApplication::translate("Commands", "ok")
                      : QCoreApplication::translate("Commands", "FAILED");
        };
        out() << QCoreApplication::translate("Commands", "schema version: %1 of %2")
                     .arg(report.schemaVersion)
                     .arg(report.latestSchemaVersion)
              << '\n'
              << QCoreApplication::translate("Commands", "integrity: %1")
                     .arg(yesNo(report.integrityOk))
              << '\n'
              << QCoreApplication::translate("Commands", "foreign keys: %1")
                     .arg(yesNo(report.foreignKeyViolations == 0))
              << '\n'
              << QCoreApplication::translate("Commands", "search index: %1")
                     .arg(yesNo(report.searchIndexOk))
              << '\n'
              << QCoreApplication::translate("Commands", "audit chain: %1 (%2 entries, head %3)")
                     .arg(yesNo(report.auditChainOk))
                     .arg(report.auditEntries)
                     .arg(report.auditHead)
              << '\n'
              << QCoreApplication::translate("Commands", "statistic counts: %1")
                     .arg(yesNo(report.statisticDrifts == 0))
              << Qt::endl;
        if (!report.ok())
            return failure(report.problems.join(QLatin1Char(' ')));
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
