#include "casefilewindow.h"

#include "attachmentviewer.h"
#include "casedecisiondialog.h"
#include "commands/recordcommands.h"
#include "domain/dataerror.h"
#include "domain/period.h"
#include "domain/reviewdeadlines.h"
#include "domain/rules.h"
#include "domain/vocabulary.h"
#include "dossier/casefileloader.h"
#include "dossier/recordeditor.h"
#include "records/attachmentfiles.h"
#include "records/casedecision.h"
#include "reports/reviewpapers.h"
#include "review/reviewcopy.h"
#include "reviewcopybanner.h"
#include "storage/database.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CaseFileView {

QString shown(QDate day)
{
    return day.isValid() ? displayDate(day) : QString();
}

QTreeWidgetItem *row(QTreeWidget *view, qint64 id, const QStringList &texts)
{
    auto *item = new QTreeWidgetItem(view, texts);
    item->setData(0, Qt::UserRole, id);
    return item;
}

// A check under its proposal: a mark and a colour by level, the reason, the article.
void addCheck(QTreeWidgetItem *parent, const MeasureCheck &check)
{
    static const char *const marks[] = {"✓", "·", "!", "✗"};
    static const QColor colours[] = {QColor(0x1b, 0x5e, 0x20), QColor(0x42, 0x42, 0x42),
                                     QColor(0x9a, 0x67, 0x00), QColor(0xb0, 0x00, 0x20)};
    const int level = int(check.level);
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, QString::fromUtf8(marks[level]) + QLatin1Char(' ') + check.what);
    item->setToolTip(0, check.what);
    item->setText(1, check.citation);
    item->setToolTip(1, check.citation);
    item->setForeground(0, colours[level]);
    item->setFirstColumnSpanned(check.citation.isEmpty());
    item->setData(0, Qt::UserRole + 1, level);
}

QString citations(const CaseFile::Fact &fact)
{
    QStringList names;
    for (const Article &article : fact.articles)
        names << article.citation();
    for (const QString &unknown : fact.unknownArticles)
        names << CaseFileWindow::tr("%1 (not in the articles table)").arg(unknown);
    return names.join(QStringLiteral("；"));
}

} // namespace CaseFileView

