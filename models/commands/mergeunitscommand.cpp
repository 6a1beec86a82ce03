#include "mergeunitscommand.h"

#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "records/recordsnapshot.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace {

QString unitName(const QSqlDatabase &db, qint64 id)
{
    return Sql::scalar(db, QStringLiteral("SELECT name FROM units WHERE id = ?"), {id}).toString();
}

} // namespace

MergeUnitsCommand::MergeUnitsCommand(Database &database, qint64 unitId, qint64 intoUnitId)
    : RecordCommand(database, tr("Merge %1 into %2")
                                  .arg(unitName(database.connection(), unitId),
                                       unitName(database.connection(), intoUnitId)))
    , m_unit(unitId)
    , m_into(intoUnitId)
{}

void MergeUnitsCommand::check() const
{
    const QSqlDatabase db = database().connection();
    if (unitName(db, m_unit).isEmpty() || unitName(db, m_into).isEmpty())
        throw DataError(tr("That unit no longer exists."));
    if (m_unit == m_into)
        throw DataError(tr("A unit cannot be merged into itself."));
    for (qint64 above = m_into, depth = 0; above != 0 && depth < 1000; ++depth) {
        if (above == m_unit)
            throw DataError(
                tr("%1 cannot be merged into a unit below it.").arg(unitName(db, m_unit)));
        above = Sql::scalar(db, QStringLiteral("SELECT parent_id FROM units WHERE id = ?"), {above})
                    .toLongLong();
    }
    const int accounts
        = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM account_units WHERE unit_id = ?"),
                      {m_unit})
              .toInt();
    if (accounts > 0)
        throw DataError(tr("%n account(s) are limited to %1: the security administrator gives "
                           "them their units first.",
                           "", accounts)
                            .arg(unitName(db, m_unit)));
}

void MergeUnitsCommand::apply()
{
    check();
    const QSqlDatabase db = database().connection();
    RecordRepository repository(database());
    Transaction transaction(db);
    QVector<Moved> moved;
    // Every stored column that holds a unit, as the registry describes the kinds.
    for (const RecordKind &kind : RecordKinds::all()) {
        for (const Stored::Column &column : kind.columns) {
            if (column.references != QLatin1String("units"))
                continue;
            QSqlQuery query
                = Sql::run(db,
                           QStringLiteral("SELECT id FROM ") + kind.table
                               + QStringLiteral(" WHERE ") + column.name + QStringLiteral(" = ?"),
                           {m_unit});
            QVector<qint64> ids;
            while (query.next())
                ids << query.value(0).toLongLong();
            for (const qint64 id : ids) {
                repository.update(kind.table, id, {{column.name, m_into}});
                moved.append({kind.table, id, column.name});
            }
        }
    }
    const QVector<StoredRow> removed = RecordSnapshot::capture(db, QStringLiteral("units"), m_unit);
    repository.remove(QStringLiteral("units"), m_unit);
    transaction.commit();
    m_moved = moved;
    m_removed = removed;
}

void MergeUnitsCommand::revert()
{
    RecordRepository repository(database());
    Transaction transaction(database().connection());
    repository.restore(m_removed);
    for (auto it = m_moved.crbegin(); it != m_moved.crend(); ++it)
        repository.update(it->table, it->id, {{it->column, m_unit}});
    transaction.commit();
}
