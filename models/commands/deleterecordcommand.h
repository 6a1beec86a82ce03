#pragma once

#include "recordcommand.h"
#include "records/recordrepository.h"

// Deletes a record. Undo puts back the record and everything its delete took with it.
class DeleteRecordCommand : public RecordCommand
{
public:
    DeleteRecordCommand(Database &database, const QString &table, qint64 id,
                        const QString &loadedVersion = {});

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    qint64 m_id = 0;
    QString m_loadedVersion; // checked by the first run only
    QVector<StoredRow> m_removed;
};
