#include "importreceipt.h"

#include "records/recordrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonObject>

void ImportUndo::undo(Database &database, const ImportReceipt &receipt)
{
    RecordRepository repository(database);
    Transaction transaction(database.connection());
    for (auto step = receipt.steps.crbegin(); step != receipt.steps.crend(); ++step)
        repository.retractClueStep(step->id, step->clueBefore, step->subjectsBefore);
    for (auto link = receipt.linked.crbegin(); link != receipt.linked.crend(); ++link)
        repository.unlink(link->first, link->second);
    for (auto record = receipt.created.crbegin(); record != receipt.created.crend(); ++record)
        repository.remove(record->first, record->second);
    for (auto change = receipt.changed.crbegin(); change != receipt.changed.crend(); ++change)
        repository.update(change->table, change->id, change->before);
    AuditEntry entry;
    entry.action = QStringLiteral("import.undo");
    entry.entity = QStringLiteral("spreadsheet");
    entry.after = QJsonObject{{QStringLiteral("file"), receipt.fileName},
                              {QStringLiteral("records_removed"), int(receipt.created.size())},
                              {QStringLiteral("records_restored"), int(receipt.changed.size())},
                              {QStringLiteral("subjects_removed"), int(receipt.linked.size())},
                              {QStringLiteral("clue_steps_taken_back"), int(receipt.steps.size())}};
    AuditLog::append(database, entry);
    transaction.commit();
}
