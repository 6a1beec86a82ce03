#include "cadredirectory.h"

#include "search/cadresearchindex.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace {

struct Where
{
    QString sql;
    QVariantList values;
};

Where whereClause(const CadreFilter &filter)
{
    QStringList conditions;
    Where where;
    const auto search = CadreSearchIndex::condition(filter.text, QStringLiteral("c.id"));
    if (!search.isEmpty()) {
        conditions << search.sql;
        where.values << search.values;
    }
    if (filter.unitId != 0) {
        conditions << QStringLiteral(
            "c.unit_id IN (WITH RECURSIVE subtree(id) AS (SELECT ? UNION ALL SELECT u2.id FROM "
            "units u2 JOIN subtree s ON u2.parent_id = s.id) SELECT id FROM subtree)");
        where.values << filter.unitId;
    }
    if (filter.topLeadersOnly)
        conditions << QStringLiteral("c.is_top_leader = 1");
    if (!conditions.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return where;
}

QString orderBy(CadreDirectory::SortKey sort, Qt::SortOrder order)
{
    const QString direction
        = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString column;
    switch (sort) {
    case CadreDirectory::SortKey::Name:
        column = QStringLiteral("c.pinyin_full");
        break;
    case CadreDirectory::SortKey::Unit:
        column = QStringLiteral("u.sort_order");
        break;
    case CadreDirectory::SortKey::Position:
        column = QStringLiteral("c.position");
        break;
    case CadreDirectory::SortKey::Rank:
        column = QStringLiteral("c.rank");
        break;
    case CadreDirectory::SortKey::DossierNumber:
        column = QStringLiteral("c.dossier_number");
        break;
    case CadreDirectory::SortKey::TopLeader:
        column = QStringLiteral("c.is_top_leader");
        break;
    }
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", c.id") + direction;
}

} // namespace

CadreDirectory::CadreDirectory(const QSqlDatabase &db)
    : m_db(db)
{}

int CadreDirectory::count(const CadreFilter &filter) const
{
    const Where where = whereClause(filter);
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM cadres c") + where.sql,
                       where.values)
        .toInt();
}

std::vector<CadreRow> CadreDirectory::page(const CadreFilter &filter, SortKey sort,
                                           Qt::SortOrder order, int offset, int limit) const
{
    const Where where = whereClause(filter);
    QVariantList values = where.values;
    values << limit << offset;
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT c.id, c.dossier_number, c.name, u.name, c.position, c.rank, "
                       "c.is_top_leader, c.status FROM cadres c JOIN units u ON u.id = c.unit_id")
            + where.sql + orderBy(sort, order) + QStringLiteral(" LIMIT ? OFFSET ?"),
        values);
    std::vector<CadreRow> rows;
    rows.reserve(limit);
    while (query.next()) {
        CadreRow row;
        row.id = query.value(0).toLongLong();
        row.dossierNumber = query.value(1).toString();
        row.name = query.value(2).toString();
        row.unitName = query.value(3).toString();
        row.position = query.value(4).toString();
        row.rank = query.value(5).toString();
        row.topLeader = query.value(6).toBool();
        row.status = query.value(7).toString();
        rows.push_back(row);
    }
    return rows;
}
