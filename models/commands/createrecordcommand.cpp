#include "createrecordcommand.h"

#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "records/recordsnapshot.h"
#include "storage/database.h"
#include "storage/transaction.h"

CreateRecordCommand::CreateRecordCommand(Database &database, const QString &table,
                                         const QVariantMap &values,
                                         const QVector<SubjectLink> &links,
                                         const RecordDetails &details)
    : RecordCommand(
        database,
        QCoreApplication::translate("RecordCommands", "Add %1").arg(RecordKinds::title(table)))
    , m_table(table)
    , m_values(values)
    , m_links(links)
    , m_details(details)
{}

void CreateRecordCommand::apply()
{
    RecordRepository repository(database());
    if (!m_removed.isEmpty()) {
        repository.restore(m_removed);
        return;
    }
    Transaction transaction(database().connection());
    const qint64 id = repository.create(m_table, m_values);
    for (const SubjectLink &link : m_links) {
        QVariantMap values = link.values;
        values.insert(link.column, id);
        repository.link(link.table, values);
    }
    if (m_details.isSet())
        repository.replaceDetails(m_details.table, m_details.parentColumn, id, m_details.keyColumn,
                                  m_details.rows);
    transaction.commit();
    m_id = id;
}

void CreateRecordCommand::revert()
{
    m_removed = RecordSnapshot::capture(database().connection(), m_table, m_id);
    RecordRepository(database()).remove(m_table, m_id);
}
