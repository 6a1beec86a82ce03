#include "deleterecordcommand.h"

#include "domain/recordkinds.h"
#include "records/recordsnapshot.h"
#include "storage/database.h"

DeleteRecordCommand::DeleteRecordCommand(Database &database, const QString &table, qint64 id,
                                         const QString &loadedVersion)
    : RecordCommand(
        database,
        QCoreApplication::translate("RecordCommands", "Delete %1").arg(RecordKinds::title(table)))
    , m_table(table)
    , m_id(id)
    , m_loadedVersion(loadedVersion)
{}

void DeleteRecordCommand::apply()
{
    m_removed = RecordSnapshot::capture(database().connection(), m_table, m_id);
    RecordRepository(database()).remove(m_table, m_id, m_loadedVersion);
    m_loadedVersion.clear();
}

void DeleteRecordCommand::revert()
{
    RecordRepository(database()).restore(m_removed);
}
