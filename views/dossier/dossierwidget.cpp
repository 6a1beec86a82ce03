#include "dossierwidget.h"

#include "access/accesscontroller.h"
#include "attachmentpage.h"
#include "basicinfopage.h"
#include "cluepage.h"
#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "dossier/dossier.h"
#include "dossier/dossierstatus.h"
#include "dossier/recentchanges.h"
#include "dossierheader.h"
#include "historypage.h"
#include "items/recordlisting.h"
#include "measurepage.h"
#include "recordeditor.h"
#include "recordsection.h"
#include "sectionpage.h"
#include "storage/database.h"
#include "timelinepage.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// The timeline kinds each section counts in its label.
QStringList kindsOf(DossierWidget::Section section)
{
    using S = DossierWidget::Section;
    switch (section) {
    case S::BasicInformation:
        return {QStringLiteral("position")};
    case S::PersonalMatters:
        return {QStringLiteral("personal_matters_report")};
    case S::Talks:
        return {QStringLiteral("talk")};
    case S::Notices:
        return {QStringLiteral("notice")};
    case S::Inspections:
        return {QStringLiteral("finding")};
    case S::Clues:
        return {QStringLiteral("clue")};
    case S::Cases:
        return {QStringLiteral("case")};
    case S::Sanctions:
        return {QStringLiteral("sanction"), QStringLiteral("organizational_handling"),
                QStringLiteral("admonition")};
    case S::DutyReports:
        return {QStringLiteral("duty_report"), QStringLiteral("self_examination_material")};
    case S::WarningEducation:
        return {QStringLiteral("warning_education")};
    case S::Opinions:
        return {QStringLiteral("integrity_opinion")};
    case S::Attachments:
        return {QStringLiteral("attachment")};
    default:
        return {};
    }
}

} // namespace

DossierWidget::DossierWidget(Database &database, qint64 cadreId, QUndoStack *undoStack,
                             QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_cadreId(cadreId)
    , m_undoStack(undoStack)
    , m_editor(std::make_unique<RecordEditor>(database, cadreId, undoStack))
{
    setObjectName(QStringLiteral("dossierWidget"));
    // Refuses a cadre that does not exist before anything is built.
    m_title = DossierLoader(database).load(cadreId, QDate::currentDate()).name;

    m_header = new DossierHeader(this);
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setFixedWidth(200);
    m_sections->setFrameShape(QFrame::NoFrame);
    m_sections->setStyleSheet(
        QStringLiteral("QListWidget { background: palette(window); padding-top: 6px; }"
                       "QListWidget::item { padding: 7px 14px; border-radius: 4px; }"
                       "QListWidget::item:selected { background: #dbe7fb; color: #0b3d91; }"));
    m_pages = new QStackedWidget(this);
    buildPages();

    // Under the sections: the dossier summary of this cadre, previewed before it prints.
    auto *printPreview = new QToolButton(this);
    printPreview->setObjectName(QStringLiteral("printPreview"));
    printPreview->setText(tr("Print Summary…"));
    printPreview->setToolTip(tr("Preview this dossier's summary and print it"));
    printPreview->setAutoRaise(true);
    connect(printPreview, &QToolButton::clicked, this,
            [this] { emit printPreviewRequested(m_cadreId); });
    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 8);
    side->setSpacing(0);
    side->addWidget(m_sections, 1);
    side->addWidget(printPreview, 0, Qt::AlignHCenter);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addLayout(side);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);

    // Ctrl+N belongs to the window, which sends it to newRecord(); the lists claim it for
    // themselves too, so the dossier also works on its own. Insert is the dossier's own key.
    auto *newRecord = new QAction(tr("New record"), this);
    newRecord->setShortcut(QKeySequence(Qt::Key_Insert));
    newRecord->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newRecord);
    connect(newRecord, &QAction::triggered, this, &DossierWidget::newRecord);

    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        refreshCurrentPage();
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &DossierWidget::reload);
    reload();
    m_sections->setCurrentRow(0);
    // A reviewer's dossier offers no way to change it; the models refuse a change all the same.
    if (!AccessController::maySave(&database)) {
        newRecord->setEnabled(false);
        for (QPushButton *button : findChildren<QPushButton *>()) {
            static const QStringList changing
                = {QStringLiteral("editCadreButton"), QStringLiteral("newButton"),
                   QStringLiteral("editButton"),      QStringLiteral("deleteButton"),
                   QStringLiteral("nextStepButton"),  QStringLiteral("addFileButton")};
            if (changing.contains(button->objectName()))
                button->hide();
        }
    }
}

