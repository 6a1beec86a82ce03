#include "backups.h"

#include "access/access.h"
#include "access/accounts.h"
#include "access/auditseals.h"
#include "access/signingkey.h"
#include "automaticbackup.h"
#include "backupcrypto.h"
#include "domain/dataerror.h"
#include "domain/session.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasefile.h"
#include "storage/databaselock.h"
#include "storage/fileconnection.h"
#include "storage/privatefiles.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void appendEntry(const Database &database, const QString &action, const QJsonObject &after)
{
    Transaction transaction(database.connection());
    AuditLog::append(database, {action, QStringLiteral("database"), 0, 0, {}, after});
    transaction.commit();
}

// A scratch file beside `path`, so the final rename stays on one file system.
QString scratchBeside(const QString &path, const QString &suffix)
{
    static QAtomicInt counter;
    return path
           + QStringLiteral(".%1-%2.%3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1))
                 .arg(suffix);
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Restorer Restorer::of(const Database &current)
{
    if (Accounts::exist(current.connection()))
        Access::require(current, Permission::Backup);
    Restorer restorer(current.actor());
    // The restore record is signed with the restorer's key, when the account has one.
    if (const Session *session = current.session(); session && session->signingKey) {
        restorer.accountName = session->accountName;
        restorer.role = Roles::key(session->role);
        restorer.signingKey = session->signingKey;
        restorer.sealedSecret = session->signingKey->storedForm(current);
    }
    return restorer;
}

void Backups::vacuumInto(const Database &database, const QString &target)
{
    if (QFileInfo::exists(target))
        throw DataError(
            tr("%1 already exists; a backup never overwrites a file.").arg(native(target)));
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        throw DataError(tr("The folder for %1 does not exist.").arg(native(target)));
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        // Nothing half-written stays behind.
        removeWithCompanions(target);
        QFile::remove(target + QStringLiteral("-journal"));
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == 13) // SQLITE_FULL
            throw DataError(tr("The backup %1 could not be written: the disk is full. Free some "
                               "space or choose another place; no backup file was left behind.")
                                .arg(native(target)));
        if (code == 14 || code == 8) // SQLITE_CANTOPEN, SQLITE_READONLY
            throw DataError(tr("The backup %1 cannot be written there: the place is read-only "
                               "or not writable. Choose another place.")
                                .arg(native(target)));
        throw DataError(tr("The backup %1 could not be written: %2")
                            .arg(native(target), query.lastError().text()));
    }
    PrivateFiles::restrict(target);
    try {
        verify(target);
    } catch (const DataError &) {
        QFile::remove(target);
        throw;
    }
}

QString Backups::serverBackupAdvice()
{
    return tr("The database is on the commission's server: its backups are made there, by the "
              "server's administrator with pg_dump, not by this program (see \"Backups\" in "
              "the server guide). To keep a copy of the dossiers on this computer, export them.");
}

QString Backups::serverRestoreAdvice()
{
    return tr("The database is on the commission's server: a backup of it is restored there, "
              "by the server's administrator with pg_restore into a new database, checked and "
              "then put in place (see \"Backups\" in the server guide). A single-PC backup is "
              "moved onto a server with migrate.");
}

qint64 Backups::create(const Database &database, const QString &target, const QString &passphrase)
{
    Access::require(database, Permission::Backup);
    if (database.isServer())
        throw DataError(serverBackupAdvice());
    if (QFileInfo::exists(target))
        throw DataError(
            tr("%1 already exists; a backup never overwrites a file.").arg(native(target)));
    removeUnfinished(target);
    // Sealed first, so the backup carries the seal over everything it holds.
    AuditSeals(database).seal(QStringLiteral("backup"));
    // Written and checked under a scratch name, audited, and only then given its name: a file
    // under the backup's name always has its entry, and a kill leaves at most an unfinished
    // file (encrypted, for an encrypted backup), which the next backup there removes.
    const QString scratch = scratchBeside(target, QStringLiteral("unfinished"));
    try {
        if (passphrase.isEmpty())
            vacuumInto(database, scratch);
        else
            encryptInto(database, scratch, passphrase);
        const qint64 size = QFileInfo(scratch).size();
        if (!database.isReadOnly())
            appendEntry(database, QStringLiteral("backup"),
                        {{QStringLiteral("file"), QFileInfo(target).fileName()},
                         {QStringLiteral("sha256"), Backups::sha256(scratch)},
                         {QStringLiteral("encrypted"), !passphrase.isEmpty()},
                         {QStringLiteral("bytes"), size}});
        if (!QFile::rename(scratch, target))
            throw DataError(tr("The backup could not be given its name %1; nothing was kept.")
                                .arg(native(target)));
        return size;
    } catch (const DataError &error) {
        removeWithCompanions(scratch);
        // The messages name the file the user asked for, not the scratch file.
        throw DataError(QString(error.message()).replace(native(scratch), native(target)));
    }
}

