#pragma once

#include "storage/settingsstore.h"

#include <QWidget>

class Database;
class QLabel;

// The database's settings on the settings page: one field per setting, in its unit and range,
// with what it means beside it. An account that may not change them sees them read-only. A
// value that cannot be taken is named under the fields while it is wrong, and no longer.
class CommissionSettingsForm : public QWidget
{
    Q_OBJECT

public:
    CommissionSettingsForm(const Database &database, QWidget *parent = nullptr);

    bool mayChange() const { return m_mayChange; }
    // The field for a setting's key, for tests.
    QWidget *field(const QString &key) const;
    QLabel *problemLabel() const { return m_problem; }
    // Why the values cannot be saved; empty when they can.
    QString problem() const;
    // Writes what changed, in one transaction; throws DataError or AccessError to refuse.
    void save() const;

signals:
    void validityChanged(bool valid);

private:
    QString valueOf(const SettingDefinition &definition) const;
    void check();

    const Database &m_database;
    QVector<SettingDefinition> m_definitions;
    QVector<QWidget *> m_fields;
    QLabel *m_problem = nullptr;
    bool m_mayChange = false;
};
