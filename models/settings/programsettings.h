#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "storage/settingsstore.h"

class Database;

// Changing the database's settings (SettingsStore holds what they are and reads them): only by an
// account with the settings permission, each change checked against the setting's definition,
// written in one transaction and audited with its old and new value.
class ProgramSettings
{
    Q_DECLARE_TR_FUNCTIONS(ProgramSettings)

public:
    explicit ProgramSettings(const Database &database);

    // The settings an administrator may change, in the interface's language.
    static QVector<SettingDefinition> definitions();
    // Throws DataError for a key that is not such a setting.
    static SettingDefinition definition(const QString &key);

    // The stored value, else the default.
    QString value(const QString &key) const;
    // Throws DataError (nothing changes) for an unknown key or a value out of range, and
    // AccessError for an account that may not change settings.
    void set(const QString &key, const QString &value);
    // Several at once, all checked before any is written, in one transaction: the settings
    // page's way.
    void set(const QList<QPair<QString, QString>> &values);

private:
    const Database &m_database;
};
