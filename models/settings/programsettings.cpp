#include "programsettings.h"

#include "access/access.h"
#include "domain/dataerror.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QJsonObject>

ProgramSettings::ProgramSettings(const Database &database)
    : m_database(database)
{}

QVector<SettingDefinition> ProgramSettings::definitions()
{
    QVector<SettingDefinition> editable;
    for (const SettingDefinition &definition : SettingsStore::definitions()) {
        if (definition.editable)
            editable.append(definition);
    }
    return editable;
}

SettingDefinition ProgramSettings::definition(const QString &key)
{
    const std::optional<SettingDefinition> known = SettingsStore::find(key);
    if (!known || !known->editable)
        throw DataError(tr("There is no setting called \"%1\".").arg(key));
    return *known;
}

QString ProgramSettings::value(const QString &key) const
{
    return SettingsStore(m_database.connection()).text(definition(key).key);
}

void ProgramSettings::set(const QString &key, const QString &value)
{
    set(QList<QPair<QString, QString>>{{key, value}});
}

void ProgramSettings::set(const QList<QPair<QString, QString>> &values)
{
    Access::require(m_database, Permission::ChangeSettings);
    QList<QPair<QString, QString>> changes;
    for (const auto &entry : values) {
        const SettingDefinition known = definition(entry.first);
        const QString problem = SettingsStore::problem(known, entry.second);
        if (!problem.isEmpty())
            throw DataError(problem);
        if (value(known.key) != entry.second.trimmed())
            changes.append({known.key, entry.second.trimmed()});
    }
    if (changes.isEmpty())
        return;
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    for (const auto &change : changes) {
        const QString before = value(change.first);
        Sql::run(db,
                 QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                                "DO UPDATE SET value = excluded.value"),
                 {change.first, change.second});
        AuditLog::append(m_database, {QStringLiteral("settings.change"), QStringLiteral("settings"),
                                      0, 0, QJsonObject{{change.first, before}},
                                      QJsonObject{{change.first, change.second}}});
    }
    transaction.commit();
}
