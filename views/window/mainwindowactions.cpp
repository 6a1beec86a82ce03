#include "mainwindowactions.h"

#include "help/helpdialog.h"

#include <QAction>
#include <QActionEvent>
#include <QApplication>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoStack>

MainWindowActions::MainWindowActions(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window)
{
    QMenuBar *bar = window->menuBar();

    QMenu *file = bar->addMenu(tr("&File"));
    newDatabase = add(file, tr("&New Database…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    openDatabase = add(file, tr("&Open Database…"), QKeySequence::Open);
    connectToServer = add(file, tr("Connect to &Server…"), QKeySequence());
    connectToServer->setObjectName(QStringLiteral("connectToServerAction"));
    recentDatabases = file->addMenu(tr("Open &Recent"));
    closeDatabase = add(file, tr("&Close Database"), QKeySequence());
    file->addSeparator();
    importRoster = add(file, tr("&Import from Excel…"), QKeySequence());
    importRoster->setObjectName(QStringLiteral("importRosterAction"));
    exportDirectory = add(file, tr("Export Directory to E&xcel…"), QKeySequence());
    exportDirectory->setObjectName(QStringLiteral("exportDirectoryAction"));
    exportLedger = add(file, tr("Export &Ledger to Excel…"), QKeySequence());
    exportLedger->setObjectName(QStringLiteral("exportLedgerAction"));
    file->addSeparator();
    newItem = add(file, tr("New &Cadre…"), QKeySequence::New);
    save = add(file, tr("&Save"), QKeySequence::Save);
    closeDossier = add(file, tr("Close &Dossier"), QKeySequence(Qt::CTRL | Qt::Key_W));
    // Ctrl+W everywhere, and the platform's own close keys (Ctrl+F4 on Windows) as well.
    QList<QKeySequence> closeKeys = closeDossier->shortcuts();
    for (const QKeySequence &keys : QKeySequence::keyBindings(QKeySequence::Close)) {
        if (!closeKeys.contains(keys))
            closeKeys << keys;
    }
    closeDossier->setShortcuts(closeKeys);
    file->addSeparator();
    printPreview = add(file, tr("Print Pre&view…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    print = add(file, tr("&Print…"), QKeySequence::Print);
    exportPdf = add(file, tr("E&xport to PDF…"), QKeySequence());
    summaryOptions = add(file, tr("Summary &Options…"), QKeySequence());
    pageSetup = add(file, tr("Page Set&up…"), QKeySequence());
    opinionReply = add(file, tr("Integrity Opinion &Reply…"), QKeySequence());
    file->addSeparator();
    quit = add(file, tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    editRecord = add(edit, tr("&Edit Record…"), QKeySequence(Qt::Key_F2));
    deleteRecord = add(edit, tr("&Delete Record…"), QKeySequence::Delete);
    edit->addSeparator();
    find = add(edit, tr("&Find Cadre"), QKeySequence::Find);
    clearFilters = add(edit, tr("C&lear Search and Filters"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QMenu *view = bar->addMenu(tr("&View"));
    showDirectory = add(view, tr("Cadre &Directory"), QKeySequence(Qt::CTRL | Qt::Key_1));
    nextTab = add(view, tr("&Next Tab"), QKeySequence::NextChild);
    previousTab = add(view, tr("&Previous Tab"), QKeySequence::PreviousChild);
    view->addSeparator();
    settings = add(view, tr("&Settings…"), QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = bar->addMenu(tr("&Help"));
    userGuide = add(help, tr("&User Guide"), QKeySequence::HelpContents);
    userGuide->setObjectName(QStringLiteral("userGuideAction"));
    firstSteps = add(help, tr("&First Steps…"), QKeySequence());
    firstSteps->setObjectName(QStringLiteral("firstStepsAction"));
    help->addSeparator();
    about = add(help, tr("&About Integrity Dossier"), QKeySequence());
    about->setMenuRole(QAction::AboutRole);
    aboutQt = add(help, tr("About &Qt"), QKeySequence());
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    // Neither needs anything of the window, so they are connected here.
    connect(userGuide, &QAction::triggered, window, [window] { HelpDialog::showGuide(window); });
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    // Help stays the last menu, whatever menus are added after it.
    m_helpMenu = help->menuAction();
    bar->installEventFilter(this);

    for (QAction *action : {undo, redo})
        window->addAction(action);
}

bool MainWindowActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ActionAdded && m_helpMenu
        && static_cast<QActionEvent *>(event)->action() != m_helpMenu) {
        auto *bar = static_cast<QWidget *>(watched);
        if (bar->actions().constLast() != m_helpMenu) {
            bar->removeAction(m_helpMenu);
            bar->addAction(m_helpMenu);
        }
    }
    return QObject::eventFilter(watched, event);
}

QAction *MainWindowActions::add(QMenu *menu, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    menu->addAction(action);
    return action;
}

void MainWindowActions::setDatabaseOpen(bool open, bool readOnly)
{
    for (QAction *action :
         {closeDatabase, save, find, clearFilters, showDirectory, nextTab, previousTab,
          printPreview, print, exportPdf, opinionReply, exportDirectory, exportLedger})
        action->setEnabled(open);
    m_readOnly = !open || readOnly;
    newItem->setEnabled(!m_readOnly);
    importRoster->setEnabled(!m_readOnly);
    setDossierShown(false);
}

void MainWindowActions::setDossierShown(bool shown)
{
    closeDossier->setEnabled(shown);
    newItem->setText(shown ? tr("&New Record…") : tr("New &Cadre…"));
    editRecord->setEnabled(shown && !m_readOnly);
    deleteRecord->setEnabled(shown && !m_readOnly);
}
