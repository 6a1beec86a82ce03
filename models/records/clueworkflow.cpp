#include "recordrepository.h"

#include "access/access.h"
#include "domain/cluestatemachine.h"
#include "domain/dataerror.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

// A clue's workflow: a step forward, and taking the latest step back.

using namespace RepositorySupport;

qint64 RecordRepository::advanceClue(qint64 clueId, const QString &toState, const QDate &date,
                                     const QString &approvedBy, const QString &note,
                                     const QString &outcome, qint64 stepId,
                                     const QString &fromState)
{
    Access::require(m_database, Permission::WriteRecords);
    // The clue is read under the step's own lock: two people cannot both take the step they
    // each saw.
    Transaction transaction(m_db);
    const QVariantMap clue = loadForWriting(QStringLiteral("clues"), clueId);
    if (clue.isEmpty())
        throw DataError(tr("The clue %1 does not exist.").arg(clueId));
    const QString from = clue.value(QStringLiteral("state")).toString();
    if (!fromState.isEmpty() && from != fromState)
        throw ConflictError(
            tr("Someone else took a step on this clue a moment ago: it is now \"%1\". Your step "
               "was not taken; look at the clue again.")
                .arg(ClueStateMachine::stateLabel(from)),
            QStringLiteral("clues"), clueId, {}, clue);
    if (!ClueStateMachine::canMove(from, toState))
        throw ValidationError(
            QStringLiteral("to_state"),
            tr("A clue that is \"%1\" cannot move to \"%2\".")
                .arg(ClueStateMachine::stateLabel(from), ClueStateMachine::stateLabel(toState)));
    if (!date.isValid())
        throw ValidationError(QStringLiteral("step_date"), tr("A step needs its date."));
    const QDate lastStep = Sql::date(Sql::scalar(
        m_db, QStringLiteral("SELECT max(step_date) FROM clue_steps WHERE clue_id = ?"), {clueId}));
    const QDate received = Sql::date(clue.value(QStringLiteral("received_date")));
    if ((lastStep.isValid() && date < lastStep) || date < received)
        throw ValidationError(QStringLiteral("step_date"),
                              tr("A step cannot be dated before the step before it."));
    const QString day = date.toString(Qt::ISODate);
    // Prepared once per repository: an import moves thousands of clues.
    QSqlQuery &step = prepared(
        stepId > 0 ? QStringLiteral("INSERT INTO clue_steps (clue_id, from_state, to_state, "
                                    "step_date, operator, approved_by, approval_date, note, id) "
                                    "VALUES (?, ?, ?, ?, ?, coalesce(?, ''), ?, coalesce(?, ''), "
                                    "?) RETURNING id")
                   : QStringLiteral("INSERT INTO clue_steps (clue_id, from_state, to_state, "
                                    "step_date, operator, approved_by, approval_date, note) "
                                    "VALUES (?, ?, ?, ?, ?, coalesce(?, ''), ?, coalesce(?, '')) "
                                    "RETURNING id"));
    QVariantList stepValues
        = {clueId,
           from,
           toState,
           day,
           m_database.actorName(),
           approvedBy,
           approvedBy.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(day),
           note};
    if (stepId > 0)
        stepValues << stepId;
    for (int i = 0; i < stepValues.size(); ++i)
        step.bindValue(i, stepValues.at(i));
    Sql::exec(step);
    stepId = step.next() ? step.value(0).toLongLong() : 0;
    step.finish();
    const auto disposition = ClueStateMachine::dispositionOf(from, toState);
    QSqlQuery &move = prepared(QStringLiteral(
        "UPDATE clues SET state = ?, disposition = coalesce(?, disposition), updated_date = ? "
        "WHERE id = ?"));
    move.bindValue(0, toState);
    move.bindValue(1,
                   disposition ? QVariant(*disposition) : QVariant(QMetaType(QMetaType::QString)));
    move.bindValue(2, day);
    move.bindValue(3, clueId);
    Sql::exec(move);
    move.finish();
    if (ClueStateMachine::isFinal(toState)) {
        QString subjectOutcome = outcome;
        if (toState == QLatin1String("case_filed"))
            subjectOutcome = QStringLiteral("case_filed");
        else if (toState == QLatin1String("transferred"))
            subjectOutcome = QStringLiteral("transferred");
        if (!subjectOutcome.isEmpty()) {
            QSqlQuery set
                = Sql::prepare(m_db, QStringLiteral("UPDATE clue_subjects SET outcome = ? "
                                                    "WHERE clue_id = ? AND outcome IS NULL"));
            set.bindValue(0, subjectOutcome);
            set.bindValue(1, clueId);
            if (!set.exec())
                throw ValidationError(
                    QStringLiteral("outcome"),
                    explainConstraint(QStringLiteral("clue_subjects"), set.lastError()));
        }
    }
    AuditLog::append(m_database, {QStringLiteral("advance"), QStringLiteral("clues"), clueId, 0,
                                  QJsonObject{{QStringLiteral("state"), from}},
                                  QJsonObject{{QStringLiteral("state"), toState},
                                              {QStringLiteral("step_id"), stepId},
                                              {QStringLiteral("step_date"), day},
                                              {QStringLiteral("outcome"), outcome}}});
    transaction.commit();
    return stepId;
}

void RecordRepository::retractClueStep(qint64 stepId, const QVariantMap &clueBefore,
                                       const QVector<QVariantMap> &subjectsBefore)
{
    Access::require(m_database, Permission::WriteRecords);
    const qint64 clueId
        = Sql::scalar(m_db, QStringLiteral("SELECT clue_id FROM clue_steps WHERE id = ?"), {stepId})
              .toLongLong();
    if (clueId == 0)
        throw DataError(tr("The clue step %1 does not exist.").arg(stepId));
    const qint64 latest
        = Sql::scalar(m_db, QStringLiteral("SELECT max(id) FROM clue_steps WHERE clue_id = ?"),
                      {clueId})
              .toLongLong();
    if (latest != stepId)
        throw ValidationError(QStringLiteral("to_state"),
                              tr("Only the latest step of a clue can be taken back."));
    const QString state = clueBefore.value(QStringLiteral("state")).toString();
    if (!ClueStateMachine::states().contains(state))
        throw ValidationError(QStringLiteral("state"),
                              tr("A clue cannot go back to the unknown state \"%1\".").arg(state));
    const QString current
        = load(QStringLiteral("clues"), clueId).value(QStringLiteral("state")).toString();
    Transaction transaction(m_db);
    Sql::run(m_db, QStringLiteral("DELETE FROM clue_steps WHERE id = ?"), {stepId});
    Sql::run(m_db,
             QStringLiteral(
                 "UPDATE clues SET state = ?, disposition = ?, updated_date = ? WHERE id = ?"),
             {state, clueBefore.value(QStringLiteral("disposition")),
              clueBefore.value(QStringLiteral("updated_date")), clueId});
    for (const QVariantMap &subject : subjectsBefore) {
        Sql::run(m_db,
                 QStringLiteral(
                     "UPDATE clue_subjects SET outcome = ? WHERE clue_id = ? AND cadre_id = ?"),
                 {subject.value(QStringLiteral("outcome")), clueId,
                  subject.value(QStringLiteral("cadre_id"))});
    }
    AuditLog::append(m_database, {QStringLiteral("retract"), QStringLiteral("clues"), clueId, 0,
                                  QJsonObject{{QStringLiteral("state"), current},
                                              {QStringLiteral("step_id"), stepId}},
                                  QJsonObject{{QStringLiteral("state"), state}}});
    transaction.commit();
}
