#include "accesscontroller.h"

#include "access/accountreview.h"
#include "access/accounts.h"
#include "accountsdialog.h"
#include "audit/auditviewer.h"
#include "backup/backgroundbackup.h"
#include "backup/backups.h"
#include "backupdialog.h"
#include "backupsettings.h"
#include "changepassworddialog.h"
#include "domain/dataerror.h"
#include "domain/session.h"
#include "logindialog.h"
#include "restoredialog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

AccessController::AccessController(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_idle(new QTimer(this))
    , m_backups(new BackgroundBackup(this))
{
    m_menu = window->menuBar()->addMenu(tr("Acco&unt"));
    m_changePassword = m_menu->addAction(tr("Change &Password…"));
    m_accounts = m_menu->addAction(tr("&Accounts…"));
    m_audit = m_menu->addAction(tr("Audit &Trail…"));
    m_backup = m_menu->addAction(tr("&Back Up Now…"));
    m_restore = m_menu->addAction(tr("&Restore from Backup…"));
    m_menu->addSeparator();
    m_lock = m_menu->addAction(tr("&Lock"));
    m_lock->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    connect(m_changePassword, &QAction::triggered, this, [this] {
        if (!m_database)
            return;
        const bool wasForced = m_database->session() && m_database->session()->mustChangePassword;
        if (ChangePasswordDialog(*m_database, m_window).exec() == QDialog::Accepted && wasForced) {
            // Until now the account could do nothing: the window offers its work from here on.
            updateActions();
            emit accountChanged();
        }
    });
    connect(m_accounts, &QAction::triggered, this, [this] {
        if (m_database)
            AccountsDialog(*m_database, m_window).exec();
    });
    connect(m_audit, &QAction::triggered, this, [this] {
        if (m_database)
            AuditViewer(*m_database, m_window).exec();
    });
    connect(m_backup, &QAction::triggered, this, [this] {
        if (!m_database)
            return;
        BackupDialog dialog(*m_database, m_window);
        if (dialog.exec() == QDialog::Accepted)
            m_window->statusBar()->showMessage(dialog.messageLabel()->text(), 10000);
    });
    connect(m_restore, &QAction::triggered, this, [this] {
        if (!m_database)
            return;
        RestoreDialog dialog(*m_database, m_window);
        if (dialog.exec() == QDialog::Accepted)
            emit restoreRequested(dialog.backupPath(), dialog.passphrase(), dialog.otherDatabase());
    });
    connect(m_lock, &QAction::triggered, this, &AccessController::lock);
    connect(m_backups, &BackgroundBackup::finished, this,
            [this](const QString &databasePath, const QString &file, const QString &problem) {
                if (!problem.isEmpty()) {
                    m_window->statusBar()->showMessage(
                        tr("The automatic backup failed: %1").arg(problem));
                    return;
                }
                const QString folder = QFileInfo(file).absolutePath();
                m_window->statusBar()->showMessage(
                    tr("Automatic backup made: %1. The automatic backups take %2 in %3.")
                        .arg(QFileInfo(file).fileName(),
                             QLocale().formattedDataSize(
                                 AutomaticBackup::bytesUsed(databasePath, folder)),
                             QDir::toNativeSeparators(folder)),
                    15000);
            });
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &AccessController::lock);
    qApp->installEventFilter(this);
    updateActions();
}

bool AccessController::maySave(const Database *database)
{
    return database && !database->isReadOnly() && database->session()
           && database->session()->can(Permission::WriteRecords);
}

bool AccessController::mayExport(const Database *database)
{
    return database && database->session() && database->session()->can(Permission::ExportData);
}

bool AccessController::mayReadDossiers(const Database *database)
{
    return database && database->session() && database->session()->can(Permission::ReadDossiers);
}

void AccessController::applySettings()
{
    if (!m_database)
        return;
    const int minutes = SettingsStore(m_database->connection()).value(Setting::IdleLockMinutes);
    m_idle->setInterval(minutes * 60 * 1000);
    m_idle->start();
}

void AccessController::setDatabase(Database *database)
{
    m_database = database;
    ++m_generation;
    m_idle->stop();
    if (m_database) {
        applySettings();
        const Session *session = m_database->session();
        if (session) {
            QString message = tr("Signed in as %1 (%2).")
                                  .arg(session->accountName, Roles::displayName(session->role));
            // The auditor hears at once of account changes still waiting to be acknowledged.
            if (session->can(Permission::ReadAudit)) {
                const int waiting = int(AccountReview(*m_database).pending().size());
                if (waiting > 0)
                    message += QLatin1Char(' ')
                               + tr("%n account change(s) wait for your acknowledgement "
                                    "(Audit Trail).",
                                    nullptr, waiting);
            }
            m_window->statusBar()->showMessage(message, 30000);
        }
        // The day's backup a little after opening, in the background, when one is due.
        const int generation = ++m_generation;
        QTimer::singleShot(kDailyBackupDelay, this, [this, generation] {
            if (generation == m_generation && m_database && !m_database->isReadOnly()
                && m_database->isFile())
                backUp(QStringLiteral("daily"));
        });
        if (session && session->mustChangePassword)
            QTimer::singleShot(0, m_changePassword, &QAction::trigger);
    }
    updateActions();
}

void AccessController::updateActions()
{
    const Session *session = m_database ? m_database->session() : nullptr;
    m_changePassword->setEnabled(session);
    m_lock->setEnabled(session);
    const bool manages
        = session
          && (session->can(Permission::ManageAccounts) || session->can(Permission::GrantRoles)
              || Accounts(*m_database).mayGrant());
    m_accounts->setVisible(manages);
    m_audit->setVisible(session && session->can(Permission::ReadAudit));
    m_backup->setVisible(session && session->can(Permission::Backup) && m_database->isFile());
    m_restore->setVisible(m_backup->isVisible() && !m_database->isReadOnly());
}

bool AccessController::lock()
{
    if (!m_database || !m_database->session() || m_locked)
        return true;
    m_locked = true;
    m_idle->stop();
    QWidget *content = m_window->centralWidget();
    if (content)
        content->hide();
    LoginDialog dialog(*m_database, m_window);
    dialog.setUnlocking(m_database->session()->accountName);
    const bool unlocked = dialog.exec() == QDialog::Accepted;
    m_locked = false;
    if (content)
        content->show();
    if (!unlocked) {
        emit signOutRequested();
        return false;
    }
    m_idle->start();
    return true;
}

bool AccessController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_database && !m_locked)
            m_idle->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AccessController::backUpOnClose()
{
    if (m_database && !m_database->isReadOnly() && m_database->isFile())
        backUp(QStringLiteral("close"));
}

void AccessController::closed(std::unique_ptr<Database> database)
{
    m_backups->close(std::move(database));
}

void AccessController::finishBackup()
{
    m_backups->finish();
}

void AccessController::finishBackupOf(const QString &path)
{
    BackgroundBackup::finishBackupsOf(path);
}

void AccessController::backUp(const QString &reason)
{
    // Only a database file of its own is backed up this way (not a server's).
    if (!QFileInfo(m_database->path()).isFile())
        return;
    try {
        m_backups->start(*m_database, BackupSettings::policyFor(*m_database), reason);
    } catch (const DataError &error) {
        m_window->statusBar()->showMessage(
            tr("The automatic backup failed: %1").arg(error.message()));
    }
}
