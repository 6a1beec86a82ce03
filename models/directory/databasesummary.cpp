#include "databasesummary.h"

#include "access/access.h"
#include "domain/session.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QSqlQuery>

DatabaseSummary DatabaseSummary::read(const Database &database)
{
    const QSqlDatabase db = database.connection();
    DatabaseSummary summary;
    summary.commissionName = SettingsStore(db).value(Setting::CommissionName);
    if (!database.session())
        return summary;
    const Visibility visibility = Access::visibility(database);
    const QString cadreUnits = visibility.unitTest(QStringLiteral("unit_id"));
    QSqlQuery query
        = Sql::run(db, QStringLiteral("SELECT (SELECT count(*) FROM units WHERE true%1), "
                                      "(SELECT count(*) FROM cadres WHERE true%2)")
                           .arg(visibility.unitTest(QStringLiteral("id")), cadreUnits));
    if (query.next()) {
        summary.units = query.value(0).toInt();
        summary.cadres = query.value(1).toInt();
    }
    if (!visibility.facts)
        return summary;
    // A clue or case counts once when any of its subjects is a cadre of the account's units.
    const QString inUnits = QStringLiteral("(SELECT id FROM cadres WHERE true%1)").arg(cadreUnits);
    query = Sql::run(db, visibility.allUnits
                             ? QStringLiteral("SELECT (SELECT count(*) FROM clues), "
                                              "(SELECT count(*) FROM cases)")
                             : QStringLiteral("SELECT (SELECT count(DISTINCT clue_id) FROM "
                                              "clue_subjects WHERE cadre_id IN %1), (SELECT "
                                              "count(DISTINCT case_id) FROM case_subjects WHERE "
                                              "cadre_id IN %1)")
                                   .arg(inUnits));
    if (query.next()) {
        summary.clues = query.value(0).toInt();
        summary.cases = query.value(1).toInt();
    }
    return summary;
}