DossierWidget::~DossierWidget() = default;

void DossierWidget::buildPages()
{
    const RecordEditor &editor = *m_editor;
    // A page of lists shows every record kind the registry places on it, in registry order.
    auto listPage = [&editor](const char *section) {
        auto *page = new SectionPage(editor);
        for (const RecordKind &kind : RecordKinds::inSection(QString::fromLatin1(section)))
            page->addSection(kind.listing, kind.sectionHeading, RecordSection::AllActions);
        return page;
    };
    auto *timeline = new TimelinePage(m_database, m_cadreId);
    connect(timeline, &TimelinePage::recordRequested, this, &DossierWidget::openRecord);
    addPage(Section::Overview, tr("Overview"), timeline);
    addPage(Section::BasicInformation, tr("Basic information"), new BasicInfoPage(editor));
    addPage(Section::Family, tr("Family and relatives"), listPage("family"));
    addPage(Section::PersonalMatters, tr("Personal matters"), listPage("personal_matters"));
    addPage(Section::Talks, tr("Talks"), listPage("talks"));
    addPage(Section::Notices, tr("Notices"), listPage("notices"));
    addPage(Section::Inspections, tr("Inspections"), listPage("inspections"));
    addPage(Section::Clues, tr("Problem clues"), new CluePage(editor));
    addPage(Section::Cases, tr("Cases"), listPage("cases"));
    addPage(Section::Sanctions, tr("Sanctions and handling"), new MeasurePage(editor));
    addPage(Section::DutyReports, tr("Duty reports"), listPage("duty_reports"));
    addPage(Section::WarningEducation, tr("Warning education"), listPage("warning_education"));
    auto *opinions = new SectionPage(editor);
    opinions->addSection(RecordListings::opinions(), tr("Integrity opinions issued"), 0);
    addPage(Section::Opinions, tr("Integrity opinions"), opinions);
    addPage(Section::Attachments, tr("Attachments"), new AttachmentPage(editor));
    addPage(Section::ChangeHistory, tr("Change history"), new HistoryPage(m_database, m_cadreId));
}

void DossierWidget::addPage(Section section, const QString &label, DossierPage *page)
{
    page->setObjectName(QStringLiteral("page%1").arg(int(section)));
    m_pages->addWidget(page);
    m_sections->addItem(label);
    m_order.append(section);
    m_labels.insert(section, label);
}

void DossierWidget::reload()
{
    const QDate today = QDate::currentDate();
    Dossier dossier;
    try {
        dossier = DossierLoader(m_database).load(m_cadreId, today);
    } catch (const DataError &) {
        // The cadre went away under the open dossier (its creation undone): wait for a redo.
        m_header->setMissing();
        m_sections->setEnabled(false);
        m_pages->setEnabled(false);
        return;
    }
    m_sections->setEnabled(true);
    m_pages->setEnabled(true);
    m_header->setDossier(dossier, DossierStatus::compute(m_database, dossier, today));
    showRecentChanges();
    QMap<QString, int> counts;
    for (const TimelineEntry &entry : dossier.timeline)
        ++counts[entry.kind];
    updateSectionLabels(counts);
    for (int i = 0; i < m_pages->count(); ++i)
        static_cast<DossierPage *>(m_pages->widget(i))->markStale();
    refreshCurrentPage();
    if (dossier.name != m_title) {
        m_title = dossier.name;
        emit titleChanged(m_title);
    }
}

