#include "sentpackages.h"

#include "storage/sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace SentPackages {

namespace {

const QString kSentColumns
    = QStringLiteral("id, case_ids, case_numbers, reviewer, reviewer_key, exported_by, "
                     "exported_at, expires_on, file_sha256, base, state, merged_at, merged_by, "
                     "return_id");

QString sentTimestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

SentPackage sentPackageOf(const QSqlQuery &query)
{
    SentPackage package;
    package.id = query.value(0).toString();
    for (const QJsonValue &id : QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array())
        package.caseIds << id.toInteger();
    package.caseNumbers = query.value(2).toString();
    package.reviewer = query.value(3).toString();
    package.reviewerKey = query.value(4).toString();
    package.exportedBy = query.value(5).toString();
    package.exportedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    package.expiresOn = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    package.fileSha256 = query.value(8).toString();
    package.base = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
    package.merged = query.value(10).toString() == QLatin1String("merged");
    package.mergedAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    package.mergedBy = query.value(12).toString();
    package.returnId = query.value(13).toString();
    return package;
}

} // namespace

void record(const QSqlDatabase &db, const SentPackage &package)
{
    QJsonArray caseIds;
    for (const qint64 id : package.caseIds)
        caseIds.append(id);
    Sql::run(db,
             QStringLiteral("INSERT INTO review_packages (id, case_ids, case_numbers, reviewer, "
                            "reviewer_key, exported_by, exported_at, expires_on, file_sha256, "
                            "base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {package.id, QString::fromUtf8(QJsonDocument(caseIds).toJson(QJsonDocument::Compact)),
              package.caseNumbers, package.reviewer, package.reviewerKey.toLower(),
              package.exportedBy, sentTimestamp(package.exportedAt),
              package.expiresOn.toString(Qt::ISODate), package.fileSha256,
              QString::fromUtf8(QJsonDocument(package.base).toJson(QJsonDocument::Compact))});
}

std::optional<SentPackage> find(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query = Sql::run(
        db, QStringLiteral("SELECT %1 FROM review_packages WHERE id = ?").arg(kSentColumns),
        {id.toLower()});
    if (!query.next())
        return std::nullopt;
    return sentPackageOf(query);
}

QVector<SentPackage> all(const QSqlDatabase &db)
{
    QSqlQuery query = Sql::run(
        db, QStringLiteral("SELECT %1 FROM review_packages ORDER BY exported_at DESC, id")
                .arg(kSentColumns));
    QVector<SentPackage> packages;
    while (query.next())
        packages << sentPackageOf(query);
    return packages;
}

QStringList mergedReturns(const QSqlDatabase &db)
{
    QSqlQuery query = Sql::run(
        db, QStringLiteral("SELECT return_id FROM review_packages WHERE state = 'merged' AND "
                           "return_id IS NOT NULL"));
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

void markMerged(const QSqlDatabase &db, const QString &id, const QString &returnId,
                const QString &mergedBy, const QJsonArray &returnTrail)
{
    Sql::run(db,
             QStringLiteral("UPDATE review_packages SET state = 'merged', merged_at = ?, "
                            "merged_by = ?, return_id = ?, return_trail = ? WHERE id = ? AND "
                            "state = 'exported'"),
             {sentTimestamp(QDateTime::currentDateTimeUtc()), mergedBy, returnId.toLower(),
              QString::fromUtf8(QJsonDocument(returnTrail).toJson(QJsonDocument::Compact)),
              id.toLower()});
}

} // namespace SentPackages
