#include "updaterecordcommand.h"

#include "records/recordkinds.h"
#include "records/recordsnapshot.h"
#include "storage/database.h"
#include "storage/recordrepository.h"

UpdateRecordCommand::UpdateRecordCommand(Database &database, const QString &table, qint64 id,
                                         const QVariantMap &values)
    : RecordCommand(
        database,
        QCoreApplication::translate("RecordCommands", "Change %1").arg(RecordKinds::title(table)))
    , m_table(table)
    , m_id(id)
    , m_values(values)
{}

void UpdateRecordCommand::apply()
{
    RecordRepository repository(database());
    if (!m_after.isEmpty()) {
        repository.restore({{m_table, m_after}});
        return;
    }
    m_before = RecordSnapshot::row(database().connection(), m_table, m_id);
    repository.update(m_table, m_id, m_values);
    m_after = RecordSnapshot::row(database().connection(), m_table, m_id);
}

void UpdateRecordCommand::revert()
{
    RecordRepository(database()).restore({{m_table, m_before}});
}
