#include "backupdialog.h"

#include "backup/backups.h"
#include "backupsettings.h"
#include "domain/dataerror.h"
#include "storage/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace {

constexpr int kMinimumPassphraseLength = 8;

} // namespace

BackupDialog::BackupDialog(const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Back Up Now"));
    auto *form = new QFormLayout(this);
    const QFileInfo source(database.path());
    m_file
        = new QLineEdit(source.absoluteDir().filePath(
                            source.completeBaseName() + QLatin1Char('-')
                            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))
                            + QStringLiteral(".backup.db")),
                        this);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &BackupDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    form->addRow(tr("&File:"), fileRow);

    m_encrypt
        = new QCheckBox(tr("&Encrypt with a passphrase (for a copy that leaves this PC)"), this);
    form->addRow(m_encrypt);
    m_passphrase = new QLineEdit(this);
    m_repeat = new QLineEdit(this);
    for (QLineEdit *field : {m_passphrase, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_repeat);
    m_message = new QLabel(tr("The copy is checked after it is written. Keep the passphrase apart "
                              "from the copy: without it the copy cannot be restored."),
                           this);
    m_message->setWordWrap(true);
    form->addRow(m_message);
    // The automatic backups beside this one: where they are and the room they take.
    m_automatic = new QLabel(BackupSettings::describe(database), this);
    m_automatic->setWordWrap(true);
    m_automatic->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_automatic);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Back &Up"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    form->addRow(buttons);
    connect(m_encrypt, &QCheckBox::toggled, this, &BackupDialog::updateFields);
    updateFields();
    resize(560, sizeHint().height());
}

void BackupDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Back Up To"), m_file->text(),
                                                        tr("Backups (*.db);;All files (*)"));
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

void BackupDialog::updateFields()
{
    m_passphrase->setEnabled(m_encrypt->isChecked());
    m_repeat->setEnabled(m_encrypt->isChecked());
}

void BackupDialog::accept()
{
    const QString target = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (target.isEmpty()) {
        m_message->setText(tr("Name the file to back up to."));
        return;
    }
    if (QFileInfo::exists(target)) {
        m_message->setText(
            tr("%1 exists already; a backup never overwrites a file. Choose another name.")
                .arg(QDir::toNativeSeparators(target)));
        return;
    }
    QString passphrase;
    if (m_encrypt->isChecked()) {
        passphrase = m_passphrase->text();
        if (passphrase.size() < kMinimumPassphraseLength) {
            m_message->setText(
                tr("The passphrase needs at least %1 characters.").arg(kMinimumPassphraseLength));
            return;
        }
        if (passphrase != m_repeat->text()) {
            m_message->setText(tr("The two passphrases differ."));
            return;
        }
    }
    qint64 size = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        size = Backups::create(m_database, target, passphrase);
    } catch (const DataError &error) {
        QApplication::restoreOverrideCursor();
        m_message->setText(error.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    m_made = target;
    m_message->setText(
        tr("Backed up to %1 (%2).")
            .arg(QDir::toNativeSeparators(target), locale().formattedDataSize(size)));
    QDialog::accept();
}
