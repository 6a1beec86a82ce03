#include "restoredialog.h"

#include "backup/backupcrypto.h"
#include "backup/backups.h"
#include "domain/dataerror.h"
#include "storage/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

RestoreDialog::RestoreDialog(const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_file(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_otherDatabase(new QCheckBox(
          tr("It is a backup of &another database (another commission's, or another file's)"),
          this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Restore from Backup"));
    auto *form = new QFormLayout(this);
    auto *explanation = new QLabel(
        tr("The backup takes the place of %1. The database is closed first and kept beside it "
           "as it is now; the restore is recorded in the audit trail. Afterwards you sign in to "
           "the restored database.")
            .arg(QDir::toNativeSeparators(database.path())),
        this);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &RestoreDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    form->addRow(tr("&Backup:"), fileRow);
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(m_otherDatabase);
    m_message->setWordWrap(true);
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    form->addRow(buttons);
    connect(m_file, &QLineEdit::textChanged, this, &RestoreDialog::updateFields);
    updateFields();
    resize(600, sizeHint().height());
}

QString RestoreDialog::backupPath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

QString RestoreDialog::passphrase() const
{
    return m_passphrase->isEnabled() ? m_passphrase->text() : QString();
}

bool RestoreDialog::otherDatabase() const
{
    return m_otherDatabase->isChecked();
}

void RestoreDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Backup to Restore"), QFileInfo(m_database.path()).absolutePath(),
        tr("Backups (*.db *.backup);;All files (*)"));
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

void RestoreDialog::updateFields()
{
    const QString path = backupPath();
    const bool encrypted = QFileInfo(path).isFile() && BackupCrypto::isEncrypted(path);
    m_passphrase->setEnabled(encrypted);
    m_message->clear();
}

void RestoreDialog::accept()
{
    const QString path = backupPath();
    if (path.isEmpty()) {
        m_message->setText(tr("Choose the backup to restore."));
        return;
    }
    if (!QFileInfo(path).isFile()) {
        m_message->setText(tr("There is no file at %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (QFileInfo(path) == QFileInfo(m_database.path())) {
        m_message->setText(tr("That is the open database itself, not a backup of it."));
        return;
    }
    if (m_passphrase->isEnabled()) {
        if (m_passphrase->text().isEmpty()) {
            m_message->setText(tr("The backup is encrypted: give its passphrase."));
            return;
        }
    } else {
        // Checked before the open database is closed, so a bad file costs nothing.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            Backups::verifyFully(path);
        } catch (const DataError &error) {
            QApplication::restoreOverrideCursor();
            m_message->setText(error.message());
            return;
        }
        QApplication::restoreOverrideCursor();
    }
    QDialog::accept();
}
