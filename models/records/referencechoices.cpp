#include "referencechoices.h"

#include "domain/period.h"
#include "domain/vocabulary.h"
#include "storage/articlesstore.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace {

// A stored ISO date as the interface shows it.
QString shownDate(const QVariant &stored)
{
    return displayDate(QDate::fromString(stored.toString(), Qt::ISODate));
}

} // namespace

ReferenceChoices::ReferenceChoices(const Database &database, qint64 cadreId)
    : m_database(&database)
    , m_db(database.connection())
    , m_cadreId(cadreId)
{
    QSqlQuery cadre = Sql::run(m_db,
                               QStringLiteral("SELECT unit_id, is_top_leader, name, "
                                              "is_team_member FROM cadres WHERE id = ?"),
                               {cadreId});
    if (cadre.next()) {
        m_unitId = cadre.value(0).toLongLong();
        m_topLeader = cadre.value(1).toBool();
        m_name = cadre.value(2).toString();
        m_teamMember = cadre.value(3).toBool();
    }
}

QVector<ReferenceChoices::Choice> ReferenceChoices::choices(FieldType type) const
{
    switch (type) {
    case FieldType::UnitReference:
        return units();
    case FieldType::CaseReference:
        return cases();
    case FieldType::ClueReference:
        return clues();
    case FieldType::InspectionReference:
        return inspections();
    default:
        return {};
    }
}

QVector<QPair<QString, QString>> ReferenceChoices::articles() const
{
    QVector<QPair<QString, QString>> result;
    QStringList seen;
    for (const Article &article : ArticlesStore::load(m_db)) {
        // One line per article number; the version in force is found by the fact's date.
        if (seen.contains(article.key()))
            continue;
        seen << article.key();
        result.append({article.key(), article.citation() + QLatin1Char(' ') + article.topic});
    }
    return result;
}

QVector<ReferenceChoices::Choice> ReferenceChoices::units() const
{
    // Units in use first; a retired one stays to be shown on the records that name it.
    QSqlQuery query = Sql::run(m_db, QStringLiteral("SELECT id, name, retired_on FROM units ORDER "
                                                    "BY retired_on IS NOT NULL, sort_order, "
                                                    "name, id"));
    QVector<Choice> choices;
    while (query.next())
        choices.append({query.value(0).toLongLong(),
                        query.value(2).isNull()
                            ? query.value(1).toString()
                            : tr("%1 (retired %2)")
                                  .arg(query.value(1).toString(), shownDate(query.value(2)))});
    return choices;
}

QVector<ReferenceChoices::Choice> ReferenceChoices::cases() const
{
    QSqlQuery query
        = Sql::run(m_db,
                   QStringLiteral("SELECT c.id, c.number, c.filed_date, c.closed_date, l.number "
                                  "FROM case_subjects s JOIN cases c ON c.id = s.case_id "
                                  "LEFT JOIN clues l ON l.id = c.clue_id "
                                  "WHERE s.cadre_id = ? ORDER BY c.filed_date DESC, c.id DESC"),
                   {m_cadreId});
    QVector<Choice> choices;
    while (query.next()) {
        QString label
            = tr("%1, filed on %2").arg(query.value(1).toString(), shownDate(query.value(2)));
        if (query.value(3).isNull())
            label += tr(", open");
        if (!query.value(4).isNull())
            label += tr(", from clue %1").arg(query.value(4).toString());
        choices.append({query.value(0).toLongLong(), label});
    }
    return choices;
}

QVector<ReferenceChoices::Choice> ReferenceChoices::clues() const
{
    QSqlQuery query
        = Sql::run(m_db,
                   QStringLiteral("SELECT c.id, c.number, c.received_date FROM clue_subjects s "
                                  "JOIN clues c ON c.id = s.clue_id WHERE s.cadre_id = ? "
                                  "ORDER BY c.received_date DESC, c.id DESC"),
                   {m_cadreId});
    QVector<Choice> choices;
    while (query.next()) {
        choices.append(
            {query.value(0).toLongLong(),
             tr("%1, received on %2").arg(query.value(1).toString(), shownDate(query.value(2)))});
    }
    return choices;
}

QVector<ReferenceChoices::Choice> ReferenceChoices::inspections() const
{
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT i.id, i.kind, i.start_date, u.name FROM inspections i "
                       "JOIN units u ON u.id = i.unit_id WHERE i.unit_id = ? "
                       "OR i.id IN (SELECT inspection_id FROM findings "
                       "WHERE responsible_cadre_id = ?) ORDER BY i.start_date DESC, i.id DESC"),
        {m_unitId, m_cadreId});
    QVector<Choice> choices;
    while (query.next()) {
        choices.append({query.value(0).toLongLong(),
                        tr("%1, %2 from %3")
                            .arg(query.value(3).toString(),
                                 Vocabulary::label(QStringLiteral("inspections.kind"),
                                                   query.value(1).toString()),
                                 shownDate(query.value(2)))});
    }
    return choices;
}

qint64 ReferenceChoices::likelyCase() const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT c.id FROM case_subjects s JOIN cases c "
                                      "ON c.id = s.case_id WHERE s.cadre_id = ? "
                                      "ORDER BY c.closed_date IS NULL DESC, c.filed_date DESC, "
                                      "c.id DESC LIMIT 1"),
                       {m_cadreId})
        .toLongLong();
}

QString ReferenceChoices::unitName(qint64 unitId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT name FROM units WHERE id = ?"), {unitId})
        .toString();
}

QString ReferenceChoices::cadreLabel(qint64 cadreId) const
{
    QSqlQuery query = Sql::run(m_db,
                               QStringLiteral("SELECT c.name, u.name, c.position FROM cadres c "
                                              "JOIN units u ON u.id = c.unit_id WHERE c.id = ?"),
                               {cadreId});
    if (!query.next())
        return {};
    return tr("%1 · %2 %3")
        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString())
        .trimmed();
}

bool ReferenceChoices::isTopLeader(qint64 cadreId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT is_top_leader FROM cadres WHERE id = ?"),
                       {cadreId})
        .toBool();
}

bool ReferenceChoices::isTeamMember(qint64 cadreId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT is_team_member FROM cadres WHERE id = ?"),
                       {cadreId})
        .toBool();
}
