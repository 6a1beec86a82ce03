#pragma once

#include "database/databaseopener.h"

#include <QMainWindow>
#include <memory>

class AccessController;
class ChangeFeed;
class AnalysisController;
class ReviewController;
class Database;
class DirectoryPanel;
class DossierTabs;
class MainWindowActions;
class PrintController;
class QLabel;
class QThread;
class QSplitter;
class QStackedWidget;
class QUndoStack;
class StartPage;
class QAction;
class UnitActions;
class UnitTreePanel;
struct UnitScope;

// The program's window: the unit tree beside the tabs — the cadre directory first, then one
// tab per open dossier — with the menus, the single undo stack of every edit, and the status
// bar. With no database open it shows the start page.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `database` (null: none), closing the one before; remembers its open dossiers.
    void setDatabase(std::unique_ptr<Database> database);
    // Opens the database file, telling the user why when it cannot; true when it is open.
    bool openDatabaseFile(const QString &path);
    // Opens the demo database, creating it first when there is none.
    bool openDemoDatabase();
    // Connects to a database on the commission's server: the address given (or, when none, the
    // one used last) is tried as it is when it needs no password; else File → Connect to
    // Server… asks, showing why the try failed. Then the account signs in. True when open.
    bool connectToServer(const QString &address = {});
    bool openDossier(qint64 cadreId);
    // Closes the open database, puts the backup in its place (Backups::restore: everything
    // checked first, the old one kept beside it, the restore audited) and opens the database
    // again, restored or, when refused, as it was. Returns why it was refused; empty when done.
    QString restoreBackup(const QString &backupPath, const QString &passphrase, bool otherDatabase);

    Database *database() const { return m_database.get(); }
    DatabaseOpener &opener() { return m_opener; }
    QUndoStack *undoStack() const { return m_undoStack; }
    MainWindowActions *actions() const { return m_actions; }
    DirectoryPanel *directoryPanel() const { return m_directory; }
    UnitTreePanel *unitTreePanel() const { return m_units; }
    UnitActions *unitActions() const { return m_unitActions; }
    DossierTabs *tabs() const { return m_tabs; }
    QLabel *countsLabel() const { return m_countsLabel; }
    // Red in the status bar when the background check found the database damaged.
    QLabel *damageLabel() const { return m_damageLabel; }
    // Waits for the background check of the open database (tests).
    bool waitForCheck(int milliseconds);
    AnalysisController *analysis() const { return m_analysis; }
    ReviewController *review() const { return m_review; }
    AccessController *access() const { return m_access; }
    PrintController *printing() const { return m_printing; }
    // What File → Print is about: the dossier in front, else the directory's selected cadres.
    QList<qint64> printTargets() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The signed-in account's name, or empty.
    QString account() const;
    void connectActions();
    void restoreLayout();
    void saveLayout();
    void rememberOpenDossiers();
    void chooseAndOpenDatabase();
    void chooseAndCreateDatabase();
    void closeDatabase();
    void createCadre();
    void noteSaved();
    void importRoster();
    void showFirstSteps();
    void exportDirectory();
    void exportLedger();
    void signOut();
    void showExports();
    void accountChanged();
    void showSettings();
    void showAbout();
    void showScope(const UnitScope &scope);
    void recordsChanged();
    // Colleagues' saves on the shared server: what the window shows is read again.
    void colleaguesChanged();
    // SQLite's quick_check of the open database on a thread of its own, once the window is
    // usable; a damaged database then takes no more writes, and says so.
    void checkInBackground();
    void showDamage();
    void updateRecentMenu();
    void updateTitle();
    void updateStatus();

    std::unique_ptr<Database> m_database;
    // Declared after the database, so that it is gone before the database closes.
    std::unique_ptr<ChangeFeed> m_changeFeed;
    DatabaseOpener m_opener;
    QUndoStack *m_undoStack = nullptr;
    MainWindowActions *m_actions = nullptr;
    AnalysisController *m_analysis = nullptr;
    ReviewController *m_review = nullptr;
    AccessController *m_access = nullptr;
    QStackedWidget *m_pages = nullptr;
    StartPage *m_startPage = nullptr;
    QSplitter *m_workspace = nullptr;
    UnitTreePanel *m_units = nullptr;
    UnitActions *m_unitActions = nullptr;
    // The first steps' "Enter the Unit Tree", for an account that may write.
    QAction *m_enterUnits = nullptr;
    DirectoryPanel *m_directory = nullptr;
    DossierTabs *m_tabs = nullptr;
    PrintController *m_printing = nullptr;
    QLabel *m_demoLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_damageLabel = nullptr;
    QThread *m_check = nullptr;
    int m_generation = 0; // which open database a background check belongs to
};
