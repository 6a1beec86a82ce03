#include "auditlog.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace {

QString canonicalJson(const QJsonObject &object)
{
    // QJsonDocument writes object keys sorted, which makes the form canonical.
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString chainHash(qint64 id, const QString &at, const QString &user, const QString &action,
                  const QString &entity, qint64 entityId, qint64 cadreId, const QString &before,
                  const QString &after, const QString &previousHash)
{
    const QChar separator(0x1f);
    const QString canonical = QStringList{QString::number(id),
                                          at,
                                          user,
                                          action,
                                          entity,
                                          QString::number(entityId),
                                          QString::number(cadreId),
                                          before,
                                          after,
                                          previousHash}
                                  .join(separator);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toUtf8());
    hash.addData(canonical.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

void AuditLog::append(const Database &database, const AuditEntry &entry)
{
    const QSqlDatabase db = database.connection();
    QSqlQuery last
        = Sql::run(db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    qint64 id = 1;
    QString previousHash = genesisHash();
    if (last.next()) {
        id = last.value(0).toLongLong() + 1;
        previousHash = last.value(1).toString();
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString before = canonicalJson(entry.before);
    const QString after = canonicalJson(entry.after);
    const QString hash = chainHash(id, at, database.actor(), entry.action, entry.entity,
                                   entry.entityId, entry.cadreId, before, after, previousHash);
    Sql::run(db,
             QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, entity_id, "
                            "cadre_id, before, after, prev_hash, hash) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?)"),
             {id, at, database.actor(), entry.action, entry.entity,
              entry.entityId ? QVariant(entry.entityId) : QVariant(QMetaType(QMetaType::LongLong)),
              entry.cadreId ? QVariant(entry.cadreId) : QVariant(QMetaType(QMetaType::LongLong)),
              before, after, previousHash, hash});
}

AuditLog::Verification AuditLog::verify(const QSqlDatabase &db)
{
    Verification result;
    QSqlQuery query
        = Sql::run(db, QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, "
                                      "cadre_id, before, after, prev_hash, hash "
                                      "FROM audit_log ORDER BY id"));
    QString previousHash = genesisHash();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        ++result.entries;
        const QString storedPrevious = query.value(9).toString();
        const QString stored = query.value(10).toString();
        const QString expected = chainHash(
            id, query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toLongLong(), query.value(6).toLongLong(),
            query.value(7).toString(), query.value(8).toString(), storedPrevious);
        QString problem;
        if (storedPrevious != previousHash)
            problem = QCoreApplication::translate("AuditLog",
                                                  "entry %1 does not follow the entry before it")
                          .arg(id);
        else if (stored != expected)
            problem = QCoreApplication::translate("AuditLog",
                                                  "entry %1 was changed after it was written")
                          .arg(id);
        if (!problem.isEmpty()) {
            result.intact = false;
            result.firstBrokenId = id;
            result.problem = problem;
            return result;
        }
        previousHash = stored;
    }
    result.headHash = previousHash;
    return result;
}
