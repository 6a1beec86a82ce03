#include "automaticbackup.h"

#include "access/auditseals.h"
#include "backups.h"
#include "domain/dataerror.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/fileconnection.h"
#include "storage/privatefiles.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kBackupStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString kScratchSuffix = QStringLiteral(".partial");

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QDateTime backupStamp(const QString &backup)
{
    return QDateTime::fromString(QFileInfo(backup).completeBaseName().right(15),
                                 kBackupStampFormat);
}

void removeScratch(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Scratch files of this database's automatic backups that a killed program left in `folder`.
void removeScratchLeftovers(const QString &databasePath, const QString &folder)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QDir dir(folder);
    for (const QString &name :
         dir.entryList({base + QStringLiteral("-*.db.*") + kScratchSuffix + QLatin1Char('*')},
                       QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));
}

// The trail's newest backup entry, when it is the one of `file`.
QJsonObject newestBackupEntry(const Database &database, const QString &file)
{
    // Only the newest entries are read: the newest automatic backup's entry is among them when
    // it is the newest backup entry at all.
    QSqlQuery query = Sql::run(database.connection(),
                               QStringLiteral("SELECT after FROM audit_log WHERE action = 'backup' "
                                              "AND id > (SELECT coalesce(max(id), 0) - 100000 "
                                              "FROM audit_log) ORDER BY id DESC LIMIT 1"));
    if (!query.next())
        return {};
    const QJsonObject entry = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return entry.value(QStringLiteral("file")).toString() == file ? entry : QJsonObject();
}

} // namespace

bool AutomaticBackup::isDue(const Database &database, const QString &folder, const QDateTime &now)
{
    const QStringList existing = Backups::automaticBackups(database.path(), folder);
    if (existing.isEmpty())
        return true;
    const QDateTime made = backupStamp(existing.last());
    if (made.isValid() && now < made.addDays(1))
        return false;
    // Nothing worth a new copy when the count of record changes is where it was.
    try {
        const QJsonObject entry
            = newestBackupEntry(database, QFileInfo(existing.last()).fileName());
        const QVariant changes = AuditLog::recordChanges(database.connection());
        return !entry.contains(QStringLiteral("record_changes")) || changes.isNull()
               || entry.value(QStringLiteral("record_changes")).toVariant().toLongLong()
                      != changes.toLongLong();
    } catch (const DataError &) {
        return true;
    }
}

