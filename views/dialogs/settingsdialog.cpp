#include "settingsdialog.h"

#include "access/accesserror.h"
#include "commissionsettingsform.h"
#include "domain/dataerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString kLanguageKey = QStringLiteral("interface/language");

} // namespace

namespace LanguageSetting {

InterfaceLanguage load()
{
    const QString value = QSettings().value(kLanguageKey).toString();
    if (value == QLatin1String("zh_CN"))
        return InterfaceLanguage::Chinese;
    if (value == QLatin1String("en"))
        return InterfaceLanguage::English;
    return InterfaceLanguage::System;
}

void save(InterfaceLanguage language)
{
    QSettings settings;
    switch (language) {
    case InterfaceLanguage::Chinese:
        settings.setValue(kLanguageKey, QStringLiteral("zh_CN"));
        break;
    case InterfaceLanguage::English:
        settings.setValue(kLanguageKey, QStringLiteral("en"));
        break;
    case InterfaceLanguage::System:
        settings.remove(kLanguageKey);
        break;
    }
}

bool usesChinese(InterfaceLanguage setting, const QLocale &system)
{
    if (setting == InterfaceLanguage::System)
        return system.language() == QLocale::Chinese;
    return setting == InterfaceLanguage::Chinese;
}

} // namespace LanguageSetting

SettingsDialog::SettingsDialog(const Database *database, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    // The language names are written in their own language, so anyone can find theirs.
    m_language->addItem(tr("System language"), int(InterfaceLanguage::System));
    m_language->addItem(QStringLiteral("中文（简体）"), int(InterfaceLanguage::Chinese));
    m_language->addItem(QStringLiteral("English"), int(InterfaceLanguage::English));
    m_language->setCurrentIndex(m_language->findData(int(LanguageSetting::load())));

    auto *note = new QLabel(tr("The new language applies the next time the program starts."), this);
    note->setWordWrap(true);
    auto *computer = new QGroupBox(tr("This computer"), this);
    auto *form = new QFormLayout(computer);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(computer);
    if (database) {
        auto *group = new QGroupBox(tr("This database"), this);
        auto *inner = new QVBoxLayout(group);
        m_databaseSettings = new CommissionSettingsForm(*database, group);
        inner->addWidget(m_databaseSettings);
        layout->addWidget(group);
        connect(m_databaseSettings, &CommissionSettingsForm::validityChanged, this,
                [this](bool valid) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid); });
    }
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

InterfaceLanguage SettingsDialog::language() const
{
    return InterfaceLanguage(m_language->currentData().toInt());
}

void SettingsDialog::accept()
{
    if (m_databaseSettings) {
        try {
            m_databaseSettings->save();
        } catch (const DataError &error) {
            // Nothing was written: the page stays open with what was typed.
            QMessageBox::warning(this, tr("Settings not saved"), error.message());
            return;
        }
    }
    LanguageSetting::save(language());
    QDialog::accept();
}
