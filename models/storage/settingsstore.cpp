#include "settingsstore.h"

#include "domain/rules.h"
#include "storage/sql.h"

SettingsStore::SettingsStore(const QSqlDatabase &db)
    : m_db(db)
{}

QVector<SettingDefinition> SettingsStore::definitions()
{
    using Kind = SettingDefinition::Kind;
    auto key = [](auto typed) {
        return QString::fromLatin1(typed.name);
    };
    // The commission's name and the marking are Chinese whatever the interface's language:
    // they go on Chinese official papers.
    return {
        {key(Setting::CommissionName), tr("Commission name"),
         tr("The commission's name, printed on every paper."), Kind::Text, 1, 60,
         QStringLiteral("县纪委监委"), QString()},
        {key(Setting::ConfidentialityMarking), tr("Confidentiality marking"),
         tr("The confidentiality marking in the header of printed papers."), Kind::Text, 1, 30,
         QStringLiteral("内部资料 注意保密"), QString()},
        {key(Setting::AdmonitionMonths), tr("Admonition impact period"),
         tr("How long an admonition affects a cadre's use, from its effective date. "
            "Localities differ; the default is six months."),
         Kind::Whole, 1, 24, QString::number(Rules::defaultAdmonitionMonths), tr("months")},
        {key(Setting::AlertDays), tr("Alert horizon"),
         tr("How many days ahead a deadline (a rectification, a clue step) is listed as an "
            "alert."),
         Kind::Whole, 0, 90, QStringLiteral("14"), tr("days")},
        {key(Setting::ReviewDecisionDays), tr("Decision after the review report"),
         tr("Working days from the review report to the decision on the case; the commission "
            "sets its own."),
         Kind::Whole, 1, 120, QStringLiteral("15"), tr("working days")},
        {key(Setting::ReviewAnnouncementDays), tr("Announcement of a decision"),
         tr("Working days from a decision to its announcement to the person and their "
            "organization."),
         Kind::Whole, 1, 120, QStringLiteral("10"), tr("working days")},
        {key(Setting::ReviewDeliveryDays), tr("Delivery of a decision"),
         tr("Working days from a decision to the delivery of the decision paper."), Kind::Whole, 1,
         120, QStringLiteral("10"), tr("working days")},
        {key(Setting::ReviewExecutionDays), tr("Report on carrying out a decision"),
         tr("Working days from a decision to the report that it has been carried out."),
         Kind::Whole, 1, 250, QStringLiteral("30"), tr("working days")},
        {key(Setting::ReviewArchiveDays), tr("Archiving a decided case"),
         tr("Working days from a decision to the case file's archiving."), Kind::Whole, 1, 250,
         QStringLiteral("60"), tr("working days")},
        {key(Setting::IdleLockMinutes), tr("Idle lock"),
         tr("Minutes without input after which the window locks."), Kind::Whole, 1, 240,
         QStringLiteral("10"), tr("minutes")},
        {key(Setting::BackupsKept), tr("Automatic backups kept"),
         tr("How many automatic backups are kept; the oldest go first."), Kind::Whole, 1, 365,
         QStringLiteral("10"), tr("backups")},
        {key(Setting::SimilarityThreshold), tr("Copied-material threshold"),
         tr("Share of shared passages from which two self-examination materials are flagged "
            "as copied."),
         Kind::Fraction, 0.1, 1, QStringLiteral("0.5"), QString()},
        {key(Setting::DatabaseId), tr("Database identity"),
         tr("Set when the database is made; names it in seals and backups."), Kind::Text, 1, 100,
         QString(), QString(), false},
        {key(Setting::SealFile), tr("Seal file"),
         tr("Where the auditor's seals are copied outside the database."), Kind::Text, 1, 1000,
         QString(), QString(), false},
        {key(Setting::ReviewCopyPackage), tr("Review package"),
         tr("In a review copy: the review package it was opened from."), Kind::Text, 1, 100,
         QString(), QString(), false},
        {key(Setting::ReviewCopySource), tr("Sending database"),
         tr("In a review copy: the identity of the database that sent the review package."),
         Kind::Text, 1, 100, QString(), QString(), false},
        {key(Setting::ReviewCopyCommission), tr("Sending commission"),
         tr("In a review copy: the commission that sent the review package."), Kind::Text, 1, 200,
         QString(), QString(), false},
        {key(Setting::ReviewCopyCaseNumbers), tr("Cases under review"),
         tr("In a review copy: the numbers of the cases the review package holds."), Kind::Text, 1,
         4000, QString(), QString(), false},
        {key(Setting::ReviewCopyCaseIds), tr("Cases of the package"),
         tr("In a review copy: the cases the return package carries back."), Kind::Text, 1, 4000,
         QString(), QString(), false},
        {key(Setting::ReviewCopyExpiresOn), tr("Review copy expires"),
         tr("In a review copy: the last day it may be worked in."), Kind::Text, 10, 10, QString(),
         QString(), false},
    };
}

std::optional<SettingDefinition> SettingsStore::find(const QString &key)
{
    for (const SettingDefinition &definition : definitions()) {
        if (definition.key == key)
            return definition;
    }
    return std::nullopt;
}

QString SettingsStore::problem(const SettingDefinition &definition, const QString &value)
{
    const QString text = value.trimmed();
    bool ok = false;
    switch (definition.kind) {
    case SettingDefinition::Kind::Text:
        if (text.size() < definition.minimum || text.size() > definition.maximum)
            return tr("%1 needs %2 to %3 characters.")
                .arg(definition.name)
                .arg(definition.minimum)
                .arg(definition.maximum);
        return {};
    case SettingDefinition::Kind::Whole: {
        const int number = text.toInt(&ok);
        if (!ok || number < definition.minimum || number > definition.maximum)
            return tr("%1 must be a whole number from %2 to %3, not \"%4\".")
                .arg(definition.name)
                .arg(definition.minimum)
                .arg(definition.maximum)
                .arg(value);
        return {};
    }
    case SettingDefinition::Kind::Fraction: {
        const double number = text.toDouble(&ok);
        if (!ok || number < definition.minimum || number > definition.maximum)
            return tr("%1 must be a number from %2 to %3, not \"%4\".")
                .arg(definition.name)
                .arg(definition.minimum)
                .arg(definition.maximum)
                .arg(value);
        return {};
    }
    }
    return {};
}

QString SettingsStore::stored(const QString &key) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key})
        .toString();
}

bool SettingsStore::isStored(const QString &key) const
{
    return !Sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key})
                .isNull();
}

QString SettingsStore::text(const QString &key) const
{
    const std::optional<SettingDefinition> definition = find(key);
    if (!definition)
        return {};
    const QString value = stored(key).trimmed();
    // Something stored outside the program (an older version, an edited file) that the
    // definition refuses gives way to the default, as nothing stored would.
    if (!definition->editable)
        return value;
    return !value.isEmpty() && problem(*definition, value).isEmpty() ? value
                                                                     : definition->defaultValue;
}

QString SettingsStore::value(Setting::TextKey key) const
{
    return text(QString::fromLatin1(key.name));
}

int SettingsStore::value(Setting::WholeKey key) const
{
    return text(QString::fromLatin1(key.name)).toInt();
}

double SettingsStore::value(Setting::FractionKey key) const
{
    return text(QString::fromLatin1(key.name)).toDouble();
}