void Backups::removeUnfinished(const QString &target)
{
    const QFileInfo info(target);
    const QDir folder = info.absoluteDir();
    for (const QString &leftover :
         folder.entryList({info.fileName() + QStringLiteral(".*unfinished*")}, QDir::Files))
        QFile::remove(folder.filePath(leftover));
}

QString Backups::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

void Backups::verify(const QString &path)
{
    const DatabaseFileHeader header = readDatabaseFileHeader(path);
    if (!header.exists || header.empty || !header.isSqlite)
        throw DataError(tr("%1 is not a database backup.").arg(native(path)));
    if (header.applicationId != Database::applicationId())
        throw DataError(
            tr("%1 is not a backup of an Integrity Dossier database.").arg(native(path)));
    if (int(header.userVersion) > Database::latestSchemaVersion())
        throw DataError(tr("%1 was written by a newer version of Integrity Dossier; update the "
                           "program before restoring it.")
                            .arg(native(path)));
    const QString problem = FileConnection(path).checkProblem(QStringLiteral("integrity_check"));
    if (!problem.isEmpty())
        throw DataError(tr("%1 is damaged: %2").arg(native(path), problem));
}

void Backups::verifyFully(const QString &path)
{
    verify(path);
    QString problem;
    {
        const FileConnection connection(path);
        const QSqlDatabase db = connection.db();
        problem = connection.error();
        try {
            if (problem.isEmpty()
                && Sql::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))
                           .toLongLong()
                       > 0)
                problem = tr("some of its records point to records that do not exist");
            const AuditLog::Verification chain
                = problem.isEmpty() ? AuditLog::verify(db) : AuditLog::Verification();
            if (problem.isEmpty() && !chain.intact)
                problem = tr("its audit trail is broken (%1)").arg(chain.problem);
            const QPair<qint64, QString> kept
                = problem.isEmpty() ? AuditLog::storedHead(db) : QPair<qint64, QString>();
            if (problem.isEmpty() && kept.first >= 0 && kept.first != chain.entries)
                problem = tr("its audit trail has lost entries");
            if (problem.isEmpty()) {
                const AuditSeals::Verification seals = AuditSeals::verify(db, QString());
                if (!seals.firstBroken.isEmpty())
                    problem = seals.firstBroken;
            }
        } catch (const DataError &error) {
            problem = error.message();
        }
    }
    if (!problem.isEmpty())
        throw DataError(tr("%1 cannot be trusted: %2").arg(native(path), problem));
}

namespace {

// What a file says of itself: its identity, its trail's count and head, its newest seal.
struct Identity
{
    QString databaseId;
    qint64 entries = 0;
    QString head;
    QString newestSeal;
};

Identity identityOf(const QString &path)
{
    Identity identity;
    const FileConnection connection(path);
    if (!connection.error().isEmpty())
        return identity;
    const QSqlDatabase db = connection.db();
    try {
        identity.databaseId = SettingsStore(db).value(Setting::DatabaseId);
        QSqlQuery head = Sql::run(
            db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (head.next()) {
            identity.entries = head.value(0).toLongLong();
            identity.head = head.value(1).toString();
        }
        head.finish();
        identity.newestSeal
            = Sql::scalar(db, QStringLiteral("SELECT signature FROM audit_seals ORDER BY id DESC "
                                             "LIMIT 1"))
                  .toString();
    } catch (const DataError &) {
        // An older file without seals or identity: what it has is named.
    }
    return identity;
}

// Replaces `target` by `source` in one step: on the same file system the target is at every
// moment either the old file or the new one.
bool replaceFile(const QString &source, const QString &target)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::u8path(source.toStdString()),
                            std::filesystem::u8path(target.toStdString()), error);
    return !error;
}

} // namespace

