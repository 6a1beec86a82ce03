#include "recordrepository.h"

#include "access/access.h"
#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/schemacatalog.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

// The rows edited with a record in its form: a report's items, a checklist, a clue's cadres.

using namespace RepositorySupport;

QVector<QVariantMap> RecordRepository::loadDetails(const QString &table,
                                                   const QString &parentColumn,
                                                   qint64 parentId) const
{
    const QStringList names = columns(table);
    if (!names.contains(parentColumn))
        throw DataError(
            tr("%1 has no field called %2.").arg(RecordKinds::title(table), parentColumn));
    QSqlQuery query = Sql::run(m_db,
                               QStringLiteral("SELECT ") + names.join(QStringLiteral(", "))
                                   + QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE ")
                                   + parentColumn + QStringLiteral(" = ? ORDER BY 1, 2"),
                               {parentId});
    QVector<QVariantMap> rows;
    while (query.next()) {
        QVariantMap row;
        for (int i = 0; i < names.size(); ++i)
            row.insert(names.at(i), query.value(i));
        rows.append(row);
    }
    return rows;
}

void RecordRepository::replaceDetails(const QString &table, const QString &parentColumn,
                                      qint64 parentId, const QString &keyColumn,
                                      const QVector<QVariantMap> &input)
{
    const bool linkRows = linkTables().contains(table);
    if (!linkRows && !tables().contains(table))
        throw DataError(tr("There is no record kind called %1.").arg(table));
    const QStringList names = columns(table);
    if (!names.contains(parentColumn) || !names.contains(keyColumn))
        throw DataError(tr("%1 has no field called %2.").arg(table, keyColumn));
    // The parent's cadre, so the items show in that cadre's change history.
    QString parentTable;
    for (const SchemaCatalog::Reference &reference : SchemaCatalog::referencesFrom(m_db, table))
        if (reference.column == parentColumn)
            parentTable = reference.parent;
    qint64 cadre = 0;
    if (columns(parentTable).contains(QStringLiteral("cadre_id")))
        cadre = Sql::scalar(m_db,
                            QStringLiteral("SELECT cadre_id FROM ") + parentTable
                                + QStringLiteral(" WHERE id = ?"),
                            {parentId})
                    .toLongLong();
    Access::requireDossier(m_database, cadre, Permission::WriteRecords);

    // A row naming a cadre itself (a clue's subjects) belongs to that cadre's history.
    const auto cadreOfRow = [cadre](const QVariantMap &row) {
        return row.contains(QStringLiteral("cadre_id"))
                   ? row.value(QStringLiteral("cadre_id")).toLongLong()
                   : cadre;
    };
    QHash<QString, QVariantMap> stored;
    for (const QVariantMap &row : loadDetails(table, parentColumn, parentId))
        stored.insert(row.value(keyColumn).toString(), row);
    QVector<QVariantMap> rows;
    QSet<QString> keys;
    for (QVariantMap row : input) {
        row.remove(QStringLiteral("id"));
        row.insert(parentColumn, parentId);
        checkColumns(table, row);
        const QString key = row.value(keyColumn).toString();
        if (key.isEmpty() || keys.contains(key))
            throw ValidationError(keyColumn, tr("Each item may appear once, and needs its key."));
        keys.insert(key);
        rows.append(row);
    }

    Transaction transaction(m_db);
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (keys.contains(it.key()))
            continue;
        const QVariantMap &before = it.value();
        const qint64 id = linkRows ? 0 : before.value(QStringLiteral("id")).toLongLong();
        Sql::run(m_db,
                 QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ") + parentColumn
                     + QStringLiteral(" = ? AND ") + keyColumn + QStringLiteral(" = ?"),
                 {parentId, before.value(keyColumn)});
        AuditLog::append(
            m_database,
            {QStringLiteral("delete"), table, id, cadreOfRow(before), toJson(before), {}});
    }
    for (const QVariantMap &row : rows) {
        const QString key = row.value(keyColumn).toString();
        if (!stored.contains(key)) {
            const qint64 id = insertRow(table, row);
            AuditLog::append(m_database, {QStringLiteral("create"),
                                          table,
                                          linkRows ? 0 : id,
                                          cadreOfRow(row),
                                          {},
                                          toJson(row)});
            continue;
        }
        const QVariantMap &before = stored.value(key);
        QVariantMap changedBefore;
        QVariantMap changedAfter;
        for (auto field = row.constBegin(); field != row.constEnd(); ++field) {
            if (before.value(field.key()).toString() != field.value().toString()
                || before.value(field.key()).isNull() != field.value().isNull()) {
                changedBefore.insert(field.key(), before.value(field.key()));
                changedAfter.insert(field.key(), field.value());
            }
        }
        if (changedAfter.isEmpty())
            continue;
        QStringList assignments;
        QVariantList values;
        for (auto field = changedAfter.constBegin(); field != changedAfter.constEnd(); ++field) {
            assignments << field.key() + QStringLiteral(" = ?");
            values << field.value();
        }
        values << parentId << before.value(keyColumn);
        QSqlQuery change = Sql::prepare(
            m_db, QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                      + assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE ")
                      + parentColumn + QStringLiteral(" = ? AND ") + keyColumn
                      + QStringLiteral(" = ?"));
        for (int i = 0; i < values.size(); ++i)
            change.bindValue(i, values.at(i));
        if (!change.exec())
            throw ValidationError(QString(), explainConstraint(table, change.lastError()));
        changedBefore.insert(keyColumn, before.value(keyColumn));
        changedAfter.insert(keyColumn, before.value(keyColumn));
        AuditLog::append(m_database,
                         {QStringLiteral("update"), table,
                          linkRows ? 0 : before.value(QStringLiteral("id")).toLongLong(),
                          cadreOfRow(before), toJson(changedBefore), toJson(changedAfter)});
    }
    transaction.commit();
}
