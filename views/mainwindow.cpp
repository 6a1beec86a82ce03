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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_opener(this)
    , m_undoStack(new QUndoStack(this))
    , m_pages(new QStackedWidget(this))
    , m_startPage(new StartPage(m_pages))
    , m_workspace(new QSplitter(Qt::Horizontal, m_pages))
    , m_units(new UnitTreePanel(m_workspace))
    , m_directory(new DirectoryPanel)
    , m_tabs(new DossierTabs(m_directory, m_workspace))
    , m_demoLabel(new QLabel(this))
    , m_savedLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_fileLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_actions = new MainWindowActions(this, m_undoStack);
    m_analysis = new AnalysisController(this);
    m_review = new ReviewController(this, m_undoStack);
    m_printing = new PrintController(this);
    m_access = new AccessController(this);
    m_unitActions = new UnitActions(m_units, m_undoStack);
    m_enterUnits = new QAction(tr("Enter the Unit Tree…"), this);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->addWidget(m_units);
    m_workspace->addWidget(m_tabs);
    m_workspace->setStretchFactor(0, 1);
    m_workspace->setStretchFactor(1, 4);
    m_workspace->setChildrenCollapsible(false);
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);

    m_demoLabel->setText(tr("Demo database: the people and events are invented"));
    m_demoLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff1dc; color: #8a4b00; padding: 0 0.5em; }"));
    m_savedLabel->setText(tr("Every change is saved at once"));
    m_savedLabel->setToolTip(tr("Each change is written to the database, with its audit entry, "
                                "the moment you confirm it."));
    m_damageLabel = new QLabel(this);
    m_damageLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #b00020; color: white; padding: 0 0.5em; }"));
    m_damageLabel->hide();
    for (QLabel *label : {m_damageLabel, m_demoLabel, m_savedLabel, m_countsLabel, m_fileLabel})
        statusBar()->addPermanentWidget(label);

    m_tabs->setErrorReporter([this](const QString &message) {
        QMessageBox::warning(this, tr("Integrity Dossier"), message);
    });
    connectActions();
    // A review package opened becomes the window's database, as a file opened does.
    m_review->setCopyOpener([this](std::unique_ptr<Database> copy) {
        RecentDatabases::add(copy->path());
        setDatabase(std::move(copy));
    });
    setDatabase(nullptr);
    restoreLayout();
    m_review->updateBanner(); // the restored layout knows nothing of the database
}

MainWindow::~MainWindow()
{
    if (m_check)
        m_check->wait();
    // A backup still being written is finished first: the window is gone by now, only the
    // program waits for it.
    m_access->finishBackup();
    // Dossiers, commands and models hold the connection: they go before the database does.
    m_tabs->setDatabase(nullptr, nullptr);
    m_undoStack->clear();
    m_directory->setDatabase(nullptr);
    m_units->setDatabase(nullptr);
    m_analysis->setDatabase(nullptr);
    m_review->setDatabase(nullptr);
}

