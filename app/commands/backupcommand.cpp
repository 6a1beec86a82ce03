#include "backup/backups.h"
#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "sessionsignin.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QDir>

namespace Commands {

int backup(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Write a verified copy of the database. With --encrypt the copy is "
                    "encrypted with a passphrase (INTEGRITY_DOSSIER_PASSPHRASE, or asked for)."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption to(
        QStringLiteral("to"), QCoreApplication::translate("Commands", "The backup file to write."),
        QStringLiteral("path"));
    const QCommandLineOption encrypt(
        QStringLiteral("encrypt"),
        QCoreApplication::translate("Commands", "Encrypt the backup with a passphrase."));
    parser.addOptions({db, to, encrypt});
    if (!parse(parser, arguments) || !requireOption(parser, db) || !requireOption(parser, to))
        return UsageError;
    if (ServerAddress::looksLikeOne(parser.value(db)))
        return failure(Backups::serverBackupAdvice());
    try {
        const auto database = openDatabase(parser);
        QString passphrase;
        if (parser.isSet(encrypt))
            passphrase = readSecret(QCoreApplication::translate("Commands", "Passphrase: "),
                                    "INTEGRITY_DOSSIER_PASSPHRASE");
        if (parser.isSet(encrypt) && passphrase.isEmpty())
            return usage(QCoreApplication::translate("Commands", "--encrypt needs a passphrase."));
        const qint64 size = Backups::create(*database, parser.value(to), passphrase);
        out() << QCoreApplication::translate("Commands", "Backup written and verified: %1 (%2 "
                                                         "bytes%3).")
                     .arg(QDir::toNativeSeparators(parser.value(to)))
                     .arg(size)
                     .arg(passphrase.isEmpty()
                              ? QString()
                              : QCoreApplication::translate("Commands", ", encrypted"))
              << Qt::endl;
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
