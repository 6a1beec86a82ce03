#include "programsettings.h"

#include "access/access.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/dataerror.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QJsonObject>

ProgramSettings::ProgramSettings(const Database &database)
    : m_database(database)
{}

QVector<SettingDefinition> ProgramSettings::definitions()
{
    using Kind = SettingDefinition::Kind;
    return {
        {QStringLiteral("commission_name"), tr("The commission's name, printed on every paper."),
         Kind::Text, 1, 60, tr("County Commission for Discipline Inspection")},
        {QStringLiteral("confidentiality_marking"),
         tr("The confidentiality marking in the header of printed papers."), Kind::Text, 1, 30,
         QStringLiteral("内部资料 注意保密")},
        {QStringLiteral("idle_lock_minutes"),
         tr("Minutes without input after which the window locks."), Kind::Whole, 1, 240,
         QStringLiteral("10")},
        {QStringLiteral("backups_kept"), tr("How many automatic backups are kept."), Kind::Whole, 1,
         365, QStringLiteral("10")},
        {QStringLiteral("similarity_threshold"),
         tr("Share of shared passages from which two self-examination materials are flagged "
            "as copied."),
         Kind::Fraction, 0.1, 1, QStringLiteral("0.5")},
    };
}

SettingDefinition ProgramSettings::definition(const QString &key)
{
    for (const SettingDefinition &known : definitions()) {
        if (known.key == key)
            return known;
    }
    throw DataError(tr("There is no setting called \"%1\".").arg(key));
}

QString ProgramSettings::value(const QString &key) const
{
    const SettingDefinition known = definition(key);
    const QVariant stored = Sql::scalar(
        m_database.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return stored.isNull() ? known.defaultValue : stored.toString();
}

void ProgramSettings::set(const QString &key, const QString &value)
{
    const SettingDefinition known = definition(key);
    Access::require(m_database, Permission::ChangeSettings);
    const QString text = value.trimmed();
    bool ok = true;
    switch (known.kind) {
    case SettingDefinition::Kind::Text:
        ok = text.size() >= known.minimum && text.size() <= known.maximum;
        if (!ok)
            throw DataError(
                tr("%1 needs %2 to %3 characters.").arg(key).arg(known.minimum).arg(known.maximum));
        break;
    case SettingDefinition::Kind::Whole: {
        const int number = text.toInt(&ok);
        if (!ok || number < known.minimum || number > known.maximum)
            throw DataError(tr("%1 must be a whole number from %2 to %3, not \"%4\".")
                                .arg(key)
                                .arg(known.minimum)
                                .arg(known.maximum)
                                .arg(value));
        break;
    }
    case SettingDefinition::Kind::Fraction: {
        const double number = text.toDouble(&ok);
        if (!ok || number < known.minimum || number > known.maximum)
            throw DataError(tr("%1 must be a number from %2 to %3, not \"%4\".")
                                .arg(key)
                                .arg(known.minimum)
                                .arg(known.maximum)
                                .arg(value));
        break;
    }
    }
    const QString before = this->value(key);
    if (before == text)
        return;
    Transaction transaction(m_database.connection());
    Sql::run(m_database.connection(),
             QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
             {key, text});
    AuditLog::append(m_database, {QStringLiteral("settings.change"), QStringLiteral("settings"), 0,
                                  0, QJsonObject{{key, before}}, QJsonObject{{key, text}}});
    transaction.commit();
}
