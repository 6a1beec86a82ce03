#include "access/accesscontroller.h"
#include "backup/backgroundbackup.h"
#include "backup/backups.h"
#include "commands/recordcommands.h"
#include "dialogs/recordform.h"
#include "directory/directoryfilterbar.h"
#include "directory/directorypanel.h"
#include "directory/unittreepanel.h"
#include "dossier/dossierwidget.h"
#include "items/cadredirectorymodel.h"
#include "mainwindow.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"
#include "window/dossiertabs.h"
#include "window/mainwindowactions.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

// The window driven as a user drives it: typing into the search box, picking a unit, toggling a
// quick filter, opening a dossier with Return, undoing, and opening files that must be refused.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void searchesAsYouTypePinyinInitials();
    void searchesChineseTypedThroughAnInputMethod();
    void clickingAUnitFiltersTheDirectory();
    void quickFiltersApplyAtOnce();
    void returnOpensTheDossierOnce();
    void shortcutsReachSearchAndTabs();
    void undoRefreshesTheDirectoryAndTheModifiedMark();
    void remembersOpenDossiersPerDatabase();
    void addsACadreThroughItsForm();
    void reportsFilesItCannotOpen();
    void offersReadOnlyFilesForReading();
    void showsCountsInTheStatusBar();
    void createsTheDemoDatabaseOnFirstStart();
    void closingLeavesTheBackupToItsThread();

private:
    QStringList visibleNames() const;
    QToolButton *quickFilter(const QString &text) const;
    QModelIndex unitIndex(const QString &name) const;

    QTemporaryDir m_folder;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    qint64 m_zhang = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegrityDossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_view_mainwindow"));
    QSettings().clear();

    m_path = m_folder.filePath(QStringLiteral("county.db"));
    auto database = TestDatabase::onDisk(m_folder, QStringLiteral("county.db"));
    using TestDatabase::addCadre;
    using TestDatabase::addUnit;
    const qint64 county = addUnit(*database, QStringLiteral("清河县"), QStringLiteral("county"));
    const qint64 town
        = addUnit(*database, QStringLiteral("清河县城关镇"), QStringLiteral("township"), county);
    const qint64 bureau
        = addUnit(*database, QStringLiteral("清河县水利局"), QStringLiteral("department"), county);
    m_zhang = addCadre(*database, QStringLiteral("张建国"), bureau, QStringLiteral("局长"), true);
    addCadre(*database, QStringLiteral("李明"), bureau, QStringLiteral("副局长"));
    addCadre(*database, QStringLiteral("王丽"), town, QStringLiteral("镇长"), true);
    const qint64 admonished
        = addCadre(*database, QStringLiteral("赵海"), town, QStringLiteral("副镇长"));
    addCadre(*database, QStringLiteral("陈红"), county, QStringLiteral("科员"));
    RecordRepository(*database).create(
        QStringLiteral("admonitions"),
        {{QStringLiteral("cadre_id"), admonished},
         {QStringLiteral("effective_date"),
          QDate::currentDate().addMonths(-1).toString(Qt::ISODate)}});
}

void TestMainWindow::init()
{
    m_errors.clear();
    m_window = std::make_unique<MainWindow>();
    m_window->opener().setPrompts({[this](const QString &message) { m_errors << message; },
                                   [](const QString &) { return false; },
                                   {}});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabaseFile(m_path));
    QVERIFY(m_errors.isEmpty());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::closingLeavesTheBackupToItsThread()
{
    // No automatic backup yet: one is due when the window closes.
    const QString folder = Backups::defaultFolder(m_path);
    QVERIFY(QDir(folder).removeRecursively());
    BackgroundBackup *backup = m_window->access()->backgroundBackup();
    QSignalSpy finished(backup, &BackgroundBackup::finished);
    QVERIFY(m_window->close());
    // Closed, and the database handed to the backup: the file is named only once the event
    // loop runs again, so closing did not wait for it.
    QVERIFY(!m_window->isVisible());
    QVERIFY(m_window->database() == nullptr);
    QVERIFY(backup->isBusy());
    QCOMPARE(backup->databasePath(), m_path);
    QVERIFY(Backups::automaticBackups(m_path, folder).isEmpty());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().at(2).toString(), QString());
    const QStringList made = Backups::automaticBackups(m_path, folder);
    QCOMPARE(made.size(), 1);
    Backups::verify(made.constFirst());
    // Opened and closed again the same day: no second backup.
    QVERIFY(m_window->openDatabaseFile(m_path));
    m_window->setDatabase(nullptr);
    QVERIFY(!backup->isBusy());
    QCOMPARE(Backups::automaticBackups(m_path, folder), made);
}