QString Backups::restore(const QString &backupPath, const QString &databasePath,
                         const QString &passphrase, const std::function<Restorer()> &authorize,
                         bool otherDatabase)
{
    if (!QFileInfo::exists(backupPath))
        throw DataError(tr("There is no backup at %1.").arg(native(backupPath)));
    PrivateFiles::ownerOnlyFromNowOn();
    // Decrypted, when it must be, only inside the database's own folder; removed on every path,
    // and by the next start after a kill (a ".restoring" leftover).
    const QString incoming = scratchBeside(databasePath, QStringLiteral("restoring"));
    const auto discard = [&] {
        removeWithCompanions(incoming);
    };
    Restorer restorer;
    Identity replaced;
    AuditSeal record;
    QString sealFile;
    try {
        if (BackupCrypto::isEncrypted(backupPath)) {
            if (passphrase.isEmpty())
                throw DataError(
                    tr("%1 is encrypted: give its passphrase.").arg(native(backupPath)));
            BackupCrypto::decryptFile(backupPath, incoming, passphrase);
        } else if (!QFile::copy(backupPath, incoming)) {
            throw DataError(
                tr("%1 cannot be copied beside %2.").arg(native(backupPath), native(databasePath)));
        }
        PrivateFiles::restrict(incoming);
        verifyFully(incoming);
        const Identity restoring = identityOf(incoming);
        if (QFileInfo::exists(databasePath)) {
            replaced = identityOf(databasePath);
            if (!otherDatabase && !replaced.databaseId.isEmpty()
                && restoring.databaseId != replaced.databaseId)
                throw DataError(tr("%1 is a backup of another database, not of %2; nothing was "
                                   "restored. To put another commission's or another file's "
                                   "database in its place, confirm it (on the command line: "
                                   "--other-database).")
                                    .arg(native(backupPath), native(databasePath)));
        }
        restorer = authorize();
        // The restore's entry goes into the restored file before it takes the place of the
        // current one: the two arrive together or not at all.
        {
            auto restored = Database::open(incoming, Database::Mode::OpenExisting);
            restored->setActor(restorer.actor);
            QJsonObject entry{
                {QStringLiteral("file"), QFileInfo(backupPath).fileName()},
                {QStringLiteral("sha256"), Backups::sha256(backupPath)},
                {QStringLiteral("replaced_database"), replaced.databaseId},
                {QStringLiteral("replaced_entries"), replaced.entries},
                {QStringLiteral("replaced_head"), replaced.head},
                {QStringLiteral("replaced_newest_seal"), replaced.newestSeal.left(32)}};
            // The key, the entry that accounts for it and the seal over that entry: one write.
            Transaction transaction(restored->connection());
            if (restorer.signingKey) {
                entry.insert(QStringLiteral("restorer_key"), restorer.signingKey->publicKey());
                AuditSeals::addRestorerKey(*restored, *restorer.signingKey, restorer.sealedSecret,
                                           restorer.accountName);
            }
            AuditLog::append(
                *restored,
                {QStringLiteral("restore"), QStringLiteral("database"), 0, 0, {}, entry});
            if (restorer.signingKey) {
                record = AuditSeals::sealRestore(*restored, *restorer.signingKey,
                                                 restorer.accountName, restorer.role);
                sealFile = AuditSeals::sealFile(restored->connection(), databasePath);
            }
            transaction.commit();
            Sql::run(restored->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile::remove(incoming + QStringLiteral("-wal"));
        QFile::remove(incoming + QStringLiteral("-shm"));
    } catch (const DataError &) {
        discard();
        throw;
    }

    const auto lock = DatabaseLock::acquire(databasePath);
    QString aside;
    if (QFileInfo::exists(databasePath)) {
        aside = databasePath + QStringLiteral(".before-restore-")
                + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        try {
            if (passphrase.isEmpty()) {
                if (!QFile::copy(databasePath, aside))
                    throw DataError(tr("%1 cannot be kept aside; nothing was restored.")
                                        .arg(native(databasePath)));
                PrivateFiles::restrict(aside);
            } else {
                aside += QStringLiteral(".enc");
                BackupCrypto::encryptFile(databasePath, aside, passphrase);
            }
        } catch (const DataError &) {
            discard();
            QFile::remove(aside);
            throw;
        }
    }
    // The replaced database's write-ahead log would be applied to the restored file.
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    if (!replaceFile(incoming, databasePath)) {
        discard();
        QFile::remove(aside);
        throw DataError(tr("The backup cannot be put in place of %1; nothing was restored.")
                            .arg(native(databasePath)));
    }
    // Once it is in place, the restore record beside the other seals: appended earlier, it
    // would name a restore that might not have happened.
    if (!record.signature.isEmpty() && !sealFile.isEmpty())
        AuditSeals::appendToFile(sealFile, record);
    return aside;
}

QString Backups::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList Backups::automaticBackups(const QString &databasePath, const QString &folder)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    // <base>-YYYYMMDD-hhmmss.db, the pattern spelt out without "??-", which reads as a trigraph.
    const QString pattern = base + QLatin1Char('-') + QString(8, QLatin1Char('?'))
                            + QLatin1Char('-') + QString(6, QLatin1Char('?'))
                            + QStringLiteral(".db");
    QStringList names = QDir(folder).entryList({pattern}, QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString &name : names)
        paths << QDir(folder).filePath(name);
    return paths; // oldest first: the names sort by time
}

bool Backups::dailyDue(const QString &databasePath, const QString &folder, const QDateTime &now)
{
    const QStringList existing = automaticBackups(databasePath, folder);
    if (existing.isEmpty())
        return true;
    const QString stamp = QFileInfo(existing.last()).completeBaseName().right(15);
    const QDateTime made = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss"));
    return !made.isValid() || made.addDays(1) <= now;
}

int Backups::keptSetting(const Database &database)
{
    return SettingsStore(database.connection()).value(Setting::BackupsKept);
}

void Backups::encryptInto(const Database &database, const QString &target,
                          const QString &passphrase)
{
    if (QFileInfo::exists(target))
        throw DataError(
            tr("%1 already exists; a backup never overwrites a file.").arg(native(target)));
    if (database.isInMemory())
        throw DataError(tr("A database held only in memory has no file to back up."));
    if (database.isServer())
        throw DataError(serverBackupAdvice());
    const QFileInfo folder(QFileInfo(target).absolutePath());
    if (!folder.isDir())
        throw DataError(tr("The folder for %1 does not exist.").arg(native(target)));
    QFile probe(target);
    if (!folder.isWritable() || !probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw DataError(tr("The backup %1 cannot be written there: the place is read-only or not "
                           "writable. Choose another place.")
                            .arg(native(target)));
    probe.remove();
    // No plain copy on any disk: the database's own file is read while nothing can change it —
    // its write-ahead log folded in, and a write transaction held — and encrypted on the way
    // out. Reading it back through the decryption proves the copy holds exactly the file.
    const QSqlDatabase db = database.connection();
    Sql::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    Sql::run(db, QStringLiteral("BEGIN IMMEDIATE"));
    QByteArray original;
    try {
        if (QFileInfo(database.path() + QStringLiteral("-wal")).size() > 0)
            throw DataError(tr("%1 is being written by another program; try again in a moment.")
                                .arg(native(database.path())));
        QFile file(database.path());
        if (!file.open(QIODevice::ReadOnly))
            throw DataError(
                tr("%1 cannot be read: %2").arg(native(database.path()), file.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        original = hash.result();
        BackupCrypto::encryptFile(database.path(), target, passphrase);
    } catch (const DataError &) {
        Sql::run(db, QStringLiteral("ROLLBACK"));
        throw;
    }
    Sql::run(db, QStringLiteral("ROLLBACK"));
    PrivateFiles::restrict(target);
    if (BackupCrypto::decryptedSha256(target, passphrase) != original) {
        QFile::remove(target);
        throw DataError(tr("The encrypted backup did not read back as the database; nothing was "
                           "kept. Try again, or choose another place."));
    }
}

QString Backups::automatic(const Database &database, const QString &folder, int keep,
                           const QString &reason, qint64 maxBytes)
{
    AutomaticBackup backup
        = AutomaticBackup::prepare(database, {folder, keep, maxBytes}, reason, false);
    backup.write();
    return backup.finish(&database);
}
