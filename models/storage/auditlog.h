#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

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
};
