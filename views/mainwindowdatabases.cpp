// The window's databases: opening a file, the demo, a server, creating one, restoring a backup,
// and the recent ones.
#include "mainwindow.h"

#include "access/accesscontroller.h"
#include "access/accounts.h"
#include "access/backupsettings.h"
#include "backup/backups.h"
#include "commands/recordcommand.h"
#include "dashboard/analysiscontroller.h"
#include "database/recentdatabases.h"
#include "database/serverconnectdialog.h"
#include "dialogs/settingsdialog.h"
#include "directory/cadredirectory.h"
#include "directory/databasesummary.h"
#include "directory/directorypanel.h"
#include "directory/unitactions.h"
#include "directory/unittreepanel.h"
#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "domain/session.h"
#include "dossier/dossierwidget.h"
#include "import/spreadsheetimportdialog.h"
#include "items/cadredirectorymodel.h"
#include "print/opinionbatchdialog.h"
#include "print/printcontroller.h"
#include "review/reviewcontroller.h"
#include "spreadsheets/directoryexport.h"
#include "spreadsheets/importcommand.h"
#include "spreadsheets/ledgercolumns.h"
#include "spreadsheets/ledgerexport.h"
#include "spreadsheets/sheetfile.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/settingsstore.h"
#include "storage/volumeencryption.h"
#include "window/dossiertabs.h"
#include "window/firststeps.h"
#include "window/mainwindowactions.h"
#include "window/newcadre.h"
#include "window/startpage.h"
#include "window/windowsettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <memory>
#include <utility>

namespace {

QString databaseFileFilter()
{
    return MainWindow::tr("Integrity Dossier databases (*.db *.dossier);;All files (*)");
}

} // namespace

bool MainWindow::openDatabaseFile(const QString &path)
{
    if (ServerAddress::looksLikeOne(path))
        return connectToServer(path);
    // A file still being backed up after it closed is held open until then.
    m_access->finishBackupOf(path);
    auto database = m_opener.open(path);
    if (!database) {
        if (!QFileInfo::exists(path))
            RecentDatabases::remove(path);
        return false;
    }
    RecentDatabases::add(path);
    setDatabase(std::move(database));
    return true;
}

bool MainWindow::connectToServer(const QString &addressText)
{
    ServerConnectDialog dialog(this);
    const QString remembered = addressText.isEmpty() ? RecentDatabases::lastServer() : addressText;
    std::unique_ptr<Database> database;
    if (!remembered.isEmpty()) {
        try {
            const ServerAddress address = ServerAddress::parse(remembered);
            dialog.setAddress(address);
            // An address chosen (on the command line, from the recent ones) is tried as it is
            // when it needs no password; else the dialog asks for it.
            if (!addressText.isEmpty()
                && (address.isLocalSocket() || !address.password().isEmpty()))
                database = Database::openServer(address);
        } catch (const DataError &error) {
            dialog.setMessage(error.message());
        }
    }
    if (!database) {
        const auto &connect = m_opener.prompts().connect;
        if (connect ? !connect(dialog) : dialog.exec() != QDialog::Accepted)
            return false;
        database = dialog.takeDatabase();
        if (!database)
            return false;
    }
    const QString account = database->serverAccount().isEmpty() ? database->server()->user()
                                                                : database->serverAccount();
    database = m_opener.signIn(std::move(database), account);
    if (!database)
        return false;
    RecentDatabases::add(database->path());
    setDatabase(std::move(database));
    return true;
}

bool MainWindow::openDemoDatabase()
{
    const QString path = DatabaseOpener::demoPath();
    if (m_database && QFileInfo(m_database->path()) == QFileInfo(path))
        return true;
    setDatabase(nullptr);
    m_access->finishBackupOf(path);
    auto database = m_opener.createDemo(path);
    if (!database)
        return false;
    RecentDatabases::add(path);
    setDatabase(std::move(database));
    return true;
}

QString MainWindow::restoreBackup(const QString &backupPath, const QString &passphrase,
                                  bool otherDatabase)
{
    if (!m_database || m_database->isInMemory())
        return tr("Open the database to restore into first.");
    const QString path = m_database->path();
    Restorer restorer;
    try {
        restorer = Restorer::of(*m_database);
    } catch (const DataError &error) {
        return error.message();
    }
    setDatabase(nullptr);
    QString problem;
    QString aside;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The backup made as the database closed is finished before the file is replaced.
    m_access->finishBackupOf(path);
    try {
        aside = Backups::restore(
            backupPath, path, passphrase, [&restorer] { return restorer; }, otherDatabase);
    } catch (const DataError &error) {
        problem
            = tr("%1\n\nNothing was changed: the database is as it was. Sign in again to go on.")
                  .arg(error.message());
    }
    QApplication::restoreOverrideCursor();
    if (openDatabaseFile(path) && problem.isEmpty())
        statusBar()->showMessage(
            aside.isEmpty()
                ? tr("Restored from %1.").arg(QDir::toNativeSeparators(backupPath))
                : tr("Restored from %1; the database as it was is kept as %2.")
                      .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(aside)),
            30000);
    return problem;
}

void MainWindow::chooseAndOpenDatabase()
{
    const QString folder
        = m_database ? QFileInfo(m_database->path()).absolutePath() : DatabaseOpener::dataFolder();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Database"), folder, databaseFileFilter());
    if (!path.isEmpty())
        openDatabaseFile(path);
}

void MainWindow::chooseAndCreateDatabase()
{
    QFileDialog dialog(this, tr("New Database"), DatabaseOpener::dataFolder(),
                       databaseFileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("db"));
    dialog.selectFile(tr("dossiers.db"));
    // An existing file is refused below rather than overwritten.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    auto database = m_opener.create(path);
    if (!database)
        return;
    if (AccessController::maySave(database.get()))
        NewCadre::addFirstUnit(this, *database);
    RecentDatabases::add(path);
    setDatabase(std::move(database));
    // A new database: what it needs before daily work, once the window shows it.
    QTimer::singleShot(0, this, &MainWindow::showFirstSteps);
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_actions->recentDatabases;
    menu->clear();
    const QStringList paths = RecentDatabases::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
            ServerAddress::looksLikeOne(path) ? RecentDatabases::shownName(path)
                                              : QDir::toNativeSeparators(path)));
        action->setEnabled(RecentDatabases::isAvailable(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabaseFile(path); });
    }
    if (paths.isEmpty())
        menu->addAction(tr("No recent databases"))->setEnabled(false);
}
