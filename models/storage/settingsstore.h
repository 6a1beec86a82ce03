#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

// The keys of the `settings` table, each with the type of its value: a reader asks for
// `SettingsStore(db).value(Setting::AdmonitionMonths)` and gets an int, never a string to parse.
namespace Setting {
struct TextKey
{
    const char *name;
};
struct WholeKey
{
    const char *name;
};
struct FractionKey
{
    const char *name;
};

inline constexpr TextKey CommissionName{"commission_name"};
inline constexpr TextKey ConfidentialityMarking{"confidentiality_marking"};
inline constexpr WholeKey AdmonitionMonths{"admonition_months"};
inline constexpr WholeKey AlertDays{"alert_days"};
inline constexpr WholeKey IdleLockMinutes{"idle_lock_minutes"};
inline constexpr WholeKey BackupsKept{"backups_kept"};
inline constexpr FractionKey SimilarityThreshold{"similarity_threshold"};
// The working deadlines of case review after the review report, in working days.
inline constexpr WholeKey ReviewDecisionDays{"review_decision_days"};
inline constexpr WholeKey ReviewAnnouncementDays{"review_announcement_days"};
inline constexpr WholeKey ReviewDeliveryDays{"review_delivery_days"};
inline constexpr WholeKey ReviewExecutionDays{"review_execution_days"};
inline constexpr WholeKey ReviewArchiveDays{"review_archive_days"};
// Kept by the program itself, never shown or changed as settings.
inline constexpr TextKey DatabaseId{"database_id"};
inline constexpr TextKey SealFile{"seal_file"};
// A review copy's own (ReviewCopy): the review package it was opened from, the database and
// commission that sent it, its cases (their numbers for people, their ids for the return
// package) and the last day it may be worked in. None of them is set in any other database.
inline constexpr TextKey ReviewCopyPackage{"review_copy_package"};
inline constexpr TextKey ReviewCopySource{"review_copy_source"};
inline constexpr TextKey ReviewCopyCommission{"review_copy_commission"};
inline constexpr TextKey ReviewCopyCaseNumbers{"review_copy_case_numbers"};
inline constexpr TextKey ReviewCopyCaseIds{"review_copy_case_ids"};
inline constexpr TextKey ReviewCopyExpiresOn{"review_copy_expires_on"};
} // namespace Setting

// One setting: what it is called, what it means, the values it takes and its default.
struct SettingDefinition
{
    enum class Kind { Text, Whole, Fraction };
    QString key;
    QString name;
    QString description;
    Kind kind = Kind::Text;
    // Characters for a text; the value itself for a number.
    double minimum = 0;
    double maximum = 0;
    QString defaultValue;
    // The unit a number counts in ("months"), empty for a text.
    QString unit;
    // False for what the program keeps for itself (the database's identity, where seals go).
    bool editable = true;
};

// The one place the settings are read: every value comes through here, checked against its
// definition, with the definition's default where nothing valid is stored. Changing a setting
// is ProgramSettings' (settings/), which checks the account and audits the change.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    explicit SettingsStore(const QSqlDatabase &db);

    QString value(Setting::TextKey key) const;
    int value(Setting::WholeKey key) const;
    double value(Setting::FractionKey key) const;
    // The value of any setting as text: the stored one when valid, else the default.
    QString text(const QString &key) const;
    // Whether a value is stored, rather than the default standing in.
    bool isStored(const QString &key) const;

    // Every setting, the program's own ones last; in the interface's language.
    static QVector<SettingDefinition> definitions();
    // Nothing for a key that is not a setting.
    static std::optional<SettingDefinition> find(const QString &key);
    // Why `value` cannot be the setting's value, in a sentence naming the setting; empty when
    // it can.
    static QString problem(const SettingDefinition &definition, const QString &value);

private:
    QString stored(const QString &key) const;

    QSqlDatabase m_db;
};
