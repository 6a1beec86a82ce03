#include "backup/backupcrypto.h"
#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "interchange/interchangeimporter.h"
#include "sessionsignin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Commands {

int importData(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands",
        "Load an interchange file (docs/interchange.md) into a new or empty "
        "database, or a roster or a ledger spreadsheet into any database, matched "
        "to the cadres and records it holds. A database with accounts needs --user with an account "
        "allowed to import. A bad file is refused whole and changes nothing."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("Commands", "The interchange file to read."),
        QStringLiteral("path"));
    const QCommandLineOption xlsx(
        QStringList{QStringLiteral("xlsx"), QStringLiteral("csv")},
        QCoreApplication::translate("Commands",
                                    "A spreadsheet to read: an .xlsx workbook or a .csv file."),
        QStringLiteral("path"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QCoreApplication::translate("Commands",
                                    "What the spreadsheet holds: cadres (a roster), or the "
                                    "record kind of a ledger: talks, clues, sanctions …"),
        QStringLiteral("kind"));
    const QCommandLineOption mapping(
        QStringLiteral("mapping"),
        QCoreApplication::translate("Commands",
                                    "A JSON file saying which column holds which field, for "
                                    "headers not recognised: {\"谈话时间\": \"talk_date\", "
                                    "\"备注\": null}."),
        QStringLiteral("path"));
    const QCommandLineOption sheet(
        QStringLiteral("sheet"),
        QCoreApplication::translate("Commands", "The workbook's sheet to read, from 1."),
        QStringLiteral("number"));
    const QCommandLineOption headerRow(
        QStringLiteral("header-row"),
        QCoreApplication::translate("Commands", "The row that names the columns; found when "
                                                "left out."),
        QStringLiteral("number"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("Commands", "Show what the import would do, row by row, "
                                                "and write nothing."));
    parser.addOptions({db, json, xlsx, kind, mapping, sheet, headerRow, dryRun});
    if (!parse(parser, arguments) || !requireOption(parser, db))
        return UsageError;
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Commands", "Unexpected argument: %1")
                         .arg(parser.positionalArguments().first()));
    if (parser.isSet(json) == parser.isSet(xlsx))
        return usage(QCoreApplication::translate(
            "Commands", "Give one file to import: --json for an interchange file, --xlsx or "
                        "--csv for a spreadsheet."));
    if (parser.isSet(xlsx))
        return importSpreadsheet(parser, parser.value(xlsx));
    try {
        // An encrypted file is decrypted in memory only: nothing plain touches a disk, not even
        // when the program is killed half-way.
        const QString source = parser.value(json);
        // A database with accounts takes an import only from an account allowed to import;
        // one before its first start (no accounts yet) from whoever holds the file.
        const auto signIn = [&parser](Database &database) {
            CommandLine::signIn(database, parser);
        };
        InterchangeSummary summary;
        if (BackupCrypto::isEncrypted(source)) {
            const QString passphrase
                = readSecret(QCoreApplication::translate("Commands", "Passphrase: "),
                             "INTEGRITY_DOSSIER_PASSPHRASE");
            summary = InterchangeImporter::importBytes(
                BackupCrypto::decryptBytes(source, passphrase), source, parser.value(db), signIn);
        } else {
            summary = InterchangeImporter::importFile(source, parser.value(db), signIn);
        }
        const QString counts = summary.tableCounts();
        out() << (counts.isEmpty()
                      ? QCoreApplication::translate("Commands", "Imported %1 rows into %2.")
                            .arg(summary.rows)
                            .arg(QDir::toNativeSeparators(parser.value(db)))
                      : QCoreApplication::translate("Commands", "Imported %1 rows into %2 (%3).")
                            .arg(summary.rows)
                            .arg(QDir::toNativeSeparators(parser.value(db)), counts))
              << Qt::endl;
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