QStringList TestMainWindow::visibleNames() const
{
    const CadreDirectoryModel *model = m_window->directoryPanel()->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, CadreDirectoryModel::NameColumn).data().toString();
    names.sort();
    return names;
}

QToolButton *TestMainWindow::quickFilter(const QString &text) const
{
    const auto buttons = m_window->directoryPanel()->filterBar()->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

QModelIndex TestMainWindow::unitIndex(const QString &name) const
{
    const QAbstractItemModel *model = m_window->unitTreePanel()->view()->model();
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, name, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.constFirst();
}

void TestMainWindow::searchesAsYouTypePinyinInitials()
{
    QCOMPARE(visibleNames().size(), 5);
    QLineEdit *search = m_window->directoryPanel()->filterBar()->searchField();
    QTest::keyClicks(search, QStringLiteral("zjg"));
    // Filtered after the typing pause, not on every key.
    QCOMPARE(visibleNames().size(), 5);
    QTRY_COMPARE(visibleNames(), QStringList{QStringLiteral("张建国")});
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(visibleNames().size(), 5);
}

void TestMainWindow::searchesChineseTypedThroughAnInputMethod()
{
    QLineEdit *search = m_window->directoryPanel()->filterBar()->searchField();
    search->setFocus();
    QInputMethodEvent composing(QStringLiteral("chengguan"), {});
    QCoreApplication::sendEvent(search, &composing);
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("城关"));
    QCoreApplication::sendEvent(search, &commit);
    QCOMPARE(search->text(), QStringLiteral("城关"));
    QTRY_COMPARE(visibleNames(), QStringList({QStringLiteral("王丽"), QStringLiteral("赵海")}));
    QVERIFY(m_window->directoryPanel()->findChild<QLabel *>() != nullptr);
}

void TestMainWindow::clickingAUnitFiltersTheDirectory()
{
    QTreeView *tree = m_window->unitTreePanel()->view();
    const QModelIndex bureau = unitIndex(QStringLiteral("清河县水利局"));
    QVERIFY(bureau.isValid());
    tree->expand(bureau.parent());
    tree->scrollTo(bureau);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(bureau).center());
    QTRY_COMPARE(visibleNames(), QStringList({QStringLiteral("张建国"), QStringLiteral("李明")}));
    QCOMPARE(m_window->directoryPanel()->scope().unitId,
             bureau.data(UnitTreeModel::UnitIdRole).toLongLong());
    // The county's group of towns: the town's cadres.
    const QModelIndex towns = unitIndex(UnitTreeModel::groupLabel(QStringLiteral("township")));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(towns).center());
    QTRY_COMPARE(visibleNames(), QStringList({QStringLiteral("王丽"), QStringLiteral("赵海")}));
    // Back to every unit.
    m_window->actions()->clearFilters->trigger();
    QCOMPARE(visibleNames().size(), 5);
    QVERIFY(!tree->currentIndex().isValid());
}

void TestMainWindow::quickFiltersApplyAtOnce()
{
    QToolButton *impact = quickFilter(DirectoryFilterBar::tr("Inside an impact period"));
    QVERIFY(impact);
    QTest::mouseClick(impact, Qt::LeftButton);
    QCOMPARE(visibleNames(), QStringList{QStringLiteral("赵海")});
    QToolButton *leaders = quickFilter(DirectoryFilterBar::tr("Top leaders"));
    QTest::mouseClick(leaders, Qt::LeftButton);
    QCOMPARE(visibleNames(), QStringList());
    QTest::mouseClick(impact, Qt::LeftButton);
    QCOMPARE(visibleNames(), QStringList({QStringLiteral("张建国"), QStringLiteral("王丽")}));
    const QTableView *table = m_window->directoryPanel()->table();
    QCOMPARE(table->model()->index(0, CadreDirectoryModel::TopLeaderColumn).data().toString(),
             QStringLiteral("★"));
}

