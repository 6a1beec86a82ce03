#include "materialsimilarity.h"

#include "access/access.h"
#include "domain/session.h"
#include "shingles.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace {

struct Loaded
{
    qint64 id = 0;
    qint64 unitId = 0;
    qint64 cadreId = 0;
    int year = 0;
    QString meeting;
    QString title;
    QString unitName;
    QString author;
    Shingles shingles{QString()};
};

// The cadre's own materials over the years, or the unit team's.
QString authorKey(const Loaded &material)
{
    return material.cadreId ? QStringLiteral("c%1").arg(material.cadreId)
                            : QStringLiteral("u%1").arg(material.unitId);
}

Loaded read(const QSqlQuery &query)
{
    Loaded material;
    material.id = query.value(0).toLongLong();
    material.unitId = query.value(1).toLongLong();
    material.cadreId = query.value(2).toLongLong();
    material.year = query.value(3).toInt();
    material.meeting = query.value(4).toString();
    material.title = query.value(5).toString();
    material.shingles = Shingles(query.value(6).toString());
    material.unitName = query.value(7).toString();
    material.author = query.value(8).toString();
    return material;
}

} // namespace

MaterialSimilarity::MaterialSimilarity(const Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

double MaterialSimilarity::threshold() const
{
    return SettingsStore(m_db).value(Setting::SimilarityThreshold);
}

QVector<MaterialPair> MaterialSimilarity::pairs(int year, const StatisticScope &scope) const
{
    return pairs(year, scope, threshold());
}

QVector<int> MaterialSimilarity::years() const
{
    QVector<int> years;
    QSqlQuery query
        = Sql::run(m_db, QStringLiteral("SELECT DISTINCT year FROM "
                                        "self_examination_materials ORDER BY year DESC"));
    while (query.next())
        years.append(query.value(0).toInt());
    return years;
}

QVector<MaterialPair> MaterialSimilarity::pairs(int year, const StatisticScope &requestedScope,
                                                double threshold) const
{
    // An account limited to some units compares the materials of those units only.
    const StatisticScope scope
        = requestedScope.within(Access::require(m_database, Permission::ReadDossiers));
    const QString columns = QStringLiteral(
        "SELECT m.id, m.unit_id, coalesce(m.cadre_id, 0), m.year, m.meeting, m.title, m.content, "
        "u.name, coalesce(c.name, '') FROM self_examination_materials m "
        "JOIN units u ON u.id = m.unit_id LEFT JOIN cadres c ON c.id = m.cadre_id ");
    const QString unitTest = scope.test(QStringLiteral("m.unit_id"));
    QVector<Loaded> current;
    QSqlQuery query
        = Sql::run(m_db, scope.with() + columns + QStringLiteral("WHERE m.year = ?") + unitTest,
                   scope.withValues() + QVariantList{year});
    while (query.next())
        current.append(read(query));

    // Earlier materials by the same authors: the cadres' own, and the teams' of the same units.
    QHash<QString, QVector<Loaded>> earlier;
    // Two halves, each read through its own index: the cadres' by cadre, the teams' by unit and
    // year; as one condition with OR, every earlier material of every unit would be read (the
    // unary + keeps a team's materials from being looked for by their empty cadre).
    QSqlQuery previous = Sql::run(
        m_db,
        scope.with() + columns
            + QStringLiteral("WHERE m.cadre_id IN (SELECT m.cadre_id FROM "
                             "self_examination_materials m WHERE m.year = ? AND m.cadre_id IS NOT "
                             "NULL%1) AND m.year < ? UNION ALL ")
                  .arg(unitTest)
            + columns
            + QStringLiteral("WHERE +m.cadre_id IS NULL AND m.unit_id IN (SELECT m.unit_id FROM "
                             "self_examination_materials m WHERE m.year = ? AND +m.cadre_id IS "
                             "NULL%1) AND m.year < ?")
                  .arg(unitTest),
        scope.withValues() + QVariantList{year, year, year, year});
    while (previous.next()) {
        Loaded material = read(previous);
        earlier[authorKey(material)].append(std::move(material));
    }

    QVector<MaterialPair> found;
    auto keep = [&](const Loaded &material, const Loaded &other, MaterialPair::Relation relation) {
        const double similarity = material.shingles.similarity(other.shingles);
        if (similarity < threshold)
            return;
        MaterialPair pair;
        pair.materialId = material.id;
        pair.otherId = other.id;
        pair.relation = relation;
        pair.similarity = similarity;
        pair.unitId = material.unitId;
        pair.unitName = material.unitName;
        pair.year = material.year;
        pair.otherYear = other.year;
        pair.cadreId = material.cadreId;
        pair.author = material.author;
        pair.otherAuthor = other.author;
        pair.title = material.title;
        pair.otherTitle = other.title;
        found.append(pair);
    };

    QHash<QString, QVector<int>> meetings; // unit and meeting → indexes into current
    for (int i = 0; i < current.size(); ++i) {
        const Loaded &material = current.at(i);
        for (const Loaded &other : earlier.value(authorKey(material)))
            keep(material, other, MaterialPair::Relation::PreviousYear);
        meetings[QStringLiteral("%1/%2").arg(material.unitId).arg(material.meeting)].append(i);
    }
    for (const QVector<int> &group : std::as_const(meetings)) {
        for (int a = 0; a < group.size(); ++a) {
            for (int b = a + 1; b < group.size(); ++b)
                keep(current.at(group.at(b)), current.at(group.at(a)),
                     MaterialPair::Relation::Colleague);
        }
    }
    std::sort(found.begin(), found.end(), [](const MaterialPair &x, const MaterialPair &y) {
        return x.similarity > y.similarity;
    });
    return found;
}

MaterialSimilarity::Material MaterialSimilarity::material(qint64 id) const
{
    Material material;
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT m.id, coalesce(c.name, ''), m.title, m.content, m.year, "
                       "coalesce(m.cadre_id, 0) FROM "
                       "self_examination_materials m LEFT JOIN cadres c ON c.id = m.cadre_id "
                       "WHERE m.id = ?"),
        {id});
    if (query.next()) {
        // A cadre's own material is part of the dossier: the dossier rules apply to it.
        if (const qint64 cadreId = query.value(5).toLongLong())
            Access::requireDossier(m_database, cadreId, Permission::ReadDossiers);
        else
            Access::require(m_database, Permission::ReadDossiers);
        material.id = query.value(0).toLongLong();
        material.author = query.value(1).toString();
        material.title = query.value(2).toString();
        material.content = query.value(3).toString();
        material.year = query.value(4).toInt();
    }
    return material;
}
