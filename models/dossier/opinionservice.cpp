#include "opinionservice.h"

#include "access/access.h"
#include "domain/cluestatemachine.h"
#include "storage/database.h"
#include "storage/rulesstore.h"
#include "storage/sql.h"

#include <QSqlQuery>

OpinionService::OpinionService(const Database &database)
    : m_database(database)
    , m_db(database.connection())
    , m_rules(RulesStore::load(database.connection()))
{}

OpinionFacts OpinionService::facts(qint64 cadreId, QDate asOf) const
{
    return facts(QList<qint64>{cadreId}, asOf).value(cadreId);
}

QHash<qint64, OpinionFacts> OpinionService::facts(const QList<qint64> &cadreIds, QDate asOf) const
{
    QHash<qint64, OpinionFacts> all;
    for (const qint64 cadreId : cadreIds) {
        Access::requireDossier(m_database, cadreId, Permission::ReadDossiers);
        all[cadreId].asOf = asOf;
    }
    // A few statements for a chunk of cadres: on a server each statement is a round trip, and
    // under an account's own role each is planned with its table's rules.
    constexpr int kChunk = 500;
    for (int from = 0; from < cadreIds.size(); from += kChunk)
        readFacts(cadreIds.mid(from, kChunk), asOf, all);
    return all;
}

void OpinionService::readFacts(const QList<qint64> &cadreIds, QDate asOf,
                               QHash<qint64, OpinionFacts> &all) const
{
    QStringList numbers;
    for (const qint64 cadreId : cadreIds)
        numbers << QString::number(cadreId);
    const QString ids = numbers.join(QLatin1Char(','));
    const QString day = asOf.toString(Qt::ISODate);

    // Each clue's state as it stood on asOf: the last step taken by then. The placeholders are
    // plain positional ones: Qt's SQLite driver refuses a numbered placeholder used twice.
    QSqlQuery clues = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.number, c.received_date, s.outcome, "
            "(SELECT to_state FROM clue_steps WHERE clue_id = c.id AND step_date <= ? "
            " ORDER BY step_date DESC, id DESC LIMIT 1), "
            "(SELECT min(step_date) FROM clue_steps WHERE clue_id = c.id "
            " AND to_state IN ('closed', 'case_filed', 'transferred')), "
            "c.state, c.updated_date, EXISTS (SELECT 1 FROM clue_steps WHERE clue_id = c.id), "
            "s.cadre_id FROM clue_subjects s JOIN clues c ON c.id = s.clue_id "
            "WHERE s.cadre_id IN (%1) AND c.received_date <= ? ORDER BY c.received_date, c.id")
            .arg(ids),
        {day, day});
    while (clues.next()) {
        OpinionFacts::Clue clue;
        clue.id = clues.value(0).toLongLong();
        clue.number = clues.value(1).toString();
        clue.received = Sql::date(clues.value(2));
        clue.state
            = clues.value(4).isNull() ? QStringLiteral("registered") : clues.value(4).toString();
        clue.closedOn = Sql::date(clues.value(5));
        // A clue that came in with its state but without its steps (an older import) stood
        // where it stands now from the day it last changed; before that, its stage is unknown.
        if (!clues.value(8).toBool()) {
            const QDate changed = Sql::date(clues.value(7));
            if (!changed.isValid() || changed <= asOf) {
                clue.state = clues.value(6).toString();
                if (ClueStateMachine::isFinal(clue.state))
                    clue.closedOn = changed.isValid() ? changed : clue.received;
            }
        }
        if (clue.closedOn.isValid() && clue.closedOn <= asOf)
            clue.outcome = clues.value(3).toString();
        all[clues.value(9).toLongLong()].clues.push_back(clue);
    }

    QSqlQuery cases = Sql::run(
        m_db,
        QStringLiteral("SELECT c.id, c.number, c.filed_date, c.closed_date, "
                       "s.transferred_to_judiciary, s.cadre_id FROM case_subjects s "
                       "JOIN cases c ON c.id = s.case_id "
                       "WHERE s.cadre_id IN (%1) AND c.filed_date <= ? ORDER BY c.filed_date, "
                       "c.id")
            .arg(ids),
        {day});
    while (cases.next()) {
        OpinionFacts::Case record;
        record.id = cases.value(0).toLongLong();
        record.number = cases.value(1).toString();
        record.filed = Sql::date(cases.value(2));
        const QDate closed = Sql::date(cases.value(3));
        if (closed.isValid() && closed <= asOf)
            record.closed = closed;
        const QDate transferred = Sql::date(cases.value(4));
        if (transferred.isValid() && transferred <= asOf)
            record.transferredToJudiciary = transferred;
        all[cases.value(5).toLongLong()].cases.push_back(record);
    }

    // In the order one cadre's used to come: each kind by id, as each table gives them.
    QSqlQuery measures = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT id, system || '.' || kind, effective_date, probation_months, "
            "rights_restored_date, NULL, cadre_id, 1 FROM sanctions WHERE cadre_id IN (%1) AND "
            "effective_date <= ? "
            "UNION ALL SELECT id, 'handling.' || kind, effective_date, NULL, NULL, lifted_date, "
            "cadre_id, 2 FROM organizational_handlings WHERE cadre_id IN (%1) AND effective_date "
            "<= ? "
            "UNION ALL SELECT id, 'admonition', effective_date, NULL, NULL, NULL, cadre_id, 3 "
            "FROM admonitions WHERE cadre_id IN (%1) AND effective_date <= ? ORDER BY 8, 1")
            .arg(ids),
        {day, day, day});
    while (measures.next()) {
        MeasureRecord measure;
        measure.id = measures.value(0).toLongLong();
        measure.measure = measures.value(1).toString();
        measure.effectiveDate = Sql::date(measures.value(2));
        if (!measures.value(3).isNull())
            measure.probationMonths = measures.value(3).toInt();
        const QDate restored = Sql::date(measures.value(4));
        if (restored.isValid() && restored <= asOf)
            measure.rightsRestoredDate = restored;
        const QDate lifted = Sql::date(measures.value(5));
        if (lifted.isValid() && lifted <= asOf)
            measure.liftedDate = lifted;
        all[measures.value(6).toLongLong()].measures.push_back(measure);
    }
}

OpinionResult OpinionService::decide(qint64 cadreId, QDate asOf) const
{
    return decideOpinion(facts(cadreId, asOf), m_rules);
}

QHash<qint64, OpinionResult> OpinionService::decide(const QList<qint64> &cadreIds, QDate asOf) const
{
    QHash<qint64, OpinionResult> results;
    const QHash<qint64, OpinionFacts> all = facts(cadreIds, asOf);
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        results.insert(it.key(), decideOpinion(it.value(), m_rules));
    return results;
}
