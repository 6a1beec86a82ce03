#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

// One review package this database sent out, as review_packages keeps it.
struct SentPackage
{
    QString id;
    QList<qint64> caseIds;
    QString caseNumbers;
    QString reviewer;
    QString reviewerKey; // Ed25519, hexadecimal: the key its return package must be signed with
    QString exportedBy;
    QDateTime exportedAt;
    QDate expiresOn;
    QString fileSha256;
    QJsonObject base; // the case review records as sent (ReviewRows::toJson, without content)
    bool merged = false;
    QDateTime mergedAt;
    QString mergedBy;
    QString returnId;
};

// The review packages a database sent out (review_packages), for the return packages to be
// checked and merged against. Writes happen inside the caller's transaction, beside its audit
// entry.
namespace SentPackages {

void record(const QSqlDatabase &db, const SentPackage &package);
std::optional<SentPackage> find(const QSqlDatabase &db, const QString &id);
// Every package sent, the newest first.
QVector<SentPackage> all(const QSqlDatabase &db);
// The ids of the return packages merged so far.
QStringList mergedReturns(const QSqlDatabase &db);
// Marks the package merged with the return package `returnId` and the trail it carried.
void markMerged(const QSqlDatabase &db, const QString &id, const QString &returnId,
                const QString &mergedBy, const QJsonArray &returnTrail);

} // namespace SentPackages
