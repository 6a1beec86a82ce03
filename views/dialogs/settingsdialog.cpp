#include "settingsdialog.h"

#include "access/accesserror.h"
#include "access/backupsettings.h"
#include "commissionsettingsform.h"
#include "domain/dataerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
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
    , m_backupFolder(new QLineEdit(this))
    , m_backupSpace(new QSpinBox(this))
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
    // Automatic backups on another disk than the database's survive the loss of that disk.
    m_backupFolder->setText(QDir::toNativeSeparators(BackupSettings::folder()));
    m_backupFolder->setPlaceholderText(tr("Beside each database, in its \"backups\" folder"));
    auto *chooseFolder = new QPushButton(tr("C&hoose…"), this);
    connect(chooseFolder, &QPushButton::clicked, this, &SettingsDialog::chooseBackupFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(chooseFolder);
    form->addRow(tr("Automatic &backups in:"), folderRow);
    m_backupSpace->setRange(1, 100000);
    m_backupSpace->setSuffix(tr(" GB"));
    m_backupSpace->setValue(BackupSettings::maxGigabytes());
    m_backupSpace->setToolTip(tr("The most the automatic backups of one database may take "
                                 "together; the oldest go first, the newest always stays."));
    form->addRow(tr("Room for automatic backups:"), m_backupSpace);

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

void SettingsDialog::chooseBackupFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Folder for Automatic Backups"),
        QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    if (!chosen.isEmpty())
        m_backupFolder->setText(QDir::toNativeSeparators(chosen));
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
    BackupSettings::setFolder(QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    BackupSettings::setMaxGigabytes(m_backupSpace->value());
    QDialog::accept();
}
