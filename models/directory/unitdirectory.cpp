#include "unitdirectory.h"

#include "access/access.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

UnitDirectory::UnitDirectory(const Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

std::vector<UnitRow> UnitDirectory::units() const
{
    const Visibility visibility = Access::visibility(m_database);
    // Cadres are counted per unit through the cadres_unit index, then summed up every unit's
    // ancestors through the closure of the parent links. UNION, not UNION ALL: a loop in the
    // parent links ends the recursion instead of running forever.
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral(
            "WITH RECURSIVE direct(unit_id, cadres) AS (SELECT unit_id, count(*) FROM cadres "
            "WHERE true%1 GROUP BY unit_id), "
            "closure(ancestor, id) AS (SELECT id, id FROM units UNION SELECT c.ancestor, u.id "
            "FROM units u JOIN closure c ON u.parent_id = c.id), "
            "totals(unit_id, cadres) AS (SELECT c.ancestor, sum(d.cadres) FROM closure c "
            "JOIN direct d ON d.unit_id = c.id GROUP BY c.ancestor) "
            "SELECT u.id, u.parent_id, u.name, u.kind, u.sort_order, coalesce(d.cadres, 0), "
            "coalesce(t.cadres, 0), coalesce(u.retired_on, '') FROM units u LEFT JOIN direct d ON "
            "d.unit_id = u.id "
            "LEFT JOIN totals t ON t.unit_id = u.id ORDER BY u.sort_order, u.id")
            .arg(visibility.unitTest(QStringLiteral("unit_id"))));
    std::vector<UnitRow> units;
    QSet<qint64> shown; // a scoped account's units and those above them
    if (!visibility.allUnits) {
        QHash<qint64, qint64> parents;
        QSqlQuery links = Sql::run(m_db, QStringLiteral("SELECT id, parent_id FROM units"));
        while (links.next())
            parents.insert(links.value(0).toLongLong(), links.value(1).toLongLong());
        for (qint64 unit : visibility.units) {
            while (unit != 0 && !shown.contains(unit)) {
                shown.insert(unit);
                unit = parents.value(unit);
            }
        }
    }
    while (query.next()) {
        if (!visibility.allUnits && !shown.contains(query.value(0).toLongLong()))
            continue;
        UnitRow row;
        row.id = query.value(0).toLongLong();
        row.parentId = query.value(1).toLongLong();
        row.name = query.value(2).toString();
        row.kind = query.value(3).toString();
        row.sortOrder = query.value(4).toInt();
        row.cadres = query.value(5).toInt();
        row.cadresWithSubunits = query.value(6).toInt();
        row.retiredOn = query.value(7).toString();
        units.push_back(row);
    }
    return units;
}

QString UnitDirectory::name(qint64 unitId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT name FROM units WHERE id = ?"), {unitId})
        .toString();
}