void MainWindow::connectActions()
{
    // An undo or redo refused (a colleague changed the record since): said, not swallowed.
    connect(&CommandRefusals::instance(), &CommandRefusals::refused, this,
            [this](const QString &message) {
                statusBar()->showMessage(message, 15000);
                auto *box = new QMessageBox(QMessageBox::Information, tr("Undo or Redo Refused"),
                                            message, QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                recordsChanged();
            });
    MainWindowActions *a = m_actions;
    connect(a->newDatabase, &QAction::triggered, this, &MainWindow::chooseAndCreateDatabase);
    connect(a->openDatabase, &QAction::triggered, this, &MainWindow::chooseAndOpenDatabase);
    connect(a->connectToServer, &QAction::triggered, this, [this] { connectToServer(); });
    connect(a->closeDatabase, &QAction::triggered, this, &MainWindow::closeDatabase);
    connect(a->recentDatabases, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    connect(a->newItem, &QAction::triggered, this, [this] {
        if (DossierWidget *dossier = m_tabs->currentDossier())
            dossier->newRecord();
        else
            createCadre();
    });
    connect(a->editRecord, &QAction::triggered, this, [this] {
        if (DossierWidget *dossier = m_tabs->currentDossier())
            dossier->editCurrent();
    });
    connect(a->deleteRecord, &QAction::triggered, this, [this] {
        if (DossierWidget *dossier = m_tabs->currentDossier())
            dossier->deleteCurrent();
    });
    connect(a->importRoster, &QAction::triggered, this, &MainWindow::importRoster);
    connect(a->firstSteps, &QAction::triggered, this, &MainWindow::showFirstSteps);
    connect(m_enterUnits, &QAction::triggered, this, [this] { m_unitActions->enterUnits(); });
    connect(a->exportDirectory, &QAction::triggered, this, &MainWindow::exportDirectory);
    connect(a->exportLedger, &QAction::triggered, this, &MainWindow::exportLedger);
    connect(m_access, &AccessController::accountChanged, this, &MainWindow::accountChanged);
    connect(a->save, &QAction::triggered, this, &MainWindow::noteSaved);
    connect(a->closeDossier, &QAction::triggered, m_tabs, &DossierTabs::closeCurrentDossier);
    connect(a->quit, &QAction::triggered, this, &MainWindow::close);
    connect(a->find, &QAction::triggered, this, [this] {
        m_tabs->showDirectory();
        m_directory->focusSearch();
    });
    connect(a->clearFilters, &QAction::triggered, this, [this] {
        m_tabs->showDirectory();
        m_units->selectScope({});
        m_directory->setScope({}, QString());
        m_directory->clearFilters();
    });
    connect(a->showDirectory, &QAction::triggered, m_tabs, &DossierTabs::showDirectory);
    connect(a->nextTab, &QAction::triggered, this, [this] { m_tabs->showNext(1); });
    connect(a->previousTab, &QAction::triggered, this, [this] { m_tabs->showNext(-1); });
    connect(a->printPreview, &QAction::triggered, this,
            [this] { m_printing->preview(printTargets()); });
    connect(a->print, &QAction::triggered, this, [this] { m_printing->print(printTargets()); });
    connect(a->exportPdf, &QAction::triggered, this,
            [this] { m_printing->exportPdf(printTargets()); });
    connect(a->summaryOptions, &QAction::triggered, m_printing, &PrintController::chooseOptions);
    connect(a->pageSetup, &QAction::triggered, m_printing, &PrintController::pageSetup);
    connect(m_tabs, &DossierTabs::printPreviewRequested, m_printing,
            [this](qint64 cadreId) { m_printing->preview({cadreId}); });
    connect(a->opinionReply, &QAction::triggered, this, [this] {
        OpinionBatchDialog dialog(*m_database, m_printing, printTargets(), this);
        dialog.exec();
        // The stored batch shows in the opinions of each open dossier.
        for (const qint64 id : m_tabs->openCadreIds()) {
            if (DossierWidget *dossier = m_tabs->dossier(id))
                dossier->reload();
        }
    });
    connect(a->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::recordsChanged);
    connect(m_review, &ReviewController::recordsWritten, this, &MainWindow::recordsChanged);
    connect(m_review, &ReviewController::printRequested, m_printing,
            &PrintController::previewReviewPaper);
    connect(m_review, &ReviewController::exportRequested, m_printing,
            &PrintController::exportReviewPaper);
    connect(m_tabs, &DossierTabs::dossierShown, a, &MainWindowActions::setDossierShown);
    connect(m_directory, &DirectoryPanel::dossierRequested, this, &MainWindow::openDossier);
    connect(m_access, &AccessController::signOutRequested, this, &MainWindow::closeDatabase);
    connect(m_access, &AccessController::restoreRequested, this,
            [this](const QString &backupPath, const QString &passphrase, bool otherDatabase) {
                const QString problem = restoreBackup(backupPath, passphrase, otherDatabase);
                if (!problem.isEmpty())
                    QMessageBox::warning(this, tr("Backup Not Restored"), problem);
            });
    connect(m_analysis, &AnalysisController::dossierRequested, this, &MainWindow::openDossier);
    // Back to every unit: the unit tree, the directory and the dashboard together.
    connect(m_directory, &DirectoryPanel::scopeCleared, this, [this] {
        m_units->selectScope({});
        m_analysis->setScope({}, QString());
    });
    connect(m_units, &UnitTreePanel::scopeSelected, this, &MainWindow::showScope);

    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseAndOpenDatabase);
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::chooseAndCreateDatabase);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemoDatabase);
    connect(m_startPage, &StartPage::serverRequested, this, [this] { connectToServer(); });
    connect(m_startPage, &StartPage::recentRequested, this, &MainWindow::openDatabaseFile);
}

