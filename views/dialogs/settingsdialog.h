#pragma once

#include <QDialog>

class CommissionSettingsForm;
class Database;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

// The language of the interface: the system's (Chinese on Chinese systems, English elsewhere),
// or one chosen in the settings. Read once at start.
enum class InterfaceLanguage { System, Chinese, English };

namespace LanguageSetting {

InterfaceLanguage load();
void save(InterfaceLanguage language);
// The language the interface uses under `setting` on a system whose language is `system`.
bool usesChinese(InterfaceLanguage setting, const QLocale &system);

} // namespace LanguageSetting

// The settings page: the interface language of this computer, which applies from the next start,
// and where it keeps the automatic backups; and, with a database open, the database's settings (the
// commission's name on papers, the admonition's impact period, the idle lock …), which the system
// administrator changes.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Database *database = nullptr, QWidget *parent = nullptr);

    InterfaceLanguage language() const;
    // Where this computer keeps the automatic backups (empty: beside each database), and the
    // room they may take (BackupSettings).
    QLineEdit *backupFolderField() const { return m_backupFolder; }
    QSpinBox *backupSpaceField() const { return m_backupSpace; }
    // Nothing without a database.
    CommissionSettingsForm *databaseSettings() const { return m_databaseSettings; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void chooseBackupFolder();

    QComboBox *m_language = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QSpinBox *m_backupSpace = nullptr;
    CommissionSettingsForm *m_databaseSettings = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