CaseFileWindow::CaseFileWindow(Database &database, QUndoStack *undoStack, qint64 caseId,
                               QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_caseId(caseId)
{
    setObjectName(QStringLiteral("caseFileWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1100, 720);
    auto *layout = new QVBoxLayout(this);
    m_copyBanner = new ReviewCopyBanner(this);
    layout->addWidget(m_copyBanner);
    m_copyBanner->showFor(&database);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    layout->addWidget(m_header);

    auto *splitter = new QSplitter(this);
    m_subjects = new QListWidget(splitter);
    m_subjects->setObjectName(QStringLiteral("subjects"));
    m_subjects->setMaximumWidth(260);
    m_tabs = new QTabWidget(splitter);
    m_facts = new QTreeWidget;
    m_evidence = new QTreeWidget;
    m_statements = new QTreeWidget;
    m_proposals = new QTreeWidget;
    m_procedure = new QTreeWidget;
    m_tabs->addTab(recordTab(QStringLiteral("case_facts"), m_facts,
                             {tr("No."), tr("Fact"), tr("Committed until"), tr("Degree"),
                              tr("Articles violated")}),
                   tr("Facts"));
    m_tabs->addTab(recordTab(QStringLiteral("case_evidence"), m_evidence,
                             {tr("No."), tr("Kind"), tr("What it is and what it proves"),
                              tr("Collected on"), tr("Scans")}),
                   tr("Evidence"));
    m_tabs->addTab(recordTab(QStringLiteral("case_statements"), m_statements,
                             {tr("Given on"), tr("Kind"), tr("What was said"), tr("Adopted")}),
                   tr("Statements and Defence"));
    m_tabs->addTab(recordTab(QStringLiteral("case_proposals"), m_proposals,
                             {tr("Proposed measure and its checks"), tr("Article")}),
                   tr("Proposed Measures"));
    m_procedure->setObjectName(QStringLiteral("procedure"));
    m_procedure->setHeaderLabels({tr("Step"), tr("Due"), tr("Done"), tr("State")});
    m_procedure->setRootIsDecorated(false);
    m_tabs->addTab(m_procedure, tr("Procedure"));
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_review = new QPushButton(this);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_print = new QPushButton(tr("Print a Paper…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_decision = new QPushButton(tr("Record the Decision…"), this);
    m_decision->setObjectName(QStringLiteral("decisionButton"));
    m_appeal = new QPushButton(tr("Record an Appeal…"), this);
    m_appeal->setObjectName(QStringLiteral("appealButton"));
    m_offline = new QPushButton(tr("Send for Offline Review…"), this);
    m_offline->setObjectName(QStringLiteral("offlineReviewButton"));
    m_offline->setToolTip(tr("The case file as an encrypted review package, for a reviewer on a "
                             "stand-alone computer."));
    // A review copy sends its work back in a return package instead.
    m_offline->setVisible(!ReviewCopy::isCopy(database.connection()));
    auto *close = new QPushButton(tr("Close"), this);
    for (QPushButton *button : {m_review, m_print, m_decision, m_appeal, m_offline})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_review, &QPushButton::clicked, this, [this] {
        if (m_file.reviews.isEmpty())
            sendToReview();
        else
            editReview();
    });
    connect(m_decision, &QPushButton::clicked, this, &CaseFileWindow::recordDecision);
    connect(m_appeal, &QPushButton::clicked, this, &CaseFileWindow::recordAppeal);
    connect(m_offline, &QPushButton::clicked, this,
            [this] { emit offlineReviewRequested(m_caseId); });
    m_printMenu = new QMenu(m_print);
    m_printMenu->setObjectName(QStringLiteral("printMenu"));
    m_print->setMenu(m_printMenu);
    connect(m_printMenu, &QMenu::aboutToShow, this, &CaseFileWindow::fillPrintMenu);
    connect(close, &QPushButton::clicked, this, &CaseFileWindow::accept);
    connect(m_subjects, &QListWidget::currentRowChanged, this, &CaseFileWindow::showSubject);
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &CaseFileWindow::reload);
    reload();
}

QWidget *CaseFileWindow::recordTab(const QString &table, QTreeWidget *view,
                                   const QStringList &headers)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    view->setObjectName(table);
    view->setHeaderLabels(headers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(true);
    view->setRootIsDecorated(table == QLatin1String("case_proposals"));
    layout->addWidget(view, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add…"), page);
    add->setObjectName(table + QStringLiteral("Add"));
    auto *edit = new QPushButton(tr("Edit…"), page);
    edit->setObjectName(table + QStringLiteral("Edit"));
    auto *remove = new QPushButton(tr("Delete"), page);
    remove->setObjectName(table + QStringLiteral("Delete"));
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    if (table == QLatin1String("case_evidence")) {
        auto *attach = new QPushButton(tr("Attach a Scan…"), page);
        attach->setObjectName(QStringLiteral("attachButton"));
        auto *view = new QPushButton(tr("View Scans…"), page);
        view->setObjectName(QStringLiteral("viewScansButton"));
        buttons->addWidget(attach);
        buttons->addWidget(view);
        connect(attach, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Attach a scan to the evidence"), QDir::homePath(),
                tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
            if (!path.isEmpty())
                attachToEvidence(path);
        });
        connect(view, &QPushButton::clicked, this, &CaseFileWindow::viewAttachment);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this, table] { addRecord(table); });
    connect(edit, &QPushButton::clicked, this, [this, table] { editCurrent(table); });
    connect(remove, &QPushButton::clicked, this, [this, table] { deleteCurrent(table); });
    connect(view, &QTreeWidget::itemDoubleClicked, this, [this, table] { editCurrent(table); });
    return page;
}

void CaseFileWindow::reload()
{
    const qint64 shownSubject = currentSubject();
    try {
        m_file = CaseFileLoader(m_database).load(m_caseId);
    } catch (const DataError &error) {
        QMessageBox::warning(this, tr("Cannot open the case file"), error.message());
        m_file = CaseFile();
        m_file.caseId = m_caseId;
    }
    setWindowTitle(tr("Case File %1").arg(m_file.number));
    if (m_copyBanner->showFor(&m_database))
        setWindowTitle(tr("Case File %1 — Review Copy").arg(m_file.number));
    QStringList header;
    header << tr("Case %1, filed on %2").arg(m_file.number, displayDate(m_file.filed));
    if (!m_file.unit.isEmpty())
        header << m_file.unit;
    if (!m_file.clueNumber.isEmpty())
        header << tr("from clue %1").arg(m_file.clueNumber);
    if (m_file.closed.isValid())
        header << tr("closed on %1").arg(displayDate(m_file.closed));
    QString text = header.join(QStringLiteral(" · "));
    if (const CaseFile::Review *review = m_file.currentReview())
        text += QLatin1Char('\n')
                + tr("%1 received on %2")
                      .arg(Vocabulary::label(QStringLiteral("case_reviews.kind"), review->kind),
                           displayDate(review->received));
    else
        text += QLatin1Char('\n') + tr("Not yet received for review.");
    if (!m_file.summary.isEmpty())
        text += QLatin1Char('\n') + m_file.summary;
    m_header->setText(text);

    const QSignalBlocker blocker(m_subjects);
    m_subjects->clear();
    for (const CaseFile::Subject &subject : m_file.subjects) {
        QString label = subject.name;
        if (subject.topLeader)
            label += tr(" (top leader)");
        else if (subject.teamMember)
            label += tr(" (team member)");
        auto *item = new QListWidgetItem(label + QLatin1Char('\n') + subject.unit + QLatin1Char(' ')
                                             + subject.position,
                                         m_subjects);
        item->setData(Qt::UserRole, subject.cadreId);
    }
    selectSubject(shownSubject);
    if (m_subjects->currentRow() < 0 && m_subjects->count() > 0)
        m_subjects->setCurrentRow(0);
    showSubject();
    fillProcedure();
    updateButtons();
}

void CaseFileWindow::selectSubject(qint64 cadreId)
{
    for (int row = 0; row < m_subjects->count(); ++row)
        if (m_subjects->item(row)->data(Qt::UserRole).toLongLong() == cadreId)
            m_subjects->setCurrentRow(row);
}

qint64 CaseFileWindow::currentSubject() const
{
    const QListWidgetItem *item = m_subjects ? m_subjects->currentItem() : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CaseFileWindow::showSubject()
{
    for (QTreeWidget *view : {m_facts, m_evidence, m_statements, m_proposals})
        view->clear();
    const CaseFile::Subject *subject = m_file.subject(currentSubject());
    if (!subject)
        return;
    fillFacts(*subject);
    fillEvidence(*subject);
    fillStatements(*subject);
    fillProposals(*subject);
    updateButtons();
}

void CaseFileWindow::fillFacts(const CaseFile::Subject &subject)
{
    using namespace CaseFileView;
    for (const CaseFile::Fact &fact : subject.facts)
        row(m_facts, fact.id,
            {QString::number(fact.ordinal), fact.description, shown(fact.violatedOn),
             Vocabulary::label(QStringLiteral("case_facts.degree"),
                               Articles::degreeKey(fact.degree)),
             citations(fact)});
    m_facts->resizeColumnToContents(0);
}

void CaseFileWindow::fillEvidence(const CaseFile::Subject &subject)
{
    using namespace CaseFileView;
    for (const CaseFile::Evidence &item : subject.evidence)
        row(m_evidence, item.id,
            {QString::number(item.ordinal),
             Vocabulary::label(QStringLiteral("case_evidence.kind"), item.kind), item.description,
             shown(item.collected), item.attachments.join(QStringLiteral(", "))});
}

void CaseFileWindow::fillStatements(const CaseFile::Subject &subject)
{
    using namespace CaseFileView;
    for (const CaseFile::Statement &statement : subject.statements)
        row(m_statements, statement.id,
            {shown(statement.given),
             Vocabulary::label(QStringLiteral("case_statements.kind"), statement.kind),
             statement.content,
             statement.adopted.isEmpty()
                 ? QString()
                 : Vocabulary::label(QStringLiteral("case_statements.adopted"),
                                     statement.adopted)});
}

void CaseFileWindow::fillProposals(const CaseFile::Subject &subject)
{
    using namespace CaseFileView;
    for (const CaseFile::Proposal &proposal : subject.proposals) {
        QString text = measureLabel(proposal.measure);
        if (proposal.probationMonths > 0)
            text += tr(" (%n months)", nullptr, proposal.probationMonths);
        text += QStringLiteral(" — ")
                + Vocabulary::label(QStringLiteral("case_facts.degree"),
                                    Articles::degreeKey(proposal.degree));
        if (proposal.adjustment != Adjustment::None)
            text += QStringLiteral(", ")
                    + Vocabulary::label(QStringLiteral("case_proposals.adjustment"),
                                        adjustmentKey(proposal.adjustment));
        if (proposal.decided.isValid())
            text += tr(" — decided on %1").arg(displayDate(proposal.decided));
        QTreeWidgetItem *item = row(m_proposals, proposal.id, {text});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        for (const MeasureCheck &check : proposal.checks)
            addCheck(item, check);
        item->setExpanded(true);
    }
    if (!subject.pairing.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_proposals, {tr("Party and government measures")});
        item->setFirstColumnSpanned(true);
        for (const MeasureCheck &check : subject.pairing)
            addCheck(item, check);
        item->setExpanded(true);
    }
    m_proposals->setColumnWidth(0, 540);
}

void CaseFileWindow::fillProcedure()
{
    m_procedure->clear();
    const CaseFile::Review *review = m_file.currentReview();
    if (!review)
        return;
    const QDate today = QDate::currentDate();
    const auto steps
        = ReviewDeadlines::of(*review, CaseFileLoader::deadlineDays(m_database.connection()));
    for (const ReviewDeadline &step : steps) {
        QString state;
        if (step.isOverdue(today))
            state = tr("Overdue");
        else if (step.isOpen())
            state = tr("Open");
        else if (step.wasLate())
            state = tr("Done late");
        else
            state = tr("Done in time");
        auto *item = new QTreeWidgetItem(m_procedure, {ReviewDeadlines::stepName(step.step),
                                                       displayDate(step.due),
                                                       CaseFileView::shown(step.done), state});
        if (step.isOverdue(today) || step.wasLate())
            item->setForeground(3, QColor(0xb0, 0x00, 0x20));
    }
    if (review->extendedTo.isValid())
        new QTreeWidgetItem(
            m_procedure, {tr("Review extended to %1, approved by %2")
                              .arg(displayDate(review->extendedTo), review->extensionApprovedBy)});
    for (int column = 0; column < 4; ++column)
        m_procedure->resizeColumnToContents(column);
}

void CaseFileWindow::fillPrintMenu()
{
    using Paper = ReviewPapers::Paper;
    m_printMenu->clear();
    const CaseFile::Subject *subject = m_file.subject(currentSubject());
    const QVector<QPair<Paper, QString>> papers
        = {{Paper::ReviewReport, tr("Review Report")},
           {Paper::ReviewOpinion, tr("Review Opinion")},
           {Paper::SanctionDecision, subject
                                         ? tr("Sanction Decision (Draft) for %1").arg(subject->name)
                                         : tr("Sanction Decision (Draft)")},
           {Paper::TalkRecord, subject ? tr("Review Talk Record for %1").arg(subject->name)
                                       : tr("Review Talk Record")}};
    for (bool exporting : {false, true}) {
        if (exporting)
            m_printMenu->addSection(tr("Export to PDF"));
        for (const auto &paper : papers) {
            QAction *action
                = m_printMenu->addAction(paper.second + (exporting ? QString() : tr("…")));
            action->setEnabled(ReviewPapers::available(paper.first, m_file, subject));
            const int which = int(paper.first);
            connect(action, &QAction::triggered, this, [this, which, exporting] {
                if (exporting)
                    emit exportRequested(m_caseId, which, currentSubject());
                else
                    emit printRequested(m_caseId, which, currentSubject());
            });
        }
    }
}

void CaseFileWindow::updateButtons()
{
    const CaseFile::Review *review = m_file.currentReview();
    const bool decided = review && review->decided.isValid();
    m_review->setText(review ? tr("Review Details…") : tr("Receive for Review…"));
    m_decision->setEnabled(review && !decided);
    m_appeal->setEnabled(decided);
    m_print->setEnabled(review != nullptr);
    // Proposals belong to a review; facts and the rest to the case.
    const bool subject = currentSubject() != 0;
    for (const QString &table : {QStringLiteral("case_facts"), QStringLiteral("case_evidence"),
                                 QStringLiteral("case_statements")})
        if (auto *add = findChild<QPushButton *>(table + QStringLiteral("Add")))
            add->setEnabled(subject);
    if (auto *add = findChild<QPushButton *>(QStringLiteral("case_proposalsAdd")))
        add->setEnabled(subject && review && !decided);
}

QTreeWidget *CaseFileWindow::tableView(const QString &table) const
{
    for (QTreeWidget *view : {m_facts, m_evidence, m_statements, m_proposals})
        if (view->objectName() == table)
            return view;
    return nullptr;
}

bool CaseFileWindow::refusesWrites()
{
    try {
        ReviewCopy::requireCurrent(m_database.connection());
    } catch (const DataError &error) {
        m_copyBanner->showFor(&m_database);
        // Not waited for: the window stays as it is.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Nothing Written"), error.message(),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("expiredMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return true;
    }
    return false;
}

void CaseFileWindow::addRecord(const QString &table)
{
    const qint64 subject = currentSubject();
    if (subject == 0 || refusesWrites())
        return;
    QVariantMap preset;
    if (table == QLatin1String("case_proposals")) {
        const CaseFile::Review *review = m_file.currentReview();
        if (!review)
            return;
        preset.insert(QStringLiteral("review_id"), review->id);
    } else {
        preset.insert(QStringLiteral("case_id"), m_caseId);
        // The next number after the subject's last one.
        int next = 1;
        if (const CaseFile::Subject *each = m_file.subject(subject)) {
            if (table == QLatin1String("case_facts"))
                for (const CaseFile::Fact &fact : each->facts)
                    next = std::max(next, fact.ordinal + 1);
            if (table == QLatin1String("case_evidence"))
                for (const CaseFile::Evidence &item : each->evidence)
                    next = std::max(next, item.ordinal + 1);
        }
        if (table != QLatin1String("case_statements"))
            preset.insert(QStringLiteral("ordinal"), next);
    }
    RecordEditor(m_database, subject, m_undoStack).openNew(this, table, preset);
}

qint64 CaseFileWindow::currentRecord(const QString &table) const
{
    // A check under a proposal stands for its proposal.
    QTreeWidget *view = tableView(table);
    QTreeWidgetItem *item = view ? view->currentItem() : nullptr;
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void CaseFileWindow::editCurrent(const QString &table)
{
    const qint64 id = currentRecord(table);
    if (id > 0 && !refusesWrites())
        RecordEditor(m_database, currentSubject(), m_undoStack).openEdit(this, table, id);
}

void CaseFileWindow::deleteCurrent(const QString &table)
{
    const qint64 id = currentRecord(table);
    if (id > 0 && !refusesWrites())
        RecordEditor(m_database, currentSubject(), m_undoStack).confirmAndDelete(this, table, id);
}

void CaseFileWindow::sendToReview()
{
    if (m_file.subjects.isEmpty() || refusesWrites())
        return;
    RecordEditor(m_database, m_file.subjects.first().cadreId, m_undoStack)
        .openNew(this, QStringLiteral("case_reviews"), {{QStringLiteral("case_id"), m_caseId}});
}

void CaseFileWindow::editReview()
{
    const CaseFile::Review *review = m_file.currentReview();
    if (review && !m_file.subjects.isEmpty() && !refusesWrites())
        RecordEditor(m_database, m_file.subjects.first().cadreId, m_undoStack)
            .openEdit(this, QStringLiteral("case_reviews"), review->id);
}

void CaseFileWindow::recordDecision()
{
    const CaseFile::Review *review = m_file.currentReview();
    if (!review || refusesWrites())
        return;
    int proposals = 0;
    for (const CaseFile::Subject &subject : m_file.subjects)
        proposals += int(subject.proposals.size());
    const qint64 reviewId = review->id;
    auto *dialog = new CaseDecisionDialog(
        CaseDecisionDialog::Kind::Decision,
        tr("The %n proposed measure(s) of this review are written into the subjects' dossiers, "
           "effective on the day of the decision, and the case is closed.",
           nullptr, proposals),
        [this, reviewId](const CaseDecisionDialog::Values &values) {
            CaseDecision(m_database)
                .record({reviewId, values.day, values.decidedBy, values.decisionNumber});
            // The dossiers changed outside the undo stack: what it holds may no longer apply.
            if (m_undoStack)
                m_undoStack->clear();
            reload();
            emit recordsWritten();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseFileWindow::recordAppeal()
{
    if (refusesWrites())
        return;
    auto *dialog = new CaseDecisionDialog(
        CaseDecisionDialog::Kind::Appeal,
        tr("An appeal opens a new review of the case; the decision and its measures stay as they "
           "are until that review is decided."),
        [this](const CaseDecisionDialog::Values &values) {
            CaseDecision(m_database).openAppeal(m_caseId, values.day);
            if (m_undoStack)
                m_undoStack->clear();
            reload();
            emit recordsWritten();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseFileWindow::attachToEvidence(const QString &path)
{
    QTreeWidgetItem *item = m_evidence->currentItem();
    const qint64 evidenceId = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    if (evidenceId == 0) {
        QMessageBox::information(this, tr("Attach a scan"),
                                 tr("Choose the item of evidence the scan belongs to first."));
        return;
    }
    if (refusesWrites())
        return;
    try {
        QVariantMap values = AttachmentFiles::valuesForFile(path, currentSubject());
        values.insert(QStringLiteral("entity"), QStringLiteral("case_evidence"));
        values.insert(QStringLiteral("entity_id"), evidenceId);
        RecordCommands::create(m_undoStack, m_database, QStringLiteral("attachments"), values);
    } catch (const DataError &error) {
        QMessageBox::warning(this, tr("Cannot attach the file"), error.message());
    }
}

void CaseFileWindow::viewAttachment()
{
    QTreeWidgetItem *item = m_evidence->currentItem();
    const qint64 evidenceId = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    if (evidenceId == 0)
        return;
    auto *viewer
        = new AttachmentViewer(m_database, QStringLiteral("case_evidence"), evidenceId, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}