QList<qint64> MainWindow::printTargets() const
{
    if (const DossierWidget *dossier = m_tabs->currentDossier())
        return {dossier->cadreId()};
    return m_directory->selectedCadreIds();
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_changeFeed.reset();
    m_access->backUpOnClose();
    m_access->setDatabase(nullptr);
    rememberOpenDossiers();
    m_tabs->setDatabase(nullptr, nullptr);
    m_undoStack->clear();
    m_directory->setDatabase(nullptr);
    m_units->setDatabase(nullptr);
    m_unitActions->setDatabase(nullptr);
    m_analysis->setDatabase(nullptr);
    m_review->setDatabase(nullptr);
    signOut(); // last: closing the dossiers above still reads as the account
    // The database closes, or stays open out of sight until its backup is written.
    m_access->closed(std::exchange(m_database, std::move(database)));
    m_printing->setDatabase(m_database.get());

    const bool open = m_database != nullptr;
    // A reviewer sees no edit actions; the models refuse its writes all the same.
    m_actions->setDatabaseOpen(open, open && !AccessController::maySave(m_database.get()));
    m_enterUnits->setEnabled(open && AccessController::maySave(m_database.get()));
    showExports();
    m_access->setDatabase(m_database.get());
    m_pages->setCurrentWidget(open ? static_cast<QWidget *>(m_workspace) : m_startPage);
    if (open) {
        m_units->setDatabase(m_database.get());
        m_unitActions->setDatabase(m_database.get());
        m_directory->setDatabase(m_database.get());
        m_tabs->setDatabase(m_database.get(), m_undoStack);
        m_analysis->setDatabase(m_database.get());
        m_review->setDatabase(m_database.get());
        // Only an account that reads dossiers had any open; never another account's.
        if (AccessController::mayReadDossiers(m_database.get())) {
            for (const qint64 id : WindowSettings::openDossiers(m_database->path(), account()))
                m_tabs->openDossier(id);
        }
        m_tabs->showDirectory();
        m_directory->focusSearch();
        checkInBackground();
        if (m_database->isServer()) {
            m_changeFeed = std::make_unique<ChangeFeed>(*m_database);
            connect(m_changeFeed.get(), &ChangeFeed::changed, this, &MainWindow::colleaguesChanged);
        }
        // An expired review copy takes no more work: no edit action is offered.
        if (m_review->isExpiredCopy()) {
            m_actions->setDatabaseOpen(true, true);
            m_enterUnits->setEnabled(false);
        }
    } else {
        m_startPage->setRecentDatabases(RecentDatabases::list());
    }
    updateTitle();
    updateStatus();
}

bool MainWindow::openDossier(qint64 cadreId)
{
    return m_database && m_tabs->openDossier(cadreId);
}

