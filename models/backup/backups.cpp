#include "backups.h"

#include "access/access.h"
#include "backupcrypto.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasefile.h"
#include "storage/dataerror.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
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
    try {
        verify(target);
    } catch (const DataError &) {
        QFile::remove(target);
        throw;
    }
}

qint64 Backups::create(const Database &database, const QString &target, const QString &passphrase)
{
    Access::require(database, Permission::Backup);
    if (passphrase.isEmpty()) {
        vacuumInto(database, target);
    } else {
        if (QFileInfo::exists(target))
            throw DataError(
                tr("%1 already exists; a backup never overwrites a file.").arg(native(target)));
        const QString plain = scratchBeside(target, QStringLiteral("plain"));
        vacuumInto(database, plain);
        try {
            BackupCrypto::encryptFile(plain, target, passphrase);
        } catch (const DataError &) {
            QFile::remove(plain);
            throw;
        }
        QFile::remove(plain);
    }
    const qint64 size = QFileInfo(target).size();
    if (!database.isReadOnly())
        appendEntry(database, QStringLiteral("backup"),
                    {{QStringLiteral("file"), QFileInfo(target).fileName()},
                     {QStringLiteral("sha256"), sha256Of(target)},
                     {QStringLiteral("encrypted"), !passphrase.isEmpty()},
                     {QStringLiteral("bytes"), size}});
    return size;
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
    static QAtomicInt counter;
    const QString name = QStringLiteral("backup-check-%1").arg(counter.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA integrity_check")))
                problem = check.lastError().text();
            while (problem.isEmpty() && check.next())
                if (check.value(0).toString() != QLatin1String("ok"))
                    problem = check.value(0).toString();
            check.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        throw DataError(tr("%1 is damaged: %2").arg(native(path), problem));
}

QString Backups::restore(const QString &backupPath, const QString &databasePath,
                         const QString &passphrase, const std::function<QString()> &authorize)
{
    if (!QFileInfo::exists(backupPath))
        throw DataError(tr("There is no backup at %1.").arg(native(backupPath)));
    const QString incoming = scratchBeside(databasePath, QStringLiteral("restoring"));
    if (BackupCrypto::isEncrypted(backupPath)) {
        if (passphrase.isEmpty())
            throw DataError(tr("%1 is encrypted: give its passphrase.").arg(native(backupPath)));
        BackupCrypto::decryptFile(backupPath, incoming, passphrase);
    } else if (!QFile::copy(backupPath, incoming)) {
        throw DataError(
            tr("%1 cannot be copied beside %2.").arg(native(backupPath), native(databasePath)));
    }
    QString actor;
    try {
        verify(incoming);
        actor = authorize();
    } catch (const DataError &) {
        QFile::remove(incoming);
        throw;
    }
    QString aside;
    if (QFileInfo::exists(databasePath)) {
        aside = databasePath + QStringLiteral(".before-restore-")
                + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFileInfo::exists(databasePath + suffix)
                && !QFile::rename(databasePath + suffix, aside + suffix)) {
                QFile::remove(incoming);
                throw DataError(tr("%1 cannot be moved aside; nothing was restored.")
                                    .arg(native(databasePath)));
            }
    }
    const auto putBack = [&] {
        removeWithCompanions(databasePath);
        if (!aside.isEmpty())
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::rename(aside + suffix, databasePath + suffix);
    };
    if (!QFile::rename(incoming, databasePath)) {
        QFile::remove(incoming);
        putBack();
        throw DataError(tr("The backup cannot be put in place of %1; nothing was restored.")
                            .arg(native(databasePath)));
    }
    try {
        auto restored = Database::open(databasePath, Database::Mode::OpenExisting);
        restored->setActor(actor);
        appendEntry(*restored, QStringLiteral("restore"),
                    {{QStringLiteral("file"), QFileInfo(backupPath).fileName()},
                     {QStringLiteral("sha256"), sha256Of(backupPath)}});
    } catch (const DataError &) {
        putBack();
        throw;
    }
    return aside;
}

QString Backups::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList Backups::automaticBackups(const QString &databasePath, const QString &folder)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    QStringList names = QDir(folder).entryList({base + QStringLiteral("-????????-??????.db")},
                                               QDir::Files, QDir::Name);
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
    const int kept = Sql::scalar(database.connection(),
                                 QStringLiteral("SELECT value FROM settings WHERE key = "
                                                "'backups_kept'"))
                         .toInt();
    return kept > 0 ? kept : 10;
}

QString Backups::automatic(const Database &database, const QString &folder, int keep,
                           const QString &reason)
{
    if (keep < 1)
        throw DataError(tr("At least one automatic backup must be kept."));
    if (database.isInMemory())
        throw DataError(tr("A database held only in memory has no file to back up."));
    if (!QDir().mkpath(folder))
        throw DataError(tr("The backup folder %1 cannot be made.").arg(native(folder)));
    // Names sort by time, and the newest must sort last, or the rotation would take it.
    QDateTime stamp = QDateTime::currentDateTime();
    const QStringList before = automaticBackups(database.path(), folder);
    if (!before.isEmpty()) {
        const QDateTime newest
            = QDateTime::fromString(QFileInfo(before.last()).completeBaseName().right(15),
                                    QStringLiteral("yyyyMMdd-HHmmss"));
        if (newest.isValid() && stamp < newest.addSecs(1))
            stamp = newest.addSecs(1);
    }
    const QString base = QFileInfo(database.path()).completeBaseName();
    const QString target = QDir(folder).filePath(base + QLatin1Char('-')
                                                 + stamp.toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                                 + QStringLiteral(".db"));
    vacuumInto(database, target);
    QStringList existing = automaticBackups(database.path(), folder);
    while (existing.size() > keep)
        QFile::remove(existing.takeFirst());
    if (!database.isReadOnly())
        appendEntry(database, QStringLiteral("backup"),
                    {{QStringLiteral("file"), QFileInfo(target).fileName()},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("sha256"), sha256Of(target)}});
    return target;
}
