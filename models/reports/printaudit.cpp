#include "printaudit.h"

#include "access/auditseals.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonObject>

namespace PrintAudit {

void record(const Database &database, const QString &action, const QString &report, qint64 reportId,
            const QList<qint64> &cadreIds, const QString &destination, int pages)
{
    Transaction transaction(database.connection());
    for (const qint64 cadreId : cadreIds) {
        AuditEntry entry;
        entry.action = action;
        entry.entity = report;
        entry.entityId = reportId;
        entry.cadreId = cadreId;
        entry.after = QJsonObject{{QStringLiteral("destination"), destination},
                                  {QStringLiteral("pages"), pages},
                                  {QStringLiteral("cadres"), cadreIds.size()}};
        AuditLog::append(database, entry);
    }
    transaction.commit();
    if (report == QLatin1String("opinion_reply"))
        AuditSeals(database).seal(QStringLiteral("opinion reply"));
}

QString verificationCode(const Database &database)
{
    return AuditLog::verificationCode(database.connection());
}

} // namespace PrintAudit