void MainWindow::showFirstSteps()
{
    if (!m_database)
        return;
    Database &database = *m_database;
    const QString path = database.path();
    QVector<FirstSteps::Step> steps = {
        {tr("The commission's name and confidentiality marking"),
         tr("Printed on every paper; the system administrator sets them."), m_actions->settings,
         [&database] {
             return SettingsStore(database.connection())
                 .isStored(QStringLiteral("commission_name"));
         }},
        {tr("The accounts"),
         tr("The security administrator, the auditor and the case officers, with their real "
            "names; the system administrator makes them, the security administrator gives roles."),
         m_access->accountsAction(),
         [&database] {
             try {
                 QSet<Role> roles;
                 for (const AccountInfo &account : Accounts(database).list())
                     roles.insert(account.role);
                 return roles.contains(Role::SecurityOfficer) && roles.contains(Role::Auditor)
                        && roles.contains(Role::CaseOfficer);
             } catch (const DataError &) {
                 // Only the administrator reads the accounts; an account of another role
                 // signed in is one the administrator already made.
                 return database.session() && database.session()->role != Role::Administrator;
             }
         }},
        {tr("The unit tree"),
         tr("The county, its townships and departments; a case officer types or pastes them "
            "here, adds them one by one in the unit tree's menu, or has the roster make them."),
         m_enterUnits,
         [&database] {
             return DatabaseSummary::read(database).units > 0;
         }},
        {tr("The roster"),
         tr("The organization department's roster from Excel, WPS or CSV; a case officer "
            "imports it."),
         m_actions->importRoster,
         [&database] {
             return DatabaseSummary::read(database).cadres > 0;
         }},
        {tr("The first backup"),
         tr("Backups are made every day in %1; Back Up Now makes one elsewhere too, such as a "
            "removable drive.")
             .arg(QDir::toNativeSeparators(BackupSettings::folderFor(database))),
         m_access->backupAction(),
         [path, folder = BackupSettings::folderFor(database)] {
             return !Backups::automaticBackups(path, folder).isEmpty();
         }},
    };
    FirstSteps guide(steps, this);
    guide.exec();
}

void MainWindow::closeDatabase()
{
    setDatabase(nullptr);
}

void MainWindow::createCadre()
{
    if (!AccessController::maySave(m_database.get()))
        return;
    const qint64 id = NewCadre::create(this, *m_database, m_undoStack, m_directory->scope().unitId);
    if (id != 0)
        openDossier(id);
}

