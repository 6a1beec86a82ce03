#include "auditlog.h"

#include "database.h"
#include "dialect.h"
#include "sql.h"
#include "transaction.h"

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
                  const QString &after, const QString &previousHash, const QVariant &changesFrom,
                  const QVariant &changesTo)
{
    const QChar separator(0x1f);
    QStringList fields{
        QString::number(id),      at,     user,  action,      entity, QString::number(entityId),
        QString::number(cadreId), before, after, previousHash};
    // Entries written before the count of record changes existed are hashed as they were.
    if (!changesTo.isNull())
        fields << QString::number(changesFrom.toLongLong())
               << QString::number(changesTo.toLongLong());
    const QString canonical = fields.join(separator);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toUtf8());
    hash.addData(canonical.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QVariant AuditLog::recordChanges(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT changes FROM record_changes WHERE only = 1"));
}

QVector<AuditLog::UnaccountedChanges> AuditLog::unaccountedChanges(const QSqlDatabase &db)
{
    QVector<UnaccountedChanges> gaps;
    QSqlQuery entries = Sql::run(db, QStringLiteral("SELECT id, at, changes_from, changes_to "
                                                    "FROM audit_log WHERE changes_to IS NOT NULL "
                                                    "ORDER BY id"));
    // Entries of one transaction begin at the same count; the next transaction begins where
    // the last one ended. Anything in between was counted with no entry to account for it.
    UnaccountedChanges last;
    while (entries.next()) {
        const qint64 from = entries.value(2).toLongLong();
        if (from > last.accountedTo)
            gaps.append({last.afterEntry, last.afterTime, entries.value(0).toLongLong(),
                         from - last.accountedTo, last.accountedTo});
        last.afterEntry = entries.value(0).toLongLong();
        last.afterTime = entries.value(1).toString();
        last.accountedTo = qMax(last.accountedTo, entries.value(3).toLongLong());
    }
    const qint64 counted = recordChanges(db).toLongLong();
    if (counted > last.accountedTo)
        gaps.append(
            {last.afterEntry, last.afterTime, 0, counted - last.accountedTo, last.accountedTo});
    return gaps;
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

void AuditLog::append(const Database &database, const AuditEntry &entry)
{
    const QSqlDatabase db = database.connection();
    const QString before = canonicalJson(entry.before);
    const QString after = canonicalJson(entry.after);
    const QVariant entityId
        = entry.entityId ? QVariant(entry.entityId) : QVariant(QMetaType(QMetaType::LongLong));
    const QVariant cadreId
        = entry.cadreId ? QVariant(entry.cadreId) : QVariant(QMetaType(QMetaType::LongLong));
    // The changes this entry's transaction made so far: from the count when it began (or now,
    // for an entry written on its own) to the count now.
    const QVariant changesAtStart = Transaction::changesAtStart(db);
    if (Dialects::of(db) == Dialect::PostgreSql) {
        // On a server the server writes the entry, under the lock its writers take in turn and
        // under the name of the account the connection belongs to: no account may write the
        // trail itself (resources/sql/postgresql/security.sql).
        Sql::run(
            db, QStringLiteral("SELECT dossier_audit_append(?, ?, ?, ?, ?, ?, ?, ?)"),
            {database.actor(), entry.action, entry.entity, entityId, cadreId, before, after,
             changesAtStart.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : changesAtStart});
        return;
    }
    QSqlQuery last
        = Sql::run(db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    qint64 id = 1;
    QString previousHash = genesisHash();
    if (last.next()) {
        id = last.value(0).toLongLong() + 1;
        previousHash = last.value(1).toString();
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QVariant changesTo = recordChanges(db);
    QVariant changesFrom = changesAtStart;
    if (changesFrom.isNull())
        changesFrom = changesTo;
    if (changesTo.isNull())
        changesFrom = QVariant();
    const QString hash
        = chainHash(id, at, database.actor(), entry.action, entry.entity, entry.entityId,
                    entry.cadreId, before, after, previousHash, changesFrom, changesTo);
    Sql::run(db,
             QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, entity_id, "
                            "cadre_id, before, after, prev_hash, hash, changes_from, changes_to) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, "
                            "?, ?)"),
             {id, at, database.actor(), entry.action, entry.entity, entityId, cadreId, before,
              after, previousHash, hash, changesFrom, changesTo});
    Sql::run(db,
             QStringLiteral("INSERT INTO audit_head (only, entries, hash) VALUES (1, ?, ?) "
                            "ON CONFLICT (only) DO UPDATE SET entries = excluded.entries, "
                            "hash = excluded.hash"),
             {id, hash});
}

namespace {

// Crockford's base32 without the letters that read as digits.
QString codeDigest(const QString &hash)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray digest = QCryptographicHash::hash(
        "integrity-dossier paper\n" + hash.toLatin1(), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | quint8(digest[i]);
    QString code;
    for (int i = 0; i < 6; ++i)
        code += QLatin1Char(alphabet[(bits >> (35 - 5 * i)) & 31]);
    return code;
}

} // namespace

QString AuditLog::verificationCode(const QSqlDatabase &db)
{
    // The head kept beside the trail, which every account may read; on a server an account's
    // own role reads only some entries of the trail itself.
    QSqlQuery head
        = Sql::run(db, QStringLiteral("SELECT entries, hash FROM audit_head WHERE only = 1 AND "
                                      "entries > 0 UNION ALL SELECT id, hash FROM (SELECT id, "
                                      "hash FROM audit_log WHERE NOT EXISTS (SELECT 1 FROM "
                                      "audit_head) ORDER BY id DESC LIMIT 1) last"));
    if (!head.next())
        return {};
    return QStringLiteral("%1-%2")
        .arg(head.value(0).toLongLong())
        .arg(codeDigest(head.value(1).toString()));
}

bool AuditLog::codeMatches(const QSqlDatabase &db, const QString &code, QString *explanation)
{
    const QStringList parts = code.trimmed().toUpper().split(QLatin1Char('-'));
    bool ok = false;
    const qint64 id = parts.value(0).toLongLong(&ok);
    const auto say = [&](const QString &text) {
        if (explanation)
            *explanation = text;
        return false;
    };
    if (parts.size() != 2 || !ok || id <= 0 || parts[1].size() != 6)
        return say(QCoreApplication::translate(
                       "AuditLog", "%1 is not a verification code; a code looks like 18342-K7Q2XZ.")
                       .arg(code));
    const QVariant hash
        = Sql::scalar(db, QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {id});
    if (!hash.isValid())
        return say(QCoreApplication::translate(
                       "AuditLog", "The trail no longer has entry %1, which the paper names.")
                       .arg(id));
    if (codeDigest(hash.toString()) != parts[1])
        return say(QCoreApplication::translate("AuditLog",
                                               "Entry %1 of the trail is not the one the paper "
                                               "was printed after: the trail has been rewritten.")
                       .arg(id));
    if (explanation)
        *explanation = QCoreApplication::translate(
                           "AuditLog", "The paper was printed after entry %1, which the trail "
                                       "still holds unchanged.")
                           .arg(id);
    return true;
}

QPair<qint64, QString> AuditLog::storedHead(const QSqlDatabase &db)
{
    QSqlQuery query
        = Sql::run(db, QStringLiteral("SELECT entries, hash FROM audit_head WHERE only = 1"));
    if (!query.next())
        return {-1, QString()};
    return {query.value(0).toLongLong(), query.value(1).toString()};
}

AuditLog::Verification AuditLog::verify(const QSqlDatabase &db)
{
    Verification result;
    QSqlQuery query
        = Sql::run(db, QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, "
                                      "cadre_id, before, after, prev_hash, hash, changes_from, "
                                      "changes_to FROM audit_log ORDER BY id"));
    QString previousHash = genesisHash();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        ++result.entries;
        const QString storedPrevious = query.value(9).toString();
        const QString stored = query.value(10).toString();
        const QString expected = chainHash(id, query.value(1).toString(), query.value(2).toString(),
                                           query.value(3).toString(), query.value(4).toString(),
                                           query.value(5).toLongLong(), query.value(6).toLongLong(),
                                           query.value(7).toString(), query.value(8).toString(),
                                           storedPrevious, query.value(11), query.value(12));
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
