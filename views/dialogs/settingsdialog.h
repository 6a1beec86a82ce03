#pragma once

#include <QDialog>

class CommissionSettingsForm;
class Database;
class QComboBox;
class QDialogButtonBox;

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
// and, with a database open, the database's settings (the commission's name on papers, the
// admonition's impact period, the idle lock …), which the system administrator changes.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Database *database = nullptr, QWidget *parent = nullptr);

    InterfaceLanguage language() const;
    // Nothing without a database.
    CommissionSettingsForm *databaseSettings() const { return m_databaseSettings; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    QComboBox *m_language = nullptr;
    CommissionSettingsForm *m_databaseSettings = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
