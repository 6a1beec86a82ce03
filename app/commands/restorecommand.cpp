#include "backup/backupcrypto.h"
#include "backup/backups.h"
#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "sessionsignin.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Commands {

int restore(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Put a backup in place of the database, after checking it. The current "
                    "database is kept beside it until the restored one opens."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("Commands", "The backup to restore."),
                                  QStringLiteral("path"));
    const QCommandLineOption otherDatabase(
        QStringLiteral("other-database"),
        QCoreApplication::translate("Commands",
                                    "Restore even a backup of another database (another "
                                    "commission's, or another file's)."));
    parser.addOptions({db, from, otherDatabase});
    if (!parse(parser, arguments) || !requireOption(parser, db) || !requireOption(parser, from))
        return UsageError;
    const QString path = parser.value(db);
    if (ServerAddress::looksLikeOne(path))
        return failure(Backups::serverRestoreAdvice());
    try {
        // The current database decides who may replace it, once the backup has checked out;
        // it is closed again before the swap.
        const auto authorize = [&]() -> Restorer {
            if (!QFileInfo::exists(path))
                return userName(parser);
            return Restorer::of(*openDatabase(parser));
        };
        QString passphrase;
        if (BackupCrypto::isEncrypted(parser.value(from)))
            passphrase = readSecret(QCoreApplication::translate("Commands", "Passphrase: "),
                                    "INTEGRITY_DOSSIER_PASSPHRASE");
        const QString aside = Backups::restore(parser.value(from), path, passphrase, authorize,
                                               parser.isSet(otherDatabase));
        out() << QCoreApplication::translate("Commands", "Restored %1 from %2.")
                     .arg(QDir::toNativeSeparators(path),
                          QDir::toNativeSeparators(parser.value(from)))
              << '\n';
        if (!aside.isEmpty())
            out() << QCoreApplication::translate("Commands",
                                                 "The database before the restore is kept as %1.")
                         .arg(QDir::toNativeSeparators(aside))
                  << '\n';
        out().flush();
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