void DossierWidget::showRecentChanges()
{
    // Only a shared database has colleagues changing a dossier while it is open.
    if (!m_database.isServer())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList lines;
    for (const RecentChange &change :
         RecentChanges::of(m_database, m_cadreId, now.addSecs(-kRecentSeconds)))
        lines << describe(change, now);
    m_header->setRecentChanges(
        lines.isEmpty() ? QString()
                        : tr("Changed by colleagues lately: %1").arg(lines.join(tr("; "))));
}

QString DossierWidget::describe(const RecentChange &change, const QDateTime &now)
{
    const qint64 minutes = change.at.secsTo(now) / 60;
    const QString when = minutes < 1    ? tr("just now")
                         : minutes < 60 ? tr("%n minute(s) ago", nullptr, int(minutes))
                                        : tr("%n hour(s) ago", nullptr, int(minutes / 60));
    const QString what = RecordKinds::title(change.table);
    if (change.action == QLatin1String("create"))
        return tr("%1 added by %2 %3").arg(what, change.name, when);
    if (change.action == QLatin1String("delete"))
        return tr("%1 deleted by %2 %3").arg(what, change.name, when);
    if (change.action == QLatin1String("restore"))
        return tr("%1 put back by %2 %3").arg(what, change.name, when);
    if (change.action == QLatin1String("advance"))
        return tr("%1: a step taken by %2 %3").arg(what, change.name, when);
    if (change.action == QLatin1String("retract"))
        return tr("%1: a step taken back by %2 %3").arg(what, change.name, when);
    return tr("%1 changed by %2 %3").arg(what, change.name, when);
}

void DossierWidget::refreshCurrentPage()
{
    auto *page = qobject_cast<DossierPage *>(m_pages->currentWidget());
    if (!page)
        return;
    try {
        page->refresh();
    } catch (const DataError &error) {
        QMessageBox::warning(this, tr("Cannot read the dossier"), error.message());
    }
}

void DossierWidget::updateSectionLabels(const QMap<QString, int> &countsByKind)
{
    for (int row = 0; row < m_order.size(); ++row) {
        int count = 0;
        for (const QString &kind : kindsOf(m_order.at(row)))
            count += countsByKind.value(kind);
        const QString label = m_labels.value(m_order.at(row));
        m_sections->item(row)->setText(count > 0 ? tr("%1  (%2)").arg(label).arg(count) : label);
    }
}

void DossierWidget::showSection(Section section)
{
    m_sections->setCurrentRow(int(m_order.indexOf(section)));
}

DossierWidget::Section DossierWidget::currentSection() const
{
    return m_order.value(m_sections->currentRow(), Section::Overview);
}

DossierPage *DossierWidget::page(Section section) const
{
    return static_cast<DossierPage *>(m_pages->widget(int(m_order.indexOf(section))));
}

void DossierWidget::openRecord(const QString &table, qint64 id)
{
    for (int row = 0; row < m_order.size(); ++row) {
        auto *candidate = static_cast<DossierPage *>(m_pages->widget(row));
        if (candidate->showRecord(table, id)) {
            m_sections->setCurrentRow(row);
            return;
        }
    }
    if (table == QLatin1String("opinion_batches"))
        showSection(Section::Opinions);
}

void DossierWidget::newRecord()
{
    if (auto *page = qobject_cast<DossierPage *>(m_pages->currentWidget()))
        page->newRecord();
}

void DossierWidget::editCurrent()
{
    if (auto *page = qobject_cast<DossierPage *>(m_pages->currentWidget()))
        page->editCurrent();
}

void DossierWidget::deleteCurrent()
{
    if (auto *page = qobject_cast<DossierPage *>(m_pages->currentWidget()))
        page->deleteCurrent();
}
