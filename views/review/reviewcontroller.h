#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class Database;
class CaseFileWindow;
class MergeDialog;
class OpenPackageDialog;
class QAction;
class QMainWindow;
class QToolBar;
class QUndoStack;
class ReturnPackageDialog;
class ReviewCopyBanner;
class ReviewPackageDialog;

// The Review menu of the main window: the list of cases, and the case file of one in a window of
// its own; and offline review — a review package sent out for a stand-alone PC, opened there
// into a review copy, the return package made on it, and that package merged back. Only an
// account that reads dossiers gets the case files; a review package opens with no database
// open. A review copy is marked above the window's tabs (ReviewCopyBanner).
class ReviewController : public QObject
{
    Q_OBJECT

public:
    ReviewController(QMainWindow *window, QUndoStack *undoStack);

    void setDatabase(Database *database);
    // How the window takes a review copy just opened and signed in to.
    using CopyOpener = std::function<void(std::unique_ptr<Database> copy)>;
    void setCopyOpener(const CopyOpener &opener) { m_copyOpener = opener; }
    // Opens the list of cases to choose one from.
    void chooseCase();
    CaseFileWindow *openCase(qint64 caseId);
    CaseFileWindow *caseFile() const;
    // The regulation articles the facts cite; editable for an account that writes records.
    void showArticles();

    // The dialogs of offline review, shown without waiting (tests drive them).
    ReviewPackageDialog *sendForReview(const QList<qint64> &caseIds = {});
    OpenPackageDialog *openReviewPackage();
    ReturnPackageDialog *makeReturnPackage();
    MergeDialog *mergeReturnPackage();

    // Whether the open database is a review copy, and one that has expired.
    bool isReviewCopy() const { return m_isCopy; }
    bool isExpiredCopy() const { return m_isExpired; }
    // The review copy's mark, or empty.
    QString banner() const;
    // Shows or hides the mark for the open database (after the window's layout was restored).
    void updateBanner();

    QAction *sendAction() const { return m_sendAction; }
    QAction *openPackageAction() const { return m_openPackageAction; }
    QAction *returnAction() const { return m_returnAction; }
    QAction *mergeAction() const { return m_mergeAction; }

signals:
    void recordsWritten();
    void printRequested(qint64 caseId, int paper, qint64 cadreId);
    void exportRequested(qint64 caseId, int paper, qint64 cadreId);

private:
    QList<qint64> currentCases() const;

    QMainWindow *m_window;
    QUndoStack *m_undoStack;
    Database *m_database = nullptr; // only for an account that reads dossiers
    Database *m_open = nullptr;     // whatever database the window shows
    QAction *m_casesAction = nullptr;
    QAction *m_articlesAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_openPackageAction = nullptr;
    QAction *m_returnAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QToolBar *m_bannerBar = nullptr;
    ReviewCopyBanner *m_banner = nullptr;
    bool m_isCopy = false;
    bool m_isExpired = false;
    CopyOpener m_copyOpener;
    QPointer<CaseFileWindow> m_caseFile;
};
