#pragma once

#include "recordcommand.h"
#include "recordcommands.h"

#include <QVariantMap>

class RecordRepository;

// Changes fields of a record, and its details when given, in one transaction. Undo and redo put the
// whole row back as it was before and after the change, so derived fields (a cadre's pinyin keys,
// updated_at) return exactly too.
class UpdateRecordCommand : public RecordCommand
{
public:
    UpdateRecordCommand(Database &database, const QString &table, qint64 id,
                        const QVariantMap &values, const RecordDetails &details = {},
                        const QString &loadedVersion = {});

    // False when the values and details matched what was stored: nothing to undo.
    bool changedAnything() const
    {
        return m_before != m_after || m_detailsBefore != m_detailsAfter;
    }

protected:
    void apply() override;
    void revert() override;

private:
    // Refuses (ConflictError, `refusal` naming the kind as %1) when the row is no longer as this
    // command left it: an undo or redo never overwrites a colleague's later change.
    void requireUnchangedSince(const QVariantMap &expected, const char *refusal) const;
    QVector<QVariantMap> readDetails(const RecordRepository &repository) const;
    void putDetails(RecordRepository &repository, const QVector<QVariantMap> &rows) const;

    QString m_table;
    qint64 m_id = 0;
    QVariantMap m_values;
    QString m_loadedVersion; // checked by the first run only
    QVariantMap m_before;
    QVariantMap m_after;
    RecordDetails m_details;
    QVector<QVariantMap> m_detailsBefore;
    QVector<QVariantMap> m_detailsAfter;
};
