#pragma once

#include "recordcommand.h"

#include <QVariantMap>

// Changes fields of a record. Undo and redo put the whole row back as it was before and after
// the change, so derived fields (a cadre's pinyin keys, updated_at) return exactly too.
class UpdateRecordCommand : public RecordCommand
{
public:
    UpdateRecordCommand(Database &database, const QString &table, qint64 id,
                        const QVariantMap &values);

    // False when the values matched what was stored: nothing to undo.
    bool changedAnything() const { return m_before != m_after; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    qint64 m_id = 0;
    QVariantMap m_values;
    QVariantMap m_before;
    QVariantMap m_after;
};
