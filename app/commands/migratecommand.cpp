#include "backup/servermigration.h"
#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>

namespace Commands {

int migrate(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Move a single-PC database, with its audit trail, into an empty database on "
                    "the commission's PostgreSQL server. The trail is verified before and after."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate("Commands",
                                    "The server database, as postgresql://server/database."),
        QStringLiteral("address"));
    parser.addOptions({db, to});
    if (!parse(parser, arguments) || !requireOption(parser, db) || !requireOption(parser, to))
        return UsageError;
    try {
        const ServerAddress target = ServerAddress::parse(parser.value(to));
        const auto database = openDatabase(parser);
        const ServerMigration::Report report = ServerMigration::run(
            *database, target, [](const QString &table, qint64 rows) {
                err() << QCoreApplication::translate("Commands", "%1: %2 rows").arg(table).arg(rows)
                      << Qt::endl;
            });
        out() << QCoreApplication::translate(
                     "Commands", "Moved %1 rows in %2 tables to %3. The audit trail's %4 entries "
                                 "verify on both sides; its head is %5.")
                     .arg(report.rows)
                     .arg(report.tables)
                     .arg(target.display())
                     .arg(report.trailEntries)
                     .arg(report.trailHead.left(16))
              << Qt::endl;
        if (!report.accountRoles.isEmpty())
            out() << QCoreApplication::translate(
                         "Commands", "Each account signs in to the server as its own role: %1. "
                                     "None can sign in until the administrator sets its "
                                     "password in the program (Accounts → Reset Password) "
                                     "through this connection.")
                         .arg(report.accountRoles.join(QStringLiteral(", ")))
                  << Qt::endl;
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
