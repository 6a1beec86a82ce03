#pragma once

#include "recordcommand.h"
#include "recordcommands.h"

#include <QVariantMap>
#include <QVector>

// Moves a clue one step along its workflow. Undo takes the step back and returns the clue and
// its subjects' outcomes to where they were.
class AdvanceClueCommand : public RecordCommand
{
public:
    AdvanceClueCommand(Database &database, const ClueStep &step);

    qint64 stepId() const { return m_stepId; }

protected:
    void apply() override;
    void revert() override;

private:
    ClueStep m_step;
    qint64 m_stepId = 0;
    QVariantMap m_clueBefore;
    QVector<QVariantMap> m_subjectsBefore;
};
