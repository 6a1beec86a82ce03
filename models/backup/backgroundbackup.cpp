#include "backgroundbackup.h"

#include "domain/dataerror.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QThread>
#include <QVector>

namespace {

// Every BackgroundBackup alive, on the program's main thread.
QVector<BackgroundBackup *> &instances()
{
    static QVector<BackgroundBackup *> all;
    return all;
}

} // namespace

BackgroundBackup::BackgroundBackup(QObject *parent)
    : QObject(parent)
{
    instances().append(this);
}

BackgroundBackup::~BackgroundBackup()
{
    instances().removeOne(this);
    finish();
}

void BackgroundBackup::finishBackupsOf(const QString &path)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    for (BackgroundBackup *backup : QVector<BackgroundBackup *>(instances())) {
        if (backup->isBusy() && QFileInfo(backup->databasePath()).absoluteFilePath() == file)
            backup->finish();
    }
}

bool BackgroundBackup::start(Database &database, const BackupPolicy &policy, const QString &reason)
{
    if (isBusy())
        return false;
    AutomaticBackup backup = AutomaticBackup::prepare(database, policy, reason);
    if (backup.isNull())
        return false;
    m_backup = std::make_shared<AutomaticBackup>(std::move(backup));
    m_database = &database;
    // The thread writes through its own read-only connection and never touches `database`.
    const std::shared_ptr<AutomaticBackup> job = m_backup;
    m_thread = QThread::create([job] { job->write(); });
    connect(m_thread, &QThread::finished, this, &BackgroundBackup::finish, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    return true;
}

QString BackgroundBackup::databasePath() const
{
    return m_backup ? m_backup->databasePath() : QString();
}

void BackgroundBackup::close(std::unique_ptr<Database> database)
{
    if (database && m_backup && database.get() == m_database)
        m_closing = std::move(database);
    // Any other database closes here, as the unique_ptr goes.
}

void BackgroundBackup::finish()
{
    if (!m_backup)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<AutomaticBackup> backup = std::move(m_backup);
    m_backup.reset();
    // A database that closed meanwhile has signed its account out: the entry names the account
    // that was signed in when the backup began.
    if (m_closing && !m_closing->session())
        m_closing->setActor(backup->actor());
    QString file;
    QString problem;
    try {
        file = backup->finish(m_database);
    } catch (const DataError &error) {
        problem = error.message();
    }
    m_database = nullptr;
    m_closing.reset();
    emit finished(backup->databasePath(), file, problem);
}
