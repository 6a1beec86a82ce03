#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

class Database;
class SigningKey;

// One seal: a signature, by an account's signing key, over the audit trail's count and the hash
// of its last entry at that moment. The trail may grow after a seal but never change below it.
struct AuditSeal
{
    QString databaseId;
    QString at;
    qint64 entries = 0;
    QString headHash;
    QString accountName;
    QString role;
    QString publicKey;
    QString reason;
    QString signature; // hexadecimal

    // What is signed: every field but the signature, one per line.
    QByteArray message() const;
    QByteArray toJsonLine() const;
    static AuditSeal fromJsonLine(const QByteArray &line, bool *ok);
};

// Seals over the audit trail: made on demand by the security auditor and automatically
// (daily, at every backup and restore, at every print of an opinion reply) by whoever is signed
// in; kept in the database and appended to a seal file outside it (the `seal_file` setting,
// else beside the database), so that wiping the database's seals leaves their copies.
class AuditSeals
{
public:
    explicit AuditSeals(const Database &database);

    // Signs the trail's present head and count with the signed-in account's key, in its own
    // transaction with an audit entry, and appends the seal to the seal file. Returns false
    // (nothing sealed) when the account has no unlocked key — it has not yet set a password of
    // its own — or the database is read-only; throws DataError when the seal file cannot be
    // written after the seal was stored.
    bool seal(const QString &reason);
    // Seals once a day: when the newest seal is older than a day, or there is none.
    bool sealDaily();
    // The restorer's key (its public half and its stored form), added to the restored database
    // when the account is there by name and the key is not, so that the restore record is
    // signed by a key this database knows. Inside the caller's transaction, before the restore's
    // entry, which accounts for it.
    static void addRestorerKey(const Database &restored, const SigningKey &key,
                               const QString &sealedSecret, const QString &accountName);
    // The restore record: a seal, by the restorer's key from the replaced database, over the
    // restored trail whose head is the restore's own entry. Stored in the database; the caller
    // appends it to the seal file once the restored file is in place.
    static AuditSeal sealRestore(const Database &restored, const SigningKey &key,
                                 const QString &accountName, const QString &role);

    // The seal file's path for a database file: the `seal_file` setting, else beside it; for a
    // server database, in the program's data on this computer.
    static QString sealFile(const QSqlDatabase &db, const QString &databasePath);
    // The seals stored in the database, and those in a seal file, oldest first.
    static QVector<AuditSeal> stored(const QSqlDatabase &db);
    static QVector<AuditSeal> readFile(const QString &path, QString *error = nullptr);

    struct Verification
    {
        int seals = 0;        // distinct seals checked
        QString firstBroken;  // the first seal that no longer matches, described; empty if none
        QStringList problems; // every problem, for the report
        // Seals of a trail a recorded restore replaced: not problems, but told.
        QStringList replaced;
    };
    // Checks every seal in the database and in `sealFilePath` (when it exists): signed by a
    // key the database knows, over this database, its signature genuine, and the trail still
    // holding the sealed entry with the sealed hash. Seals in only one of the two places are
    // problems too. A seal the trail no longer matches is explained, not a problem, when it is
    // older than a restore whose entry is in the trail and whose restore record is genuine
    // and in the seal file, and it sealed no more entries than the replaced trail had.
    static Verification verify(const QSqlDatabase &db, const QString &sealFilePath);

    // Appends one seal to a seal file (created owner-only), flushed to disk.
    static void appendToFile(const QString &path, const AuditSeal &seal);

private:
    const Database &m_database;
};
