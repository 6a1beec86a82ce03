#include "recentchanges.h"

#include "access/access.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace RecentChanges {

QString dossierEntries()
{
    return QStringLiteral(
        "FROM (SELECT * FROM audit_log WHERE cadre_id = ? "
        "UNION ALL SELECT * FROM audit_log WHERE cadre_id IS NULL AND entity = 'clues' "
        "AND entity_id IN (SELECT clue_id FROM clue_subjects WHERE cadre_id = ?) "
        "UNION ALL SELECT * FROM audit_log WHERE cadre_id IS NULL AND entity = 'cases' "
        "AND entity_id IN (SELECT case_id FROM case_subjects WHERE cadre_id = ?) "
        "UNION ALL SELECT * FROM audit_log WHERE cadre_id IS NULL "
        "AND entity = 'warning_education_events' AND entity_id IN "
        "(SELECT event_id FROM warning_education_attendance WHERE cadre_id = ?)) e");
}

QVector<RecentChange> of(const Database &database, qint64 cadreId, const QDateTime &since,
                         int limit)
{
    if (!Access::mayReadDossier(database, cadreId))
        return {};
    QSqlQuery query = Sql::run(
        database.connection(),
        QStringLiteral("SELECT e.user_name, coalesce(nullif(a.real_name, ''), e.user_name), "
                       "e.action, e.entity, e.at ")
            + dossierEntries()
            + QStringLiteral(" LEFT JOIN accounts a ON a.name = e.user_name WHERE e.at >= ? AND "
                             "e.user_name <> ? AND e.action IN ('create', 'update', 'delete', "
                             "'restore', 'advance', 'retract') ORDER BY e.id DESC LIMIT ?"),
        {cadreId, cadreId, cadreId, cadreId, since.toUTC().toString(Qt::ISODateWithMs),
         database.actor(), limit});
    QVector<RecentChange> changes;
    while (query.next()) {
        RecentChange change;
        change.account = query.value(0).toString();
        change.name = query.value(1).toString();
        change.action = query.value(2).toString();
        change.table = query.value(3).toString();
        change.at = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        changes << change;
    }
    return changes;
}

} // namespace RecentChanges
