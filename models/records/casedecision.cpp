#include "casedecision.h"

#include "access/access.h"
#include "domain/cluestatemachine.h"
#include "domain/dataerror.h"
#include "recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace CaseDecisionParts {

// Where a measure is written, and the proposal column that then points at it.
struct Target
{
    QString table;
    QString proposalColumn;
};

Target targetOf(const QString &measure)
{
    if (measure.startsWith(QLatin1String("handling.")))
        return {QStringLiteral("organizational_handlings"), QStringLiteral("handling_id")};
    if (measure == QLatin1String("admonition"))
        return {QStringLiteral("admonitions"), QStringLiteral("admonition_id")};
    return {QStringLiteral("sanctions"), QStringLiteral("sanction_id")};
}

struct Proposal
{
    qint64 id = 0;
    qint64 cadreId = 0;
    QString measure;
    QVariant probationMonths;
};

// A measure an earlier decision wrote into a subject's dossier, still there.
struct Standing
{
    qint64 proposalId = 0;
    qint64 cadreId = 0;
    QString measure;
    QString table;
    qint64 recordId = 0;
};

QVector<Standing> standingMeasures(const QSqlDatabase &db, qint64 caseId, qint64 reviewId)
{
    QVector<Standing> standing;
    QSqlQuery query = Sql::run(
        db,
        QStringLiteral("SELECT p.id, p.cadre_id, p.measure, p.sanction_id, p.handling_id, "
                       "p.admonition_id FROM case_proposals p JOIN case_reviews r "
                       "ON r.id = p.review_id WHERE r.case_id = ? AND r.id <> ? "
                       "AND coalesce(p.sanction_id, p.handling_id, p.admonition_id) IS NOT NULL "
                       "ORDER BY r.received_date DESC, r.id DESC, p.id"),
        {caseId, reviewId});
    while (query.next()) {
        Standing each;
        each.proposalId = query.value(0).toLongLong();
        each.cadreId = query.value(1).toLongLong();
        each.measure = query.value(2).toString();
        each.table = targetOf(each.measure).table;
        for (int column = 3; column <= 5; ++column)
            if (!query.value(column).isNull())
                each.recordId = query.value(column).toLongLong();
        // The latest review that holds a record speaks for it; older ones point at the same.
        const bool seen
            = std::any_of(standing.cbegin(), standing.cend(), [&each](const Standing &s) {
                  return s.table == each.table && s.recordId == each.recordId;
              });
        if (!seen)
            standing.append(each);
    }
    return standing;
}

} // namespace CaseDecisionParts

CaseDecision::CaseDecision(Database &database)
    : m_database(database)
{}

