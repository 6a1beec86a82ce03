#include "backup/backupcrypto.h"
#include "commandline.h"
#include "commands.h"
#include "interchange/interchangeimporter.h"
#include "sessionsignin.h"
#include "storage/dataerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

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
        // An encrypted file is opened into a private folder first; nothing plain stays behind.
        QString source = parser.value(json);
        QString sealed;
        QTemporaryDir plainFolder;
        if (BackupCrypto::isEncrypted(source)) {
            const QString passphrase
                = readSecret(QCoreApplication::translate("Commands", "Passphrase: "),
                             "INTEGRITY_DOSSIER_PASSPHRASE");
            const QString plain = plainFolder.filePath(QFileInfo(source).fileName());
            BackupCrypto::decryptFile(source, plain, passphrase);
            sealed = source;
            source = plain;
        }
        // A database with accounts takes an import only from an account allowed to import;
        // one before its first start (no accounts yet) from whoever holds the file.
        const InterchangeSummary summary = InterchangeImporter::importFile(
            source, parser.value(db),
            [&parser](Database &database) { CommandLine::signIn(database, parser); }, sealed);
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
