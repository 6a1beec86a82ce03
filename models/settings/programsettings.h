#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

class Database;

// One setting the commission may change, with the values it accepts.
struct SettingDefinition
{
    enum class Kind { Text, Whole, Fraction };
    QString key;
    QString description;
    Kind kind = Kind::Text;
    double minimum = 0;
    double maximum = 0;
    QString defaultValue;
};

// The database's settings (the `settings` table): the commission's name on every paper, the
// confidentiality marking, the idle lock, the automatic backups kept and the copied-materials
// threshold. Read by anyone; changed only by an account with the settings permission, each
// change checked, written in one transaction and audited with its old and new value.
class ProgramSettings
{
    Q_DECLARE_TR_FUNCTIONS(ProgramSettings)

public:
    explicit ProgramSettings(const Database &database);

    static QVector<SettingDefinition> definitions();
    // Throws DataError for a key that is not a setting.
    static SettingDefinition definition(const QString &key);

    // The stored value, else the default.
    QString value(const QString &key) const;
    // Throws DataError (nothing changes) for an unknown key or a value out of range, and
    // AccessError for an account that may not change settings.
    void set(const QString &key, const QString &value);

private:
    const Database &m_database;
};