CaseDecision::Outcome CaseDecision::record(const Decision &decision)
{
    using namespace CaseDecisionParts;
    Access::require(m_database, Permission::WriteRecords);
    const QSqlDatabase db = m_database.connection();
    RecordRepository repository(m_database);
    const QVariantMap review = repository.load(QStringLiteral("case_reviews"), decision.reviewId);
    if (review.isEmpty())
        throw DataError(tr("There is no such review."));
    if (!review.value(QStringLiteral("decided_date")).toString().isEmpty())
        throw DataError(tr("This review was decided on %1 already; an appeal opens a new one.")
                            .arg(review.value(QStringLiteral("decided_date")).toString()));
    if (!decision.decided.isValid())
        throw ValidationError(QStringLiteral("decided_date"), tr("Give the day of the decision."));
    const QDate received = Sql::date(review.value(QStringLiteral("received_date")));
    if (decision.decided < received)
        throw ValidationError(QStringLiteral("decided_date"),
                              tr("The decision cannot come before the case was received for "
                                 "review (%1).")
                                  .arg(received.toString(Qt::ISODate)));
    const qint64 caseId = review.value(QStringLiteral("case_id")).toLongLong();
    const QVariantMap theCase = repository.load(QStringLiteral("cases"), caseId);

    QVector<Proposal> proposals;
    QSqlQuery query = Sql::run(db,
                               QStringLiteral("SELECT id, cadre_id, measure, probation_months "
                                              "FROM case_proposals WHERE review_id = ? "
                                              "ORDER BY id"),
                               {decision.reviewId});
    while (query.next())
        proposals.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                          query.value(2).toString(), query.value(3)});
    if (proposals.isEmpty())
        throw DataError(tr("No measure is proposed in this review: propose one for each subject "
                           "before the decision is recorded."));

    const QString day = decision.decided.toString(Qt::ISODate);
    QString reason = review.value(QStringLiteral("characterisation")).toString().trimmed();
    if (reason.isEmpty())
        reason = theCase.value(QStringLiteral("summary")).toString();
    Outcome outcome;
    Transaction transaction(db);
    QVector<Standing> standing = standingMeasures(db, caseId, decision.reviewId);
    for (const Proposal &proposal : proposals) {
        const Target target = targetOf(proposal.measure);
        QVariantMap written = {{QStringLiteral("decided_date"), day}};
        // An appeal's review that proposes a measure already standing upholds it.
        const auto upheld
            = std::find_if(standing.begin(), standing.end(), [&proposal](const Standing &each) {
                  return each.cadreId == proposal.cadreId && each.measure == proposal.measure;
              });
        if (upheld != standing.end()) {
            written.insert(target.proposalColumn, upheld->recordId);
            repository.update(QStringLiteral("case_proposals"), proposal.id, written);
            standing.erase(upheld);
            ++outcome.kept;
            continue;
        }
        QVariantMap values = {{QStringLiteral("cadre_id"), proposal.cadreId},
                              {QStringLiteral("case_id"), caseId},
                              {QStringLiteral("decided_by"), decision.decidedBy},
                              {QStringLiteral("effective_date"), day},
                              {QStringLiteral("reason"), reason}};
        if (target.table == QLatin1String("sanctions")) {
            values.insert(QStringLiteral("system"),
                          proposal.measure.section(QLatin1Char('.'), 0, 0));
            values.insert(QStringLiteral("kind"), proposal.measure.section(QLatin1Char('.'), 1));
            values.insert(QStringLiteral("decision_number"), decision.decisionNumber);
            if (!proposal.probationMonths.isNull())
                values.insert(QStringLiteral("probation_months"), proposal.probationMonths);
        } else if (target.table == QLatin1String("organizational_handlings")) {
            values.insert(QStringLiteral("kind"), proposal.measure.section(QLatin1Char('.'), 1));
        }
        written.insert(target.proposalColumn, repository.create(target.table, values));
        repository.update(QStringLiteral("case_proposals"), proposal.id, written);
        ++outcome.written;
    }
    // What the earlier decision gave and the appeal's review no longer proposes is withdrawn.
    for (const Standing &each : standing) {
        repository.remove(each.table, each.recordId);
        ++outcome.removed;
    }

    repository.update(QStringLiteral("case_reviews"), decision.reviewId,
                      {{QStringLiteral("decided_date"), day},
                       {QStringLiteral("decided_by"), decision.decidedBy},
                       {QStringLiteral("decision_number"), decision.decisionNumber}});
    repository.update(QStringLiteral("cases"), caseId, {{QStringLiteral("closed_date"), day}});
    // The clue the case came from has reached 立案 by now, if its steps had not said so yet.
    const qint64 clueId = theCase.value(QStringLiteral("clue_id")).toLongLong();
    if (clueId > 0) {
        const QVariantMap clue = repository.load(QStringLiteral("clues"), clueId);
        const QString state = clue.value(QStringLiteral("state")).toString();
        if (ClueStateMachine::canMove(state, QStringLiteral("case_filed"))) {
            QDate filed = Sql::date(theCase.value(QStringLiteral("filed_date")));
            const QDate lastStep = Sql::date(Sql::scalar(
                db, QStringLiteral("SELECT max(step_date) FROM clue_steps WHERE clue_id = ?"),
                {clueId}));
            if (lastStep.isValid() && filed < lastStep)
                filed = decision.decided;
            repository.advanceClue(clueId, QStringLiteral("case_filed"), filed, decision.decidedBy,
                                   tr("Recorded with the decision on case %1.")
                                       .arg(theCase.value(QStringLiteral("number")).toString()),
                                   QStringLiteral("case_filed"));
        }
    }
    transaction.commit();
    return outcome;
}

qint64 CaseDecision::openAppeal(qint64 caseId, QDate received)
{
    Access::require(m_database, Permission::WriteRecords);
    const QSqlDatabase db = m_database.connection();
    QSqlQuery last = Sql::run(db,
                              QStringLiteral("SELECT id, decided_date FROM case_reviews WHERE "
                                             "case_id = ? ORDER BY received_date DESC, id DESC "
                                             "LIMIT 1"),
                              {caseId});
    if (!last.next() || last.value(1).toString().isEmpty())
        throw DataError(tr("An appeal is against a decision: this case has none yet."));
    const QDate decided = Sql::date(last.value(1));
    if (!received.isValid() || received < decided)
        throw ValidationError(QStringLiteral("received_date"),
                              tr("An appeal is received after the decision (%1).")
                                  .arg(decided.toString(Qt::ISODate)));
    RecordRepository repository(m_database);
    Transaction transaction(db);
    const qint64 id
        = repository.create(QStringLiteral("case_reviews"),
                            {{QStringLiteral("case_id"), caseId},
                             {QStringLiteral("kind"), QStringLiteral("appeal")},
                             {QStringLiteral("received_date"), received.toString(Qt::ISODate)}});
    repository.update(QStringLiteral("cases"), caseId,
                      {{QStringLiteral("closed_date"), QVariant(QMetaType(QMetaType::QString))}});
    transaction.commit();
    return id;
}
