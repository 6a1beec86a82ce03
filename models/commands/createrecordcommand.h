#pragma once

#include "recordcommand.h"
#include "recordcommands.h"
#include "records/recordrepository.h"

// Adds a record with the links that tie it to cadres (clue_subjects …) and its details, in
// one transaction. Undo deletes it; redo
// puts the very same rows back, same id included.
class CreateRecordCommand : public RecordCommand
{
public:
    CreateRecordCommand(Database &database, const QString &table, const QVariantMap &values,
                        const QVector<SubjectLink> &links, const RecordDetails &details = {});

    qint64 recordId() const { return m_id; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    QVariantMap m_values;
    QVector<SubjectLink> m_links;
    RecordDetails m_details;
    qint64 m_id = 0;
    QVector<StoredRow> m_removed;
};
