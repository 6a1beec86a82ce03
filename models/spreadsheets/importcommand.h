#pragma once

#include "commands/recordcommand.h"
#include "importreceipt.h"

#include <functional>

// A whole spreadsheet import as one step of the window's undo history: undo takes back every
// record, subject and clue step it wrote; redo applies the same plan again.
class ImportCommand : public RecordCommand
{
public:
    // `write` applies the plan and returns what it wrote; it throws DataError on a refusal.
    ImportCommand(Database &database, const QString &text, std::function<ImportReceipt()> write);

    const ImportReceipt &receipt() const { return m_receipt; }

protected:
    void apply() override;
    void revert() override;

private:
    std::function<ImportReceipt()> m_write;
    ImportReceipt m_receipt;
};
