#include "updaterecordcommand.h"

#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "records/recordrepository.h"
#include "records/recordsnapshot.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

UpdateRecordCommand::UpdateRecordCommand(Database &database, const QString &table, qint64 id,
                                         const QVariantMap &values, const RecordDetails &details,
                                         const QString &loadedVersion)
    : RecordCommand(
        database,
        QCoreApplication::translate("RecordCommands", "Change %1").arg(RecordKinds::title(table)))
    , m_table(table)
    , m_id(id)
    , m_values(values)
    , m_loadedVersion(loadedVersion)
    , m_details(details)
{}

void UpdateRecordCommand::requireUnchangedSince(const QVariantMap &expected,
                                                const char *refusal) const
{
    // Read under the row's lock on a server: a colleague's save cannot slip in between.
    const QSqlDatabase db = database().connection();
    Sql::run(db, QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(m_table) + Sql::rowLock(db),
             {m_id});
    const QVariantMap now = RecordSnapshot::row(db, m_table, m_id);
    if (now != expected)
        throw ConflictError(
            QCoreApplication::translate("RecordCommands", refusal).arg(RecordKinds::title(m_table)),
            m_table, m_id, expected, now);
}

void UpdateRecordCommand::apply()
{
    RecordRepository repository(database());
    Transaction transaction(database().connection());
    if (!m_after.isEmpty()) {
        requireUnchangedSince(m_before,
                              QT_TRANSLATE_NOOP("RecordCommands",
                                                "This %1 was changed by someone else after the "
                                                "undo; redoing the change would overwrite theirs, "
                                                "so it was not redone."));
        repository.restore({{m_table, m_after}});
        putDetails(repository, m_detailsAfter);
        transaction.commit();
        return;
    }
    const auto before = RecordSnapshot::row(database().connection(), m_table, m_id);
    const auto detailsBefore = readDetails(repository);
    repository.update(m_table, m_id, m_values, m_loadedVersion);
    if (m_details.isSet())
        repository.replaceDetails(m_details.table, m_details.parentColumn, m_id,
                                  m_details.keyColumn, m_details.rows);
    const auto after = RecordSnapshot::row(database().connection(), m_table, m_id);
    const auto detailsAfter = readDetails(repository);
    transaction.commit();
    m_before = before;
    m_after = after;
    m_detailsBefore = detailsBefore;
    m_detailsAfter = detailsAfter;
}

void UpdateRecordCommand::revert()
{
    RecordRepository repository(database());
    Transaction transaction(database().connection());
    requireUnchangedSince(m_after,
                          QT_TRANSLATE_NOOP("RecordCommands",
                                            "This %1 was changed by someone else after your "
                                            "change; undoing yours would overwrite theirs, so it "
                                            "was not undone."));
    repository.restore({{m_table, m_before}});
    putDetails(repository, m_detailsBefore);
    transaction.commit();
}

QVector<QVariantMap> UpdateRecordCommand::readDetails(const RecordRepository &repository) const
{
    if (!m_details.isSet())
        return {};
    return repository.loadDetails(m_details.table, m_details.parentColumn, m_id);
}

void UpdateRecordCommand::putDetails(RecordRepository &repository,
                                     const QVector<QVariantMap> &rows) const
{
    if (m_details.isSet())
        repository.replaceDetails(m_details.table, m_details.parentColumn, m_id,
                                  m_details.keyColumn, rows);
}
