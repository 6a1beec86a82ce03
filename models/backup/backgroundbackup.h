#pragma once

#include "automaticbackup.h"

#include <QObject>
#include <memory>

class Database;
class QThread;

// The window's automatic backups, written on a thread of their own so that nothing waits for
// them: one at a time, each prepared and finished on the database's thread (AutomaticBackup).
// A database that closes while its backup is written stays open, out of sight, until the
// backup is named and audited; so closing the window never waits for a backup, and a backup
// is never cut short (the program waits for it on its way out, with the window gone).
class BackgroundBackup : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundBackup(QObject *parent = nullptr);
    ~BackgroundBackup() override;

    // Starts the automatic backup of `database` when one is due (AutomaticBackup::isDue) and
    // none is under way; returns whether it started. Throws DataError when the database cannot
    // be backed up. `database` must stay open until the backup is finished: either finish()
    // before it goes, or hand it over with close().
    bool start(Database &database, const BackupPolicy &policy, const QString &reason);
    // A backup is being written, or waits to be named and audited.
    bool isBusy() const { return m_backup != nullptr; }
    // The database file the backup under way copies; empty when none is.
    QString databasePath() const;
    // The database closes: when its backup is under way it is kept open until the backup is
    // finished, and closed then; otherwise it is closed now.
    void close(std::unique_ptr<Database> database);
    // Waits for the backup under way, if any, and finishes it.
    void finish();
    // Finishes every backup of this process that holds the database file `path` open: before
    // the file is opened again (by any window) or replaced.
    static void finishBackupsOf(const QString &path);

signals:
    // A backup finished: the file made, or why none was (nothing is left behind then).
    void finished(const QString &databasePath, const QString &file, const QString &problem);

private:
    std::shared_ptr<AutomaticBackup> m_backup;
    QThread *m_thread = nullptr;
    Database *m_database = nullptr;
    std::unique_ptr<Database> m_closing;
};
