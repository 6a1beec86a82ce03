#include "importcommand.h"

ImportCommand::ImportCommand(Database &database, const QString &text,
                             std::function<ImportReceipt()> write)
    : RecordCommand(database, text)
    , m_write(std::move(write))
{}

void ImportCommand::apply()
{
    m_receipt = m_write();
}

void ImportCommand::revert()
{
    ImportUndo::undo(database(), m_receipt);
}
