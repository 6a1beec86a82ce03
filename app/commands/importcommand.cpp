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
        "Commands", "Load an interchange file (docs/interchange.md) into a new or empty "
                    "database. A database with accounts needs --user with an account allowed "
                    "to import. A bad file is refused whole and changes nothing."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("Commands", "The interchange file to read."),
        QStringLiteral("path"));
    parser.addOptions({db, json});
    if (!parse(parser, arguments) || !requireOption(parser, db) || !requireOption(parser, json))
        return UsageError;
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Commands", "Unexpected argument: %1")
                         .arg(parser.positionalArguments().first()));
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
