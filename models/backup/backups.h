#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class Database;
class SigningKey;

// Who restores: the account's name for the trail and, when it has one, its signing key, which
// signs the restore record appended to the seal file.
struct Restorer
{
    Restorer(const QString &actorName = {}) // NOLINT: a name alone restores without a record
        : actor(actorName)
    {}

    QString actor;
    QString accountName;
    QString role;
    std::shared_ptr<const SigningKey> signingKey;
    QString sealedSecret; // the key's stored form, so the restored database knows the key too

    // The account signed in to `current`, the database about to be replaced: refused with an
    // AccessError unless it may back up (a database without accounts lets anyone restore).
    static Restorer of(const Database &current);
};

// Copies of a database made with VACUUM INTO (a consistent snapshot, through Qt Sql only, so
// the same code runs where SQLite is compiled into the Qt driver), each verified after writing.
// Restoring verifies the backup first and keeps the current database aside until the restored
// one has opened.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    // A backup asked for by an account allowed to make one; `target` must not exist yet. With a
    // passphrase the file is encrypted (BackupCrypto). Audited. Returns the file's size.
    static qint64 create(const Database &database, const QString &target,
                         const QString &passphrase = {});
    // What to do instead on a server, whose backups and restores are its administrator's
    // (pg_dump and pg_restore, docs/SERVER.md): the program's own refuse with these words.
    static QString serverBackupAdvice();
    static QString serverRestoreAdvice();
    // Throws DataError unless `path` is a sound, unencrypted Integrity Dossier database this
    // version can open: SQLite's integrity_check, the application id, the schema version.
    static void verify(const QString &path);
    // SHA-256 of a file's bytes, hex, as the trail records a backup; empty when unreadable.
    static QString sha256(const QString &path);
    // verify(), and then what a restore must also trust: no record pointing to one that does
    // not exist, an unbroken audit chain agreeing with its kept count, and genuine seals.
    static void verifyFully(const QString &path);
    // Puts the backup in place of `databasePath` (closed). The backup is decrypted, when it is
    // encrypted, inside the database's own folder, and checked fully (verifyFully); a backup of
    // another database (another commission's, or another file's) is refused unless
    // `otherDatabase` says so. `authorize` runs once the backup has checked out and before
    // anything changes (it signs in, and throws to refuse); it returns who restores. The
    // restored database gets, before it takes the place of the current one in one rename, an
    // audit entry by that account naming the replaced database's identity, entry count, head
    // and newest seal, so no restore is ever without its entry; with the restorer's signing key
    // that entry is sealed at once and the seal (the restore record) is appended to the seal
    // file once the restored database is in place, so `check` can tell the seals of the
    // replaced trail from those of a trail cut short unseen. The replaced database is kept
    // as "<name>.before-restore-<time>" (encrypted with the same passphrase when the backup
    // was); its path is returned (empty when there was no database). Nothing else is left
    // behind, refused or not.
    static QString restore(const QString &backupPath, const QString &databasePath,
                           const QString &passphrase, const std::function<Restorer()> &authorize,
                           bool otherDatabase = false);

    // The automatic backups: "<folder>/<database name>-<yyyyMMdd-HHmmss>.db", the newest `keep`
    // kept, and together no more than `maxBytes` (0: no bound). Made by the program, whoever is
    // signed in; audited with `reason`. Returns the file. Made here and now, due or not: the
    // window makes them on a thread of its own, when due (AutomaticBackup, BackgroundBackup).
    static QString automatic(const Database &database, const QString &folder, int keep,
                             const QString &reason, qint64 maxBytes = 0);
    // True when the newest automatic backup of the database is older than a day (or missing).
    static bool dailyDue(const QString &databasePath, const QString &folder,
                         const QDateTime &now = QDateTime::currentDateTime());
    static QString defaultFolder(const QString &databasePath);
    static QStringList automaticBackups(const QString &databasePath, const QString &folder);
    // The `backups_kept` setting (10 unless set).
    static int keptSetting(const Database &database);

private:
    static void vacuumInto(const Database &database, const QString &target);
    // Scratch files a killed backup to `target` left beside it.
    static void removeUnfinished(const QString &target);
    static void encryptInto(const Database &database, const QString &target,
                            const QString &passphrase);
};
