#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "interchange/interchangeexporter.h"
#include "sessionsignin.h"
#include "spreadsheets/directoryexport.h"
#include "spreadsheets/ledgercolumns.h"
#include "spreadsheets/ledgerexport.h"
#include "spreadsheets/reportworkbooks.h"
#include "statistics/statisticscope.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>

namespace Commands {

int exportData(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Write every dossier record to an interchange file (docs/interchange.md), "
                    "or the directory to an Excel workbook."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("Commands", "The interchange file to write."),
        QStringLiteral("path"));
    const QCommandLineOption encrypt(
        QStringLiteral("encrypt"),
        QCoreApplication::translate("Commands", "Encrypt the file with a passphrase "
                                                "(INTEGRITY_DOSSIER_PASSPHRASE, or asked for)."));
    const QCommandLineOption xlsx(
        QStringLiteral("xlsx"),
        QCoreApplication::translate("Commands", "The Excel workbook to write."),
        QStringLiteral("path"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QCoreApplication::translate("Commands",
                                    "What the workbook holds: cadres (the directory), "
                                    "statistics (a year's work figures, with --year), or the "
                                    "record kind of a ledger: talks, clues, sanctions …"),
        QStringLiteral("kind"));
    const QCommandLineOption year(
        QStringLiteral("year"),
        QCoreApplication::translate("Commands", "The year of the statistics (last year)."),
        QStringLiteral("year"));
    parser.addOptions({db, json, encrypt, xlsx, kind, year});
    if (!parse(parser, arguments) || !requireOption(parser, db))
        return UsageError;
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Commands", "Unexpected argument: %1")
                         .arg(parser.positionalArguments().first()));
    if (parser.isSet(json) == parser.isSet(xlsx))
        return usage(QCoreApplication::translate(
            "Commands", "Give one file to write: --json for an interchange file, --xlsx for a "
                        "workbook."));
    if (parser.isSet(xlsx)) {
        const QString what = parser.value(kind);
        const bool statistics = what == QLatin1String("statistics");
        bool yearOk = true;
        const int statisticsYear = parser.isSet(year) ? parser.value(year).toInt(&yearOk)
                                                      : QDate::currentDate().year() - 1;
        if (!yearOk || statisticsYear < 1949 || statisticsYear > 2100)
            return usage(
                QCoreApplication::translate("Commands", "--year takes a year such as 2025."));
        if (what != QLatin1String("cadres") && !statistics && !LedgerColumns::canImport(what))
            return usage(QCoreApplication::translate(
                             "Commands", "A workbook export needs --kind: cadres for the "
                                         "directory, statistics for a year's figures, or one "
                                         "of %1 for a ledger.")
                             .arg(LedgerColumns::kinds().join(QStringLiteral(", "))));
        try {
            const auto database = openDatabase(parser);
            const QString target = QDir::toNativeSeparators(parser.value(xlsx));
            if (statistics) {
                const int rows = ReportWorkbooks::writeYearlyStatistics(
                    *database, parser.value(xlsx), statisticsYear, StatisticScope());
                out() << QCoreApplication::translate("Commands", "Exported %1 figures of %2 to %3.")
                             .arg(rows)
                             .arg(statisticsYear)
                             .arg(target)
                      << Qt::endl;
            } else if (what == QLatin1String("cadres")) {
                const int rows = DirectoryExport(*database).write(parser.value(xlsx));
                out() << QCoreApplication::translate("Commands", "Exported %1 cadres to %2.")
                             .arg(rows)
                             .arg(target)
                      << Qt::endl;
            } else {
                const int rows = LedgerExport(*database).write(parser.value(xlsx), what);
                out() << QCoreApplication::translate("Commands", "Exported %1 ledger rows to %2.")
                             .arg(rows)
                             .arg(target)
                      << Qt::endl;
            }
            return Ok;
        } catch (const DataError &error) {
            return failure(error.message());
        }
    }
    try {
        const auto database = openDatabase(parser);
        QString passphrase;
        if (parser.isSet(encrypt)) {
            passphrase = readSecret(QCoreApplication::translate("Commands", "Passphrase: "),
                                    "INTEGRITY_DOSSIER_PASSPHRASE");
            if (passphrase.isEmpty())
                return usage(
                    QCoreApplication::translate("Commands", "--encrypt needs a passphrase."));
        }
        // A file that leaves the PC is sealed before it touches the disk.
        const InterchangeSummary summary
            = InterchangeExporter(*database).exportToFile(parser.value(json), passphrase);
        const QString counts = summary.tableCounts();
        out() << (counts.isEmpty()
                      ? QCoreApplication::translate("Commands", "Exported %1 rows to %2.")
                            .arg(summary.rows)
                            .arg(QDir::toNativeSeparators(parser.value(json)))
                      : QCoreApplication::translate("Commands", "Exported %1 rows to %2 (%3).")
                            .arg(summary.rows)
                            .arg(QDir::toNativeSeparators(parser.value(json)), counts))
              << Qt::endl;
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
