#include "dossier.h"

#include "access/access.h"
#include "domain/dataerror.h"
#include "dossier/opinionservice.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

DossierLoader::DossierLoader(const Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

Dossier DossierLoader::load(qint64 cadreId, QDate asOf) const
{
    Access::requireDossier(m_database, cadreId, Permission::ReadDossiers);
    QSqlQuery header = Sql::run(
        m_db,
        QStringLiteral("SELECT c.dossier_number, c.name, c.gender, c.birth_date, u.name, "
                       "c.position, c.rank, c.party_membership, c.is_top_leader, c.status "
                       "FROM cadres c JOIN units u ON u.id = c.unit_id WHERE c.id = ?"),
        {cadreId});
    if (!header.next())
        throw DataError(
            QCoreApplication::translate("DossierLoader", "There is no cadre with id %1.")
                .arg(cadreId));
    Dossier dossier;
    dossier.cadreId = cadreId;
    dossier.dossierNumber = header.value(0).toString();
    dossier.name = header.value(1).toString();
    dossier.gender = header.value(2).toString();
    dossier.birthDate = QDate::fromString(header.value(3).toString(), Qt::ISODate);
    dossier.unitName = header.value(4).toString();
    dossier.position = header.value(5).toString();
    dossier.rank = header.value(6).toString();
    dossier.partyMembership = header.value(7).toString();
    dossier.topLeader = header.value(8).toBool();
    dossier.status = header.value(9).toString();

    const QString day = asOf.toString(Qt::ISODate);
    dossier.overdueRectifications
        = Sql::scalar(m_db,
                      QStringLiteral("SELECT count(*) FROM findings WHERE responsible_cadre_id = ? "
                                     "AND status <> 'completed' AND deadline < ?"),
                      {cadreId, day})
              .toInt();

    const OpinionService opinions(m_database);
    const OpinionFacts facts = opinions.facts(cadreId, asOf);
    dossier.opinion = decideOpinion(facts, opinions.rules());
    dossier.asOf = asOf;
    dossier.impacts = computeImpactPeriods(facts.measures, opinions.rules());
    for (const auto &clue : facts.clues) {
        if (!clue.closedOn.isValid() || clue.closedOn > asOf)
            ++dossier.openClues;
    }

    QSqlQuery timeline = Sql::run(m_db,
                                  QStringLiteral("SELECT kind, record_id, date, detail FROM "
                                                 "cadre_timeline WHERE cadre_id = ? "
                                                 "ORDER BY date DESC, kind, record_id DESC"),
                                  {cadreId});
    while (timeline.next()) {
        TimelineEntry entry;
        entry.kind = timeline.value(0).toString();
        entry.recordId = timeline.value(1).toLongLong();
        entry.date = QDate::fromString(timeline.value(2).toString(), Qt::ISODate);
        entry.detail = timeline.value(3).toString();
        dossier.timeline.push_back(entry);
    }
    Access::recordView(m_database, cadreId);
    return dossier;
}
