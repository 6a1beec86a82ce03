#include "unitdirectory.h"

#include "storage/sql.h"

#include <QSqlQuery>

UnitDirectory::UnitDirectory(const QSqlDatabase &db)
    : m_db(db)
{}

std::vector<UnitRow> UnitDirectory::units() const
{
    // Cadres are counted per unit through the cadres_unit index, then summed up every unit's
    // ancestors through the closure of the parent links. UNION, not UNION ALL: a loop in the
    // parent links ends the recursion instead of running forever.
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral(
            "WITH RECURSIVE direct(unit_id, cadres) AS (SELECT unit_id, count(*) FROM cadres "
            "GROUP BY unit_id), "
            "closure(ancestor, id) AS (SELECT id, id FROM units UNION SELECT c.ancestor, u.id "
            "FROM units u JOIN closure c ON u.parent_id = c.id), "
            "totals(unit_id, cadres) AS (SELECT c.ancestor, sum(d.cadres) FROM closure c "
            "JOIN direct d ON d.unit_id = c.id GROUP BY c.ancestor) "
            "SELECT u.id, u.parent_id, u.name, u.kind, u.sort_order, coalesce(d.cadres, 0), "
            "coalesce(t.cadres, 0) FROM units u LEFT JOIN direct d ON d.unit_id = u.id "
            "LEFT JOIN totals t ON t.unit_id = u.id ORDER BY u.sort_order, u.id"));
    std::vector<UnitRow> units;
    while (query.next()) {
        UnitRow row;
        row.id = query.value(0).toLongLong();
        row.parentId = query.value(1).toLongLong();
        row.name = query.value(2).toString();
        row.kind = query.value(3).toString();
        row.sortOrder = query.value(4).toInt();
        row.cadres = query.value(5).toInt();
        row.cadresWithSubunits = query.value(6).toInt();
        units.push_back(row);
    }
    return units;
}
