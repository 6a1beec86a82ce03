#include "cluepage.h"

#include "domain/cluestatemachine.h"
#include "dossierstyle.h"
#include "items/cluestepsmodel.h"
#include "items/displaydate.h"
#include "items/recordlisting.h"
#include "items/recordlistmodel.h"
#include "recordeditor.h"
#include "recordsection.h"
#include "recordtableview.h"
#include "storage/database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CluePage::CluePage(const RecordEditor &editor, QWidget *parent)
    : DossierPage(parent)
    , m_editor(editor)
{
    m_clues = new RecordSection(editor, RecordListings::forTable(QStringLiteral("clues")),
                                tr("Problem clues"), RecordSection::AllActions, this);
    m_steps = new ClueStepsModel(editor.database(), this);
    m_stepView = new RecordTableView(this);
    m_stepView->setObjectName(QStringLiteral("clueStepsView"));
    m_stepView->setModel(m_steps);
    m_stepView->setColumnWidth(ClueStepsModel::DateColumn, 130);
    m_stepView->setColumnWidth(ClueStepsModel::StepColumn, 340);

    m_stepsTitle = new QLabel(tr("Disposition steps"), this);
    DossierStyle::makeHeading(m_stepsTitle);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("clueDue"));
    m_nextStep = new QPushButton(tr("Next step…"), this);
    m_nextStep->setObjectName(QStringLiteral("nextStepButton"));
    m_nextStep->setToolTip(tr("Record the clue's next step; only the steps its workflow allows "
                              "are offered"));
    connect(m_nextStep, &QPushButton::clicked, this, &CluePage::nextStep);
    connect(m_clues, &RecordSection::currentRecordChanged, this, &CluePage::showSteps);

    auto *stepsTop = new QHBoxLayout;
    stepsTop->addWidget(m_stepsTitle);
    stepsTop->addWidget(m_due);
    stepsTop->addStretch(1);
    stepsTop->addWidget(m_nextStep);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_clues, 1);
    layout->addLayout(stepsTop);
    layout->addWidget(m_stepView, 1);
    DossierStyle::setPageMargins(this);
    showSteps(0);
}

void CluePage::reload()
{
    m_clues->reload();
    // The steps are what one comes here for: show the latest clue's at once.
    if (m_clues->currentRecordId() == 0 && m_clues->model()->rowCount() > 0)
        m_clues->view()->selectRow(0);
    showSteps(m_clues->currentRecordId());
}

void CluePage::showSteps(qint64 clueId)
{
    m_steps->setClue(clueId);
    const QString state = m_steps->currentState();
    m_nextStep->setEnabled(clueId != 0 && !ClueStateMachine::nextStates(state).isEmpty());
    m_due->clear();
    m_due->hide();
    if (clueId == 0)
        return;
    const QDate due = ClueStateMachine::dueDate(state, m_steps->stateEnteredOn());
    if (!due.isValid())
        return;
    const bool overdue = QDate::currentDate() > due;
    m_due->setText(overdue ? tr("Overdue since %1").arg(displayDate(due.addDays(1)))
                           : tr("Next step due by %1").arg(displayDate(due)));
    DossierStyle::makeBadge(m_due,
                            overdue ? DossierStyle::Tone::Danger : DossierStyle::Tone::Caution);
    m_due->show();
}

void CluePage::nextStep()
{
    const qint64 clue = m_clues->currentRecordId();
    if (clue != 0)
        m_editor.openClueStep(this, clue);
}

void CluePage::newRecord()
{
    m_clues->newRecord();
}

void CluePage::editCurrent()
{
    m_clues->editCurrent();
}

void CluePage::deleteCurrent()
{
    m_clues->deleteCurrent();
}

bool CluePage::showRecord(const QString &table, qint64 id)
{
    if (table != QLatin1String("clues"))
        return false;
    refresh();
    return m_clues->selectRecord(id);
}
