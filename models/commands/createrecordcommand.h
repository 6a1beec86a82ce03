#pragma once

#include "recordcommand.h"
#include "recordcommands.h"
#include "storage/recordrepository.h"

// Adds a record, and the links that tie it to cadres (clue_subjects …). Undo deletes it; redo
// puts the very same rows back, same id included.
class CreateRecordCommand : public RecordCommand
{
public:
    CreateRecordCommand(Database &database, const QString &table, const QVariantMap &values,
                        const QVector<SubjectLink> &links);

    qint64 recordId() const { return m_id; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    QVariantMap m_values;
    QVector<SubjectLink> m_links;
    qint64 m_id = 0;
    QVector<StoredRow> m_removed;
};