void MainWindow::importRoster()
{
    if (!m_database)
        return;
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import from Excel"), QDir::homePath(),
                                       tr("Rosters and ledgers (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        const SheetFile file(path);
        SpreadsheetImportDialog dialog(*m_database, file, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        // One step of the undo history: Edit ▸ Undo takes the whole import back.
        m_undoStack->push(dialog.takeCommand().release());
        recordsChanged();
        statusBar()->showMessage(tr("Imported: %1 new, %2 updated. Edit ▸ Undo takes it back.")
                                     .arg(dialog.count(ImportRow::Action::New))
                                     .arg(dialog.count(ImportRow::Action::Update)),
                                 10000);
    } catch (const DataError &error) {
        QMessageBox::warning(this, tr("Not Imported"), error.message());
    }
}

void MainWindow::exportDirectory()
{
    if (!m_database)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Directory to Excel"),
        QDir::home().filePath(tr("Cadre directory") + QStringLiteral(".xlsx")),
        tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    try {
        CadreFilter filter = m_directory->model()->filter();
        const int rows = DirectoryExport(*m_database).write(path, filter);
        statusBar()->showMessage(
            tr("%n cadre(s) exported to %1.", "", rows).arg(QDir::toNativeSeparators(path)), 10000);
    } catch (const DataError &error) {
        QMessageBox::warning(this, tr("Directory Not Exported"), error.message());
    }
}

void MainWindow::exportLedger()
{
    if (!m_database)
        return;
    // Which work line's ledger: each record kind, by its name.
    QStringList titles;
    const QStringList kinds = LedgerColumns::kinds();
    for (const QString &kind : kinds)
        titles << tr("Ledger of %1").arg(RecordKinds::title(kind));
    bool chosen = false;
    const QString title = QInputDialog::getItem(this, tr("Export Ledger to Excel"), tr("Ledger:"),
                                                titles, 0, false, &chosen);
    if (!chosen)
        return;
    const QString kind = kinds.value(int(titles.indexOf(title)));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Ledger to Excel"), QDir::home().filePath(title + QStringLiteral(".xlsx")),
        tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    try {
        const int rows = LedgerExport(*m_database).write(path, kind);
        statusBar()->showMessage(
            tr("%n row(s) exported to %1.", "", rows).arg(QDir::toNativeSeparators(path)), 10000);
    } catch (const DataError &error) {
        QMessageBox::warning(this, tr("Ledger Not Exported"), error.message());
    }
}

void MainWindow::noteSaved()
{
    statusBar()->showMessage(tr("Nothing to save: every change was written to the database the "
                                "moment you confirmed it."),
                             6000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_database.get(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_access->applySettings();
        updateTitle(); // the commission's name
    }
}

void MainWindow::showAbout()
{
    QString storage;
    if (m_database && !m_database->isInMemory())
        storage = QStringLiteral("<p>%1</p>")
                      .arg(VolumeEncryption::describe(QFileInfo(m_database->path()).absolutePath())
                               .toHtmlEscaped());
    QMessageBox::about(
        this, tr("About Integrity Dossier"),
        tr("<h3>Integrity Dossier %1</h3><p>One integrity dossier per cadre, for the staff of a "
           "commission for discipline inspection and supervision. It works offline; the data "
           "stays in the database file on this computer.</p><p>Licensed under the GNU General "
           "Public License, version 3 or later.</p>")
                .arg(QCoreApplication::applicationVersion())
            + storage);
}

void MainWindow::showScope(const UnitScope &scope)
{
    m_directory->setScope(scope, m_units->scopeName(scope));
    m_analysis->setScope({scope.unitId, scope.kind}, m_units->scopeName(scope));
    m_tabs->showDirectory();
}

void MainWindow::recordsChanged()
{
    if (!m_database)
        return;
    // A cadre gone with an undo (or a delete) takes its dossier tab with it.
    const CadreDirectory cadres(*m_database);
    for (const qint64 id : m_tabs->openCadreIds()) {
        if (!cadres.contains(id))
            m_tabs->closeDossier(id);
    }
    m_directory->refresh();
    m_units->reload();
    m_analysis->refresh();
    updateStatus();
}

void MainWindow::colleaguesChanged()
{
    if (!m_database)
        return;
    recordsChanged();
    for (const qint64 id : m_tabs->openCadreIds()) {
        if (DossierWidget *dossier = m_tabs->dossier(id))
            dossier->reload();
    }
}

void MainWindow::checkInBackground()
{
    ++m_generation;
    m_damageLabel->hide();
    if (!m_database || !m_database->isFile() || m_database->isReadOnly())
        return;
    if (m_check)
        m_check->wait();
    const QString path = m_database->path();
    const int generation = m_generation;
    auto problem = std::make_shared<QString>();
    m_check = QThread::create([path, problem] { *problem = Database::quickCheck(path); });
    connect(m_check, &QThread::finished, this, [this, generation, problem] {
        m_check->deleteLater();
        m_check = nullptr;
        if (generation != m_generation || !m_database || problem->isEmpty())
            return;
        m_database->markDamaged(*problem);
        showDamage();
    });
    m_check->start(QThread::LowestPriority);
}

bool MainWindow::waitForCheck(int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (m_check && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_check == nullptr;
}

void MainWindow::showDamage()
{
    m_damageLabel->setText(tr("The database is damaged: read only"));
    m_damageLabel->setToolTip(
        tr("SQLite's check found damage (%1). Nothing more is written to this database: read "
           "what you need, run check, and restore the newest backup.")
            .arg(m_database->damage()));
    m_damageLabel->show();
    m_savedLabel->hide();
    // No edit action: the models refuse a write anyway.
    m_actions->setDatabaseOpen(true, true);
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title = tr("Integrity Dossier");
    if (m_database) {
        const QString commission = DatabaseSummary::read(*m_database).commissionName;
        title = QStringLiteral("%1[*] — %2")
                    .arg(RecentDatabases::shownName(m_database->path()), title);
        if (!commission.isEmpty())
            title += QStringLiteral(" — ") + commission;
        if (m_database->isReadOnly() || !m_database->damage().isEmpty())
            title += QLatin1Char(' ') + tr("(read only)");
        if (m_review->isReviewCopy())
            title += QStringLiteral(" — ") + m_review->banner();
    }
    setWindowTitle(title);
    // Edits are saved as they are made: "modified" means changed since the database was opened.
    setWindowModified(m_database && !m_undoStack->isClean());
}

void MainWindow::updateStatus()
{
    const bool open = m_database != nullptr;
    m_demoLabel->setVisible(
        open && QFileInfo(m_database->path()) == QFileInfo(DatabaseOpener::demoPath()));
    m_savedLabel->setVisible(open && !m_database->isReadOnly());
    m_countsLabel->setVisible(open);
    m_fileLabel->setVisible(open);
    if (!open)
        return;
    const DatabaseSummary summary = DatabaseSummary::read(*m_database);
    const QLocale locale;
    // Clue and case counts are facts: only for an account that reads dossiers.
    m_countsLabel->setText(summary.clues < 0 ? tr("Cadres %1").arg(locale.toString(summary.cadres))
                                             : tr("Cadres %1 · Clues %2 · Cases %3")
                                                   .arg(locale.toString(summary.cadres),
                                                        locale.toString(summary.clues),
                                                        locale.toString(summary.cases)));
    m_fileLabel->setText(RecentDatabases::shownName(m_database->path()));
    m_fileLabel->setToolTip(m_database->isServer() ? m_database->path()
                                                   : QDir::toNativeSeparators(m_database->path()));
}

QString MainWindow::account() const
{
    return m_database && m_database->session() ? m_database->session()->accountName : QString();
}

void MainWindow::rememberOpenDossiers()
{
    if (m_database)
        WindowSettings::setOpenDossiers(m_database->path(), account(), m_tabs->openCadreIds());
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(WindowSettings::geometry())) {
        const QSize character = fontMetrics().size(0, QStringLiteral("中"));
        resize(character.width() * 90, character.height() * 40);
    }
    restoreState(WindowSettings::windowState());
    if (!m_workspace->restoreState(WindowSettings::splitterState())) {
        const int character = fontMetrics().horizontalAdvance(QStringLiteral("中"));
        m_workspace->setSizes({character * 20, character * 70});
    }
    m_directory->restoreHeaderState(WindowSettings::directoryHeader());
}

void MainWindow::saveLayout()
{
    WindowSettings::setGeometry(saveGeometry());
    WindowSettings::setWindowState(saveState());
    WindowSettings::setSplitterState(m_workspace->saveState());
    const QByteArray header = m_directory->saveHeaderState();
    if (!header.isEmpty())
        WindowSettings::setDirectoryHeader(header);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    // The day's last backup, the dossiers to open next time, and the account signed out.
    setDatabase(nullptr);
    event->accept();
}

void MainWindow::showExports()
{
    // Only an account that may write data out is offered the workbooks.
    const bool exports = AccessController::mayExport(m_database.get());
    m_actions->exportDirectory->setEnabled(exports);
    m_actions->exportLedger->setEnabled(exports);
}

void MainWindow::signOut()
{
    // The trail says when each account stopped working, not only when it began.
    if (!m_database || !m_database->session())
        return;
    try {
        Accounts(*m_database).signOut();
    } catch (const DataError &error) {
        qWarning().noquote() << error.message();
    }
}

void MainWindow::accountChanged()
{
    // What the account may do now (its own password set at last): offer it, and show what it
    // may see, without closing the database.
    if (!m_database)
        return;
    m_tabs->setDatabase(nullptr, nullptr);
    m_directory->setDatabase(nullptr);
    m_units->setDatabase(nullptr);
    m_unitActions->setDatabase(nullptr);
    m_analysis->setDatabase(nullptr);
    m_actions->setDatabaseOpen(true, !AccessController::maySave(m_database.get()));
    m_enterUnits->setEnabled(AccessController::maySave(m_database.get()));
    showExports();
    m_units->setDatabase(m_database.get());
    m_unitActions->setDatabase(m_database.get());
    m_directory->setDatabase(m_database.get());
    m_tabs->setDatabase(m_database.get(), m_undoStack);
    m_analysis->setDatabase(m_database.get());
    m_tabs->showDirectory();
    updateTitle();
    updateStatus();
}
