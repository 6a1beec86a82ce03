#pragma once

#include <QObject>
#include <QPointer>

class Database;
class CaseFileWindow;
class QAction;
class QMainWindow;
class QUndoStack;

// The Review menu of the main window: the list of cases, and the case file of one in a window of
// its own. Only an account that reads dossiers gets it.
class ReviewController : public QObject
{
    Q_OBJECT

public:
    ReviewController(QMainWindow *window, QUndoStack *undoStack);

    void setDatabase(Database *database);
    // Opens the list of cases to choose one from.
    void chooseCase();
    CaseFileWindow *openCase(qint64 caseId);
    CaseFileWindow *caseFile() const;
    // The regulation articles the facts cite; editable for an account that writes records.
    void showArticles();

signals:
    void recordsWritten();
    void printRequested(qint64 caseId, int paper, qint64 cadreId);
    void exportRequested(qint64 caseId, int paper, qint64 cadreId);

private:
    QMainWindow *m_window;
    QUndoStack *m_undoStack;
    Database *m_database = nullptr;
    QAction *m_casesAction = nullptr;
    QAction *m_articlesAction = nullptr;
    QPointer<CaseFileWindow> m_caseFile;
};
