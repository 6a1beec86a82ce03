#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

// The window's menus and their actions, with the usual office shortcuts. The window connects
// them; this class only builds them and keeps them in one place. The Help menu's guide and
// About Qt need nothing of the window and are connected here; Help stays the last menu.
class MainWindowActions : public QObject
{
    Q_OBJECT

public:
    MainWindowActions(QMainWindow *window, QUndoStack *undoStack);

    // Which actions make sense: with a database open, and with a dossier tab in front.
    void setDatabaseOpen(bool open, bool readOnly);
    void setDossierShown(bool shown);

    QAction *newDatabase = nullptr;
    QAction *openDatabase = nullptr;
    QAction *connectToServer = nullptr;
    QMenu *recentDatabases = nullptr;
    QAction *closeDatabase = nullptr;
    // A roster from Excel, WPS or CSV in; the directory as filtered out to Excel.
    QAction *importRoster = nullptr;
    QAction *exportDirectory = nullptr;
    QAction *exportLedger = nullptr;
    // New Cadre on the directory, New Record in a dossier (in its current section).
    QAction *newItem = nullptr;
    QAction *save = nullptr;
    QAction *closeDossier = nullptr;
    // Dossier summaries of the dossier in front, or of the directory's selected cadres.
    QAction *printPreview = nullptr;
    QAction *print = nullptr;
    QAction *exportPdf = nullptr;
    QAction *summaryOptions = nullptr;
    QAction *pageSetup = nullptr;
    // An integrity-opinion batch for the same cadres, and its reply letter.
    QAction *opinionReply = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *editRecord = nullptr;
    QAction *deleteRecord = nullptr;
    QAction *find = nullptr;
    QAction *clearFilters = nullptr;
    QAction *showDirectory = nullptr;
    QAction *nextTab = nullptr;
    QAction *previousTab = nullptr;
    QAction *settings = nullptr;
    // The user guide, offline, in the interface's language (F1).
    QAction *userGuide = nullptr;
    // A new database's first steps, and whether each is done.
    QAction *firstSteps = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_readOnly = true;
    QAction *m_helpMenu = nullptr;
    QAction *add(QMenu *menu, const QString &text, const QKeySequence &shortcut);
};
