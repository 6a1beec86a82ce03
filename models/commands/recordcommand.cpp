#include "recordcommand.h"

#include "domain/dataerror.h"

CommandRefusals &CommandRefusals::instance()
{
    static CommandRefusals refusals;
    return refusals;
}

RecordCommand::RecordCommand(Database &database, const QString &text)
    : QUndoCommand(text)
    , m_database(database)
{}

void RecordCommand::execute()
{
    apply();
    m_skipNextRedo = true;
}

void RecordCommand::redo()
{
    // QUndoStack::push calls redo(); the change already ran in execute().
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    try {
        apply();
    } catch (const DataError &error) {
        // The records changed under the command (say, through an import): drop it from the stack
        // rather than leave a step that cannot be taken.
        setObsolete(true);
        emit CommandRefusals::instance().refused(error.message());
    }
}

void RecordCommand::undo()
{
    try {
        revert();
    } catch (const DataError &error) {
        setObsolete(true);
        emit CommandRefusals::instance().refused(error.message());
    }
}
