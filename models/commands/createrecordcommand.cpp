#include "createrecordcommand.h"

#include "records/recordkinds.h"
#include "records/recordsnapshot.h"
#include "storage/database.h"
#include "storage/dataerror.h"

CreateRecordCommand::CreateRecordCommand(Database &database, const QString &table,
                                         const QVariantMap &values,
                                         const QVector<SubjectLink> &links)
    : RecordCommand(
        database,
        QCoreApplication::translate("RecordCommands", "Add %1").arg(RecordKinds::title(table)))
    , m_table(table)
    , m_values(values)
    , m_links(links)
{}

void CreateRecordCommand::apply()
{
    RecordRepository repository(database());
    if (!m_removed.isEmpty()) {
        repository.restore(m_removed);
        return;
    }
    m_id = repository.create(m_table, m_values);
    try {
        for (const SubjectLink &link : m_links) {
            QVariantMap values = link.values;
            values.insert(link.column, m_id);
            repository.link(link.table, values);
        }
    } catch (const DataError &) {
        repository.remove(m_table, m_id);
        throw;
    }
}

void CreateRecordCommand::revert()
{
    m_removed = RecordSnapshot::capture(database().connection(), m_table, m_id);
    RecordRepository(database()).remove(m_table, m_id);
}
