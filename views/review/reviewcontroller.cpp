#include "reviewcontroller.h"

#include "access/access.h"
#include "access/accesscontroller.h"
#include "articlesdialog.h"
#include "casefilewindow.h"
#include "domain/dataerror.h"
#include "dossier/casefileloader.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
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
}

void ReviewController::setDatabase(Database *database)
{
    delete m_caseFile;
    // Case files are dossier facts: the separated administrators get none.
    const bool open = database && Access::mayReadDossier(*database, 0);
    m_database = open ? database : nullptr;
    m_casesAction->setEnabled(open);
    m_articlesAction->setEnabled(open);
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setHidden(!list->item(row)->text().contains(text, Qt::CaseInsensitive));
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
    connect(m_caseFile, &CaseFileWindow::exportRequested, this,
            &ReviewController::exportRequested);
    m_caseFile->show();
    return m_caseFile;
}
