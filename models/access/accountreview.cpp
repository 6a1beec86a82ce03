#include "accountreview.h"

#include "access.h"
#include "domain/dataerror.h"
#include "domain/role.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace {

QJsonObject objectOf(const QVariant &stored)
{
    return QJsonDocument::fromJson(stored.toString().toUtf8()).object();
}

QString roleName(const QJsonValue &key)
{
    try {
        return Roles::displayName(Roles::fromKey(key.toString()));
    } catch (const DataError &) {
        return key.toString();
    }
}

} // namespace

AccountReview::AccountReview(const Database &database)
    : m_database(database)
{}

QStringList AccountReview::actions()
{
    return {QStringLiteral("account.create"), QStringLiteral("account.reset"),
            QStringLiteral("account.role"),   QStringLiteral("account.scope"),
            QStringLiteral("account.link"),   QStringLiteral("account.disable")};
}

qint64 AccountReview::acknowledgedUpTo() const
{
    qint64 upTo = 0;
    QSqlQuery query = Sql::run(m_database.connection(),
                               QStringLiteral("SELECT after FROM audit_log WHERE action = "
                                              "'account.acknowledge' ORDER BY id"));
    while (query.next())
        upTo = std::max(
            upTo, qint64(objectOf(query.value(0)).value(QStringLiteral("up_to")).toInteger()));
    return upTo;
}

QVector<AccountChange> AccountReview::pending() const
{
    Access::require(m_database, Permission::ReadAudit);
    const QSqlDatabase db = m_database.connection();
    QStringList marks;
    QVariantList values{acknowledgedUpTo()};
    for (const QString &action : actions()) {
        marks << QStringLiteral("?");
        values << action;
    }
    QSqlQuery query = Sql::run(
        db,
        QStringLiteral("SELECT l.id, l.at, l.user_name, l.action, a.name, l.after, l.entity_id "
                       "FROM audit_log l LEFT JOIN accounts a ON a.id = l.entity_id "
                       "WHERE l.id > ? AND l.entity = 'accounts' AND l.action IN (%1) "
                       "ORDER BY l.id")
            .arg(marks.join(QStringLiteral(", "))),
        values);
    QVector<AccountChange> changes;
    while (query.next()) {
        AccountChange change;
        change.entry = query.value(0).toLongLong();
        change.at = query.value(1).toString();
        change.by = query.value(2).toString();
        change.action = query.value(3).toString();
        const QJsonObject after = objectOf(query.value(5));
        change.account = query.value(4).isNull() ? after.value(QStringLiteral("name")).toString()
                                                 : query.value(4).toString();
        if (change.action == QLatin1String("account.create"))
            change.change = tr("new account");
        else if (change.action == QLatin1String("account.reset"))
            change.change = tr("password reset");
        else if (change.action == QLatin1String("account.role"))
            change.change = tr("role now %1").arg(roleName(after.value(QStringLiteral("role"))));
        else if (change.action == QLatin1String("account.scope"))
            change.change = tr("unit scope changed");
        else if (change.action == QLatin1String("account.link"))
            change.change = tr("linked to a cadre's dossier");
        else
            change.change = after.value(QStringLiteral("disabled")).toBool() ? tr("disabled")
                                                                             : tr("enabled again");
        changes << change;
    }
    return changes;
}

int AccountReview::acknowledge(qint64 lastEntry)
{
    const QVector<AccountChange> waiting = pending();
    int count = 0;
    for (const AccountChange &change : waiting) {
        if (change.entry <= lastEntry)
            ++count;
    }
    if (count == 0 || std::none_of(waiting.begin(), waiting.end(), [&](const AccountChange &c) {
            return c.entry == lastEntry;
        }))
        throw DataError(tr("There is no such account change waiting for acknowledgement."));
    Transaction transaction(m_database.connection());
    AuditLog::append(m_database,
                     {QStringLiteral("account.acknowledge"),
                      QStringLiteral("audit_log"),
                      lastEntry,
                      0,
                      {},
                      {{QStringLiteral("up_to"), lastEntry}, {QStringLiteral("changes"), count}}});
    transaction.commit();
    return count;
}
