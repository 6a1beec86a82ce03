#pragma once

#include <QObject>
#include <memory>

class BackgroundBackup;
class Database;
class QAction;
class QMainWindow;
class QMenu;
class QTimer;

// What the window owes the signed-in account: the Account menu (change password, accounts,
// audit trail, backing up now, restoring, lock) shown by role, the idle lock after the
// `idle_lock_minutes` setting, and the automatic backups when the database is closed and once a
// day.
class AccessController : public QObject
{
    Q_OBJECT

public:
    explicit AccessController(QMainWindow *window);

    void setDatabase(Database *database);
    // Takes the database's idle lock setting again, after the settings page changed it.
    void applySettings();
    // Whether the window should offer editing: a writable file and an account that may write.
    static bool maySave(const Database *database);
    // Whether the signed-in account reads dossiers (the separated administrators do not).
    static bool mayReadDossiers(const Database *database);
    // Whether the account may write data out (workbooks, interchange files); the models refuse
    // the others all the same.
    static bool mayExport(const Database *database);
    // The automatic backup when the database closes, when one is due (at most daily), on a
    // thread of its own; failures are reported, never fatal.
    void backUpOnClose();
    // The database has closed: kept open, out of sight, until its backup under way is finished.
    void closed(std::unique_ptr<Database> database);
    // Waits for the automatic backup under way and finishes it: before the window goes, and
    // before the database it copies is opened again or restored.
    void finishBackup();
    // The same for every backup of this process that copies the database file `path` (another
    // window's too).
    void finishBackupOf(const QString &path);
    BackgroundBackup *backgroundBackup() const { return m_backups; }

    QMenu *menu() const { return m_menu; }
    QAction *changePasswordAction() const { return m_changePassword; }
    QAction *accountsAction() const { return m_accounts; }
    QAction *auditAction() const { return m_audit; }
    QAction *backupAction() const { return m_backup; }
    QAction *restoreAction() const { return m_restore; }
    QAction *lockAction() const { return m_lock; }
    bool isLocked() const { return m_locked; }
    // Locks the window until the account's password is given again; false when the user gave
    // up, after which the window closes the database.
    bool lock();

signals:
    void signOutRequested();
    // The signed-in account may now do more or less (its own password set at last).
    void accountChanged();
    // The restore dialog was accepted: the window closes the database and restores.
    void restoreRequested(const QString &backupPath, const QString &passphrase, bool otherDatabase);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void backUp(const QString &reason);

    QMainWindow *m_window = nullptr;
    Database *m_database = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_changePassword = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_audit = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_lock = nullptr;
    QTimer *m_idle = nullptr;
    BackgroundBackup *m_backups = nullptr;
    bool m_locked = false;
    int m_generation = 0; // which database a delayed daily backup was meant for
    static constexpr int kDailyBackupDelay = 30 * 1000;
};
