#include "reviewcontroller.h"

#include "access/access.h"
#include "access/accesscontroller.h"
#include "articlesdialog.h"
#include "casefilewindow.h"
#include "domain/dataerror.h"
#include "domain/session.h"
#include "dossier/casefileloader.h"
#include "mergedialog.h"
#include "openpackagedialog.h"
#include "returnpackagedialog.h"
#include "review/reviewcopy.h"
#include "reviewcopybanner.h"
#include "reviewpackagedialog.h"
#include "storage/database.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

ReviewController::ReviewController(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
    , m_undoStack(undoStack)
{
    // Before the Help menu, which stays last.
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    auto *menu = new QMenu(tr("Re&view"), bar);
    menu->setObjectName(QStringLiteral("reviewMenu"));
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    m_casesAction = menu->addAction(tr("&Case Files…"));
    m_casesAction->setObjectName(QStringLiteral("caseFilesAction"));
    m_casesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_casesAction->setEnabled(false);
    connect(m_casesAction, &QAction::triggered, this, &ReviewController::chooseCase);
    m_articlesAction = menu->addAction(tr("&Regulation Articles…"));
    m_articlesAction->setObjectName(QStringLiteral("articlesAction"));
    m_articlesAction->setEnabled(false);
    connect(m_articlesAction, &QAction::triggered, this, &ReviewController::showArticles);

    // Offline review: opening a package needs no database, so it is always offered.
    menu->addSeparator();
    m_sendAction = menu->addAction(tr("&Send for Offline Review…"));
    m_sendAction->setObjectName(QStringLiteral("sendForReviewAction"));
    m_sendAction->setEnabled(false);
    connect(m_sendAction, &QAction::triggered, this, [this] { sendForReview(currentCases()); });
    m_openPackageAction = menu->addAction(tr("&Open a Review Package…"));
    m_openPackageAction->setObjectName(QStringLiteral("openReviewPackageAction"));
    connect(m_openPackageAction, &QAction::triggered, this, &ReviewController::openReviewPackage);
    m_returnAction = menu->addAction(tr("Make the Re&turn Package…"));
    m_returnAction->setObjectName(QStringLiteral("makeReturnPackageAction"));
    m_returnAction->setEnabled(false);
    connect(m_returnAction, &QAction::triggered, this, &ReviewController::makeReturnPackage);
    m_mergeAction = menu->addAction(tr("&Merge a Return Package…"));
    m_mergeAction->setObjectName(QStringLiteral("mergeReturnPackageAction"));
    m_mergeAction->setEnabled(false);
    connect(m_mergeAction, &QAction::triggered, this, &ReviewController::mergeReturnPackage);

    // The review copy's mark, across the top of the window. The mark sits in a holder, as a
    // tool bar shows or hides its widgets only through their actions.
    m_bannerBar = new QToolBar(tr("Review Copy"), window);
    m_bannerBar->setObjectName(QStringLiteral("reviewCopyBar"));
    m_bannerBar->setMovable(false);
    m_bannerBar->setFloatable(false);
    m_bannerBar->toggleViewAction()->setVisible(false);
    auto *holder = new QWidget(m_bannerBar);
    holder->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new ReviewCopyBanner(holder);
    holderLayout->addWidget(m_banner);
    m_bannerBar->addWidget(holder);
    window->addToolBar(Qt::TopToolBarArea, m_bannerBar);
    m_bannerBar->hide();
}

void ReviewController::setDatabase(Database *database)
{
    delete m_caseFile;
    // Case files are dossier facts: the separated administrators get none.
    const bool open = database && Access::mayReadDossier(*database, 0);
    m_database = open ? database : nullptr;
    m_open = database;
    m_casesAction->setEnabled(open);
    m_articlesAction->setEnabled(open);

    const ReviewCopy::Info copy
        = database ? ReviewCopy::info(database->connection()) : ReviewCopy::Info();
    m_isCopy = copy.isValid();
    m_isExpired = m_isCopy && copy.hasExpired();
    const Session *session = database ? database->session() : nullptr;
    const bool writable = open && !database->isReadOnly();
    // Packages are sent from and merged into the commission's database; a copy sends back.
    m_sendAction->setEnabled(writable && !m_isCopy && session->can(Permission::ExportData));
    m_mergeAction->setEnabled(writable && !m_isCopy && session->can(Permission::ImportData));
    m_returnAction->setEnabled(open && m_isCopy);
    updateBanner();
}

QString ReviewController::banner() const
{
    return m_isCopy ? m_banner->text() : QString();
}

void ReviewController::updateBanner()
{
    m_bannerBar->setVisible(m_banner->showFor(m_open));
}

QList<qint64> ReviewController::currentCases() const
{
    if (m_caseFile)
        return {m_caseFile->caseFile().caseId};
    return {};
}

ReviewPackageDialog *ReviewController::sendForReview(const QList<qint64> &caseIds)
{
    if (!m_database || m_isCopy)
        return nullptr;
    // Over the case file window when it is in front.
    QWidget *parent
        = m_caseFile && m_caseFile->isVisible() ? static_cast<QWidget *>(m_caseFile) : m_window;
    auto *dialog = new ReviewPackageDialog(*m_database, caseIds, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

OpenPackageDialog *ReviewController::openReviewPackage()
{
    auto *dialog = new OpenPackageDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        std::unique_ptr<Database> copy = dialog->takeDatabase();
        if (copy && m_copyOpener)
            m_copyOpener(std::move(copy));
    });
    dialog->open();
    return dialog;
}

ReturnPackageDialog *ReviewController::makeReturnPackage()
{
    if (!m_database || !m_isCopy)
        return nullptr;
    auto *dialog = new ReturnPackageDialog(*m_database, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

MergeDialog *ReviewController::mergeReturnPackage()
{
    if (!m_database || m_isCopy)
        return nullptr;
    auto *dialog = new MergeDialog(*m_database, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::merged, this, [this] {
        // Written outside the undo stack: what it holds may no longer apply.
        if (m_undoStack)
            m_undoStack->clear();
        if (m_caseFile)
            m_caseFile->reload();
        emit recordsWritten();
    });
    dialog->open();
    return dialog;
}

CaseFileWindow *ReviewController::caseFile() const
{
    return m_caseFile;
}

void ReviewController::showArticles()
{
    if (!m_database)
        return;
    auto *dialog = new ArticlesDialog(*m_database, AccessController::maySave(m_database), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ReviewController::chooseCase()
{
    if (!m_database)
        return;
    QVector<QPair<qint64, QString>> cases;
    try {
        cases = CaseFileLoader(*m_database).cases();
    } catch (const DataError &error) {
        QMessageBox::warning(m_window, tr("Case files"), error.message());
        return;
    }
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("caseChooser"));
    dialog.setWindowTitle(tr("Case Files"));
    dialog.resize(640, 480);
    auto *layout = new QVBoxLayout(&dialog);
    auto *filter = new QLineEdit(&dialog);
    filter->setPlaceholderText(tr("Case number, state or summary"));
    filter->setClearButtonEnabled(true);
    layout->addWidget(filter);
    auto *list = new QListWidget(&dialog);
    for (const auto &each : cases) {
        auto *item = new QListWidgetItem(each.second, list);
        item->setData(Qt::UserRole, each.first);
    }
    if (list->count() > 0)
        list->setCurrentRow(0);
    layout->addWidget(list, 1);
    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setHidden(
                !list->item(row)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return;
    openCase(list->currentItem()->data(Qt::UserRole).toLongLong());
}

CaseFileWindow *ReviewController::openCase(qint64 caseId)
{
    if (!m_database)
        return nullptr;
    delete m_caseFile;
    m_caseFile = new CaseFileWindow(*m_database, m_undoStack, caseId, m_window);
    m_caseFile->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_caseFile, &CaseFileWindow::recordsWritten, this, &ReviewController::recordsWritten);
    connect(m_caseFile, &CaseFileWindow::printRequested, this, &ReviewController::printRequested);
    connect(m_caseFile, &CaseFileWindow::exportRequested, this, &ReviewController::exportRequested);
    connect(m_caseFile, &CaseFileWindow::offlineReviewRequested, this,
            [this](qint64 caseId) { sendForReview({caseId}); });
    m_caseFile->show();
    return m_caseFile;
}