void TestMainWindow::returnOpensTheDossierOnce()
{
    QLineEdit *search = m_window->directoryPanel()->filterBar()->searchField();
    QTest::keyClicks(search, QStringLiteral("zjg"));
    // Return in the search box moves to the results at once, without waiting for the pause.
    QTest::keyClick(search, Qt::Key_Return);
    QTableView *table = m_window->directoryPanel()->table();
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(visibleNames(), QStringList{QStringLiteral("张建国")});
    QTest::keyClick(table, Qt::Key_Return);
    DossierTabs *tabs = m_window->tabs();
    QCOMPARE(tabs->count(), 2);
    auto *dossier = qobject_cast<DossierWidget *>(tabs->currentWidget());
    QVERIFY(dossier);
    QCOMPARE(dossier->cadreId(), m_zhang);
    QCOMPARE(tabs->tabText(1), QStringLiteral("张建国"));
    // The same cadre again: the same tab comes to the front.
    tabs->showDirectory();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Enter);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    m_window->actions()->closeDossier->trigger();
    QCOMPARE(tabs->count(), 1);
}

void TestMainWindow::shortcutsReachSearchAndTabs()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openDossier(m_zhang));
    QCOMPARE(m_window->tabs()->currentIndex(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    QTRY_VERIFY(m_window->directoryPanel()->filterBar()->searchField()->hasFocus());
    QCOMPARE(m_window->actions()->find->shortcut(), QKeySequence(QKeySequence::Find));
    m_window->tabs()->setCurrentIndex(1);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->count(), 1);
}

void TestMainWindow::undoRefreshesTheDirectoryAndTheModifiedMark()
{
    QTest::mouseClick(quickFilter(DirectoryFilterBar::tr("Inside an impact period")),
                      Qt::LeftButton);
    QCOMPARE(visibleNames(), QStringList{QStringLiteral("赵海")});
    QVERIFY(!m_window->isWindowModified());
    RecordCommands::create(
        m_window->undoStack(), *m_window->database(), QStringLiteral("admonitions"),
        {{QStringLiteral("cadre_id"), m_zhang},
         {QStringLiteral("effective_date"), QDate::currentDate().toString(Qt::ISODate)}});
    QCOMPARE(visibleNames(), QStringList({QStringLiteral("张建国"), QStringLiteral("赵海")}));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("county.db")));
    m_window->actions()->undo->trigger();
    QCOMPARE(visibleNames(), QStringList{QStringLiteral("赵海")});
    QVERIFY(!m_window->isWindowModified());
    m_window->actions()->redo->trigger();
    QCOMPARE(visibleNames().size(), 2);
    m_window->actions()->undo->trigger();
}

void TestMainWindow::addsACadreThroughItsForm()
{
    bool formSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *form = qobject_cast<RecordForm *>(QApplication::activeModalWidget());
        QVERIFY(form);
        formSeen = true;
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("name"));
        QVERIFY(name);
        name->setText(QStringLiteral("孙新"));
        form->accept();
    });
    m_window->actions()->newItem->trigger();
    QVERIFY(formSeen);
    QCOMPARE(m_window->directoryPanel()->model()->totalCount(), 6);
    auto *dossier = m_window->tabs()->currentDossier();
    QVERIFY(dossier);
    QCOMPARE(dossier->title(), QStringLiteral("孙新"));
    QVERIFY(m_window->isWindowModified());
    // Undoing the new cadre closes its dossier.
    m_window->actions()->undo->trigger();
    QCOMPARE(m_window->directoryPanel()->model()->totalCount(), 5);
    QCOMPARE(m_window->tabs()->count(), 1);
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::remembersOpenDossiersPerDatabase()
{
    QVERIFY(m_window->openDossier(m_zhang));
    m_window->setDatabase(nullptr);
    QCOMPARE(m_window->tabs()->count(), 1);
    QVERIFY(m_window->database() == nullptr);
    QVERIFY(m_window->openDatabaseFile(m_path));
    QCOMPARE(m_window->tabs()->count(), 2);
    m_window->tabs()->closeAllDossiers();
    m_window->setDatabase(nullptr);
}

