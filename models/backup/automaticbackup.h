#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

class Database;

// Where the automatic backups of one database go and how much of them is kept: at most `keep`
// files and, together, at most `maxBytes` bytes (0: only the count bounds them). The newest is
// kept whatever its size.
struct BackupPolicy
{
    QString folder;
    int keep = 10;
    qint64 maxBytes = 0;
};

// One automatic backup, in three steps so that the long one can run on a thread of its own:
// prepare() on the database's thread decides whether one is due, seals the trail and names the
// file; write(), on any thread, copies the database with VACUUM INTO through a read-only
// connection of its own to a scratch file beside the target and verifies it; finish(), on the
// database's thread again, gives the file its name, rotates the older ones away and audits it.
// A file under a backup's name is always whole and verified; a kill leaves at most a scratch
// file, which the next backup there removes.
class AutomaticBackup
{
    Q_DECLARE_TR_FUNCTIONS(AutomaticBackup)

public:
    AutomaticBackup() = default;

    // A null backup (isNull) when none is due and `whenDue` is set: the newest automatic backup
    // is less than a day old, or no record has changed since it was made. Throws DataError when
    // the database cannot be backed up (held only in memory, the folder cannot be made).
    static AutomaticBackup prepare(const Database &database, const BackupPolicy &policy,
                                   const QString &reason, bool whenDue = true,
                                   const QDateTime &now = QDateTime::currentDateTime());
    bool isNull() const { return m_target.isEmpty(); }

    // Copies and verifies; never touches the Database object, so it may run on another thread.
    // What went wrong is kept for finish().
    void write();
    // Names the file, rotates, and appends the backup's entry to the trail of `database` (none
    // when it is null or read-only). Throws DataError when the backup failed: nothing is left
    // behind then. Returns the file.
    QString finish(const Database *database);

    QString target() const { return m_target; }
    QString databasePath() const { return m_databasePath; }
    QString problem() const { return m_problem; }
    // Who was acting when it was prepared: the trail names them when the entry is written after
    // the account signed out.
    QString actor() const { return m_actor; }
    qint64 bytes() const { return m_bytes; }

    // True when the newest automatic backup is a day old or older (or there is none) and some
    // record changed since it was made.
    static bool isDue(const Database &database, const QString &folder,
                      const QDateTime &now = QDateTime::currentDateTime());
    // Removes the oldest automatic backups until at most `keep` remain and together they take
    // at most `maxBytes` (0: no bound); the newest always stays. Returns the files removed.
    static QStringList rotate(const QString &databasePath, const BackupPolicy &policy);
    // The bytes the automatic backups of the database take in `folder`.
    static qint64 bytesUsed(const QString &databasePath, const QString &folder);

private:
    QString m_databasePath;
    BackupPolicy m_policy;
    QString m_reason;
    QString m_actor;
    QString m_target;
    QString m_scratch;
    QVariant m_recordChanges;
    QString m_problem;
    QString m_sha256;
    qint64 m_bytes = 0;
    bool m_written = false;
};
