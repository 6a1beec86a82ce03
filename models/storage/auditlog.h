#pragma once

#include <QJsonObject>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

class Database;

// One thing someone did: created, changed, deleted, viewed, printed, exported …
struct AuditEntry
{
    QString action;
    QString entity;
    qint64 entityId = 0;
    qint64 cadreId = 0;
    QJsonObject before;
    QJsonObject after;
};

// The append-only, hash-chained trail. Each entry's hash is SHA-256 over the previous entry's
// hash and the entry's canonical form, so changing or removing any row breaks the chain.
class AuditLog
{
public:
    // Appends inside the caller's transaction, so the entry commits with the change or not at all.
    static void append(const Database &database, const AuditEntry &entry);

    struct Verification
    {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBrokenId = 0;
        QString problem;
        QString headHash;
    };
    static Verification verify(const QSqlDatabase &db);

    static QString genesisHash();

    // The short code printed on a paper: the trail's head entry when it was printed and a
    // digest of that entry's hash, e.g. "18342-K7Q2XZ". Empty for an empty trail.
    static QString verificationCode(const QSqlDatabase &db);
    // Whether the trail still holds the entry a paper's code names, with the same hash; the
    // chain itself is checked by verify(). `explanation` says why not.
    static bool codeMatches(const QSqlDatabase &db, const QString &code,
                            QString *explanation = nullptr);
    // Changes to records, accounts' rights and keys that the schema's triggers counted and no
    // entry accounts for: made outside the program, after entry `afterEntry` (0: before the
    // first entry that counts) and before entry `beforeEntry` (0: after the last).
    struct UnaccountedChanges
    {
        qint64 afterEntry = 0;
        QString afterTime;
        qint64 beforeEntry = 0;
        qint64 changes = 0;
        qint64 accountedTo = 0; // the count the entries account for up to then
    };
    static QVector<UnaccountedChanges> unaccountedChanges(const QSqlDatabase &db);
    // The count of changes now; null where the schema does not count them yet.
    static QVariant recordChanges(const QSqlDatabase &db);

    // The count and head hash kept beside the trail (audit_head), for check to compare.
    static QPair<qint64, QString> storedHead(const QSqlDatabase &db);
};
