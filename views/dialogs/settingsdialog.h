#pragma once

#include <QDialog>

class QComboBox;

// The language of the interface: the system's (Chinese on Chinese systems, English elsewhere),
// or one chosen in the settings. Read once at start.
enum class InterfaceLanguage { System, Chinese, English };

namespace LanguageSetting {

InterfaceLanguage load();
void save(InterfaceLanguage language);
// The language the interface uses under `setting` on a system whose language is `system`.
bool usesChinese(InterfaceLanguage setting, const QLocale &system);

} // namespace LanguageSetting

// The program's settings: for now the interface language, which applies from the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    InterfaceLanguage language() const;

    void accept() override;

private:
    QComboBox *m_language = nullptr;
};