void TestMainWindow::reportsFilesItCannotOpen()
{
    const QString text = m_folder.filePath(QStringLiteral("notes.db"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are meeting notes, not a database.\n");
    file.close();
    QVERIFY(!m_window->openDatabaseFile(text));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.constFirst().contains(QStringLiteral("not an Integrity Dossier database")),
             qPrintable(m_errors.constFirst()));
    // The database that was open stays open.
    QVERIFY(m_window->database() != nullptr);

    QVERIFY(!m_window->openDatabaseFile(m_folder.filePath(QStringLiteral("missing.db"))));
    QCOMPARE(m_errors.size(), 2);
    QVERIFY(m_errors.at(1).contains(QStringLiteral("There is no database")));

    // A fresh window given a bad file on the command line shows the start page, not an empty
    // directory.
    MainWindow fresh;
    QStringList errors;
    fresh.opener().setPrompts({[&](const QString &message) { errors << message; }, {}, {}});
    QVERIFY(!fresh.openDatabaseFile(text));
    QCOMPARE(errors.size(), 1);
    QVERIFY(fresh.database() == nullptr);
    QVERIFY(!fresh.actions()->find->isEnabled());
}

void TestMainWindow::offersReadOnlyFilesForReading()
{
    const QString copy = m_folder.filePath(QStringLiteral("archive.db"));
    QFile::remove(copy);
    m_window->setDatabase(nullptr);
    QVERIFY(QFile::copy(m_path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (QFileInfo(copy).isWritable())
        QSKIP("These rights can write any file; a read-only file cannot be made here.");
    QStringList questions;
    bool answer = false;
    m_window->opener().setPrompts({[this](const QString &message) { m_errors << message; },
                                   [&](const QString &question) {
                                       questions << question;
                                       return answer;
                                   },
                                   {}});
    QVERIFY(!m_window->openDatabaseFile(copy));
    QCOMPARE(questions.size(), 1);
    QVERIFY(m_errors.isEmpty());
    answer = true;
    QVERIFY(m_window->openDatabaseFile(copy));
    QVERIFY(m_window->database()->isReadOnly());
    QVERIFY(m_window->windowTitle().contains(MainWindow::tr("(read only)")));
    QVERIFY(!m_window->actions()->newItem->isEnabled());
    QCOMPARE(m_window->directoryPanel()->model()->totalCount(), 5);
}

void TestMainWindow::showsCountsInTheStatusBar()
{
    const QString counts = m_window->countsLabel()->text();
    QVERIFY2(counts.contains(QLatin1Char('5')), qPrintable(counts));
}

void TestMainWindow::createsTheDemoDatabaseOnFirstStart()
{
    const QString demo = DatabaseOpener::demoPath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(demo + suffix);
    QVERIFY(m_window->openDemoDatabase());
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(QFileInfo(m_window->database()->path()), QFileInfo(demo));
    QVERIFY(m_window->directoryPanel()->model()->totalCount() > 1000);
    QVERIFY(!QFileInfo::exists(demo + QStringLiteral(".part")));
    // Opened again, not made again (signing in writes to the audit trail, so the file's time
    // is no witness; the one generation entry is).
    const auto generations = [this] {
        return Sql::scalar(m_window->database()->connection(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'demo.generate'"))
            .toInt();
    };
    QCOMPARE(generations(), 1);
    m_window->setDatabase(nullptr);
    QVERIFY(m_window->openDemoDatabase());
    QCOMPARE(generations(), 1);
    m_window->setDatabase(nullptr);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(demo + suffix);
}

QTEST_MAIN(TestMainWindow)
#include "test_view_mainwindow.moc"
