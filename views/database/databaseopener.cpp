#include "databaseopener.h"

#include "access/logindialog.h"
#include "demo/demogenerator.h"
#include "domain/dataerror.h"
#include "serverconnectdialog.h"
#include "storage/database.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>

namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

DatabaseOpener::DatabaseOpener(QWidget *parent)
    : m_parent(parent)
{
    m_prompts.error = [this](const QString &message) {
        QMessageBox box(QMessageBox::Critical, tr("Integrity Dossier"),
                        tr("The database could not be opened."), QMessageBox::Ok, m_parent);
        box.setInformativeText(message);
        box.exec();
    };
    m_prompts.confirm = [this](const QString &question) {
        return QMessageBox::question(m_parent, tr("Integrity Dossier"), question,
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
               == QMessageBox::Yes;
    };
    m_prompts.connect = [](ServerConnectDialog &dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    m_signIn = [this](Database &database, bool demo) {
        return ::SignIn::run(database, m_parent, demo, m_suggestedName);
    };
}

std::unique_ptr<Database> DatabaseOpener::signedIn(std::unique_ptr<Database> database) const
{
    // No account, no window: the models refuse everything to a database nobody signed in to.
    // Signed in already: connected with an account's own server role and its password.
    if (database->session())
        return database;
    const bool demo = QFileInfo(database->path()) == QFileInfo(demoPath());
    if (!m_signIn || !m_signIn(*database, demo))
        return nullptr;
    return database;
}

std::unique_ptr<Database> DatabaseOpener::signIn(std::unique_ptr<Database> database,
                                                 const QString &account) const
{
    m_suggestedName = account;
    auto signedInDatabase = signedIn(std::move(database));
    m_suggestedName.clear();
    return signedInDatabase;
}

void DatabaseOpener::reportError(const QString &message) const
{
    if (m_prompts.error)
        m_prompts.error(message);
}

QString DatabaseOpener::dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    return folder;
}

QString DatabaseOpener::demoPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("demo.db"));
}

std::unique_ptr<Database> DatabaseOpener::open(const QString &path) const
{
    const QFileInfo file(path);
    Database::Mode mode = Database::Mode::OpenExisting;
    if (file.exists() && file.isFile() && !file.isWritable()) {
        const QString question
            = tr("%1 is read-only.\n\nOpen it for reading only? You can look dossiers up and "
                 "print them, but not change anything.")
                  .arg(nativeName(path));
        if (!m_prompts.confirm || !m_prompts.confirm(question))
            return nullptr;
        mode = Database::Mode::ReadOnly;
    }
    try {
        return signedIn(Database::open(path, mode));
    } catch (const DataError &error) {
        reportError(error.message());
        return nullptr;
    }
}

std::unique_ptr<Database> DatabaseOpener::create(const QString &path) const
{
    if (QFileInfo::exists(path)) {
        reportError(tr("%1 already exists. Choose a new file name: an existing file is never "
                       "overwritten.")
                        .arg(nativeName(path)));
        return nullptr;
    }
    try {
        return signedIn(Database::open(path, Database::Mode::CreateOrOpen));
    } catch (const DataError &error) {
        reportError(error.message());
        return nullptr;
    }
}

std::unique_ptr<Database> DatabaseOpener::createDemo(const QString &path) const
{
    if (QFileInfo::exists(path))
        return open(path);
    // Written under another name first: an interrupted run never leaves half a demo behind.
    const QString partial = path + QStringLiteral(".part");
    removeDatabaseFiles(partial);
    QProgressDialog progress(tr("Creating the demo database: an invented county with its "
                                "cadres and six years of records…"),
                             QString(), 0, 0, m_parent);
    progress.setWindowTitle(tr("Integrity Dossier"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr);
    progress.show();

    QString failure;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        try {
            auto database = Database::open(partial, Database::Mode::CreateOrOpen);
            DemoOptions options;
            if (QDate::currentDate() >= QDate(2021, 7, 1))
                options.today = QDate::currentDate();
            DemoGenerator::generate(*database, options);
        } catch (const DataError &error) {
            failure = error.message();
        } catch (const std::exception &error) {
            failure = QString::fromLocal8Bit(error.what());
        }
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    progress.close();

    if (failure.isEmpty() && !QFile::rename(partial, path))
        failure = tr("The demo database could not be saved as %1.").arg(nativeName(path));
    if (!failure.isEmpty()) {
        removeDatabaseFiles(partial);
        reportError(failure);
        return nullptr;
    }
    return open(path);
}
