#include "advancecluecommand.h"

#include "domain/cluestatemachine.h"
#include "records/recordrepository.h"
#include "records/recordsnapshot.h"
#include "storage/database.h"

AdvanceClueCommand::AdvanceClueCommand(Database &database, const ClueStep &step)
    : RecordCommand(database, QCoreApplication::translate("RecordCommands", "Clue step: %1")
                                  .arg(ClueStateMachine::stateLabel(step.toState)))
    , m_step(step)
{}

void AdvanceClueCommand::apply()
{
    const QSqlDatabase db = database().connection();
    m_clueBefore = RecordSnapshot::row(db, QStringLiteral("clues"), m_step.clueId);
    m_subjectsBefore = RecordSnapshot::rows(db, QStringLiteral("clue_subjects"),
                                            QStringLiteral("clue_id"), m_step.clueId);
    m_stepId = RecordRepository(database())
                   .advanceClue(m_step.clueId, m_step.toState, m_step.date, m_step.approvedBy,
                                m_step.note, m_step.outcome, m_stepId,
                                m_stepId == 0 ? m_step.fromState : QString());
}

void AdvanceClueCommand::revert()
{
    RecordRepository(database()).retractClueStep(m_stepId, m_clueBefore, m_subjectsBefore);
}
