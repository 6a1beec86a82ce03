#include "recordcommands.h"

#include "advancecluecommand.h"
#include "createrecordcommand.h"
#include "deleterecordcommand.h"
#include "updaterecordcommand.h"

#include <QUndoStack>
#include <memory>

namespace {

// Runs the command once; only a command that succeeded goes on the stack.
template<typename Command>
Command *runAndPush(QUndoStack *stack, std::unique_ptr<Command> command)
{
    command->execute();
    Command *pushed = command.get();
    stack->push(command.release());
    return pushed;
}

} // namespace

namespace RecordCommands {

qint64 create(QUndoStack *stack, Database &database, const QString &table,
              const QVariantMap &values, const QVector<SubjectLink> &links,
              const RecordDetails &details)
{
    return runAndPush(stack, std::make_unique<CreateRecordCommand>(database, table, values, links,
                                                                   details))
        ->recordId();
}

void update(QUndoStack *stack, Database &database, const QString &table, qint64 id,
            const QVariantMap &values, const RecordDetails &details, const QString &loadedVersion)
{
    auto command = std::make_unique<UpdateRecordCommand>(database, table, id, values, details,
                                                         loadedVersion);
    command->execute();
    if (command->changedAnything())
        stack->push(command.release());
}

void remove(QUndoStack *stack, Database &database, const QString &table, qint64 id,
            const QString &loadedVersion)
{
    runAndPush(stack, std::make_unique<DeleteRecordCommand>(database, table, id, loadedVersion));
}

qint64 advanceClue(QUndoStack *stack, Database &database, const ClueStep &step)
{
    return runAndPush(stack, std::make_unique<AdvanceClueCommand>(database, step))->stepId();
}

} // namespace RecordCommands