AutomaticBackup AutomaticBackup::prepare(const Database &database, const BackupPolicy &policy,
                                         const QString &reason, bool whenDue, const QDateTime &now)
{
    if (policy.keep < 1)
        throw DataError(tr("At least one automatic backup must be kept."));
    if (database.isInMemory())
        throw DataError(tr("A database held only in memory has no file to back up."));
    if (database.isServer())
        throw DataError(Backups::serverBackupAdvice());
    if (whenDue && !isDue(database, policy.folder, now))
        return {};
    if (!QDir().mkpath(policy.folder))
        throw DataError(tr("The backup folder %1 cannot be made.").arg(shownPath(policy.folder)));
    PrivateFiles::restrict(policy.folder);
    removeScratchLeftovers(database.path(), policy.folder);
    // Names sort by time, and the newest must sort last, or the rotation would take it.
    QDateTime stamp = now;
    const QStringList before = Backups::automaticBackups(database.path(), policy.folder);
    if (!before.isEmpty()) {
        const QDateTime newest = backupStamp(before.last());
        if (newest.isValid() && stamp < newest.addSecs(1))
            stamp = newest.addSecs(1);
    }
    AutomaticBackup backup;
    backup.m_databasePath = database.path();
    backup.m_policy = policy;
    backup.m_reason = reason;
    backup.m_actor = database.actor();
    const QString base = QFileInfo(database.path()).completeBaseName();
    backup.m_target = QDir(policy.folder)
                          .filePath(base + QLatin1Char('-') + stamp.toString(kBackupStampFormat)
                                    + QStringLiteral(".db"));
    static QAtomicInt counter;
    backup.m_scratch = backup.m_target
                       + QStringLiteral(".%1-%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1))
                       + kScratchSuffix;
    // Sealed first, so the backup carries the seal over everything it holds.
    AuditSeals(database).seal(QStringLiteral("backup"));
    try {
        backup.m_recordChanges = AuditLog::recordChanges(database.connection());
    } catch (const DataError &) {
        // An older schema counts no changes: every backup that is due is made.
    }
    return backup;
}

void AutomaticBackup::write()
{
    if (isNull() || m_written)
        return;
    m_written = true;
    const auto fail = [this](const QString &problem) {
        removeScratch(m_scratch);
        m_problem = problem;
    };
    if (QFileInfo::exists(m_target))
        return fail(
            tr("%1 already exists; a backup never overwrites a file.").arg(shownPath(m_target)));
    // Made empty first, so even a scratch file is its owner's only from its first byte.
    {
        QFile scratch(m_scratch);
        if (!scratch.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(tr("The backup %1 cannot be written there: the place is read-only or not "
                           "writable. Choose another place.")
                            .arg(shownPath(m_target)));
        PrivateFiles::restrict(m_scratch);
    }
    {
        const FileConnection source(m_databasePath);
        if (!source.error().isEmpty())
            return fail(tr("The backup %1 could not be written: %2")
                            .arg(shownPath(m_target), source.error()));
        QSqlQuery query(source.db());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(m_scratch);
        if (!query.exec()) {
            const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
            if (code == 13) // SQLITE_FULL
                return fail(tr("The backup %1 could not be written: the disk is full. Free some "
                               "space or choose another place; no backup file was left behind.")
                                .arg(shownPath(m_target)));
            return fail(tr("The backup %1 could not be written: %2")
                            .arg(shownPath(m_target), query.lastError().text()));
        }
    }
    try {
        Backups::verify(m_scratch);
    } catch (const DataError &error) {
        return fail(QString(error.message()).replace(shownPath(m_scratch), shownPath(m_target)));
    }
    m_sha256 = Backups::sha256(m_scratch);
    m_bytes = QFileInfo(m_scratch).size();
}

QString AutomaticBackup::finish(const Database *database)
{
    if (isNull())
        return {};
    write(); // when no thread wrote it
    if (!m_problem.isEmpty())
        throw DataError(m_problem);
    if (QFileInfo::exists(m_target) || !QFile::rename(m_scratch, m_target)) {
        removeScratch(m_scratch);
        throw DataError(tr("The backup could not be given its name %1; nothing was kept.")
                            .arg(shownPath(m_target)));
    }
    rotate(m_databasePath, m_policy);
    if (database && !database->isReadOnly() && database->path() == m_databasePath) {
        QJsonObject after{{QStringLiteral("file"), QFileInfo(m_target).fileName()},
                          {QStringLiteral("reason"), m_reason},
                          {QStringLiteral("sha256"), m_sha256},
                          {QStringLiteral("bytes"), m_bytes}};
        if (!m_recordChanges.isNull())
            after.insert(QStringLiteral("record_changes"), m_recordChanges.toLongLong());
        Transaction transaction(database->connection());
        AuditLog::append(*database,
                         {QStringLiteral("backup"), QStringLiteral("database"), 0, 0, {}, after});
        transaction.commit();
    }
    return m_target;
}

QStringList AutomaticBackup::rotate(const QString &databasePath, const BackupPolicy &policy)
{
    const QStringList existing = Backups::automaticBackups(databasePath, policy.folder);
    QStringList removed;
    qint64 total = 0;
    int kept = 0;
    bool full = false;
    // Newest first: the newest always stays, and everything older than the first one that no
    // longer fits goes.
    for (auto it = existing.crbegin(); it != existing.crend(); ++it) {
        const qint64 size = QFileInfo(*it).size();
        full = full
               || (kept > 0
                   && (kept >= policy.keep
                       || (policy.maxBytes > 0 && total + size > policy.maxBytes)));
        if (full) {
            if (QFile::remove(*it))
                removed << *it;
            continue;
        }
        ++kept;
        total += size;
    }
    return removed;
}

qint64 AutomaticBackup::bytesUsed(const QString &databasePath, const QString &folder)
{
    qint64 total = 0;
    for (const QString &backup : Backups::automaticBackups(databasePath, folder))
        total += QFileInfo(backup).size();
    return total;
}
