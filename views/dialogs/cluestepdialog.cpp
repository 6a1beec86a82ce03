#include "cluestepdialog.h"

#include "commands/recordcommands.h"
#include "domain/cluestatemachine.h"
#include "domain/dataerror.h"
#include "domain/vocabulary.h"
#include "formdates.h"
#include "implausibleinput.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// How a closed clue ended for its subjects; filing a case or transferring sets it by itself.
const char *const closingOutcomes[]
    = {"untrue", "not_verifiable", "explanation_accepted", "first_form_measure"};

} // namespace

ClueStepDialog::ClueStepDialog(const QSqlDatabase &db, qint64 clueId, const QString &clueNumber,
                               const QString &state, const QString &operatorName, Submit submit,
                               QWidget *parent)
    : QDialog(parent)
    , m_checks(db)
    , m_clueId(clueId)
    , m_fromState(state)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("clueStepDialog"));
    setWindowTitle(tr("Next step of clue %1").arg(clueNumber));

    m_nextState = new QComboBox(this);
    m_nextState->setObjectName(QStringLiteral("to_state"));
    for (const QString &next : ClueStateMachine::nextStates(state))
        m_nextState->addItem(ClueStateMachine::stateLabel(next), next);
    m_date = FormDates::createDateEdit(QStringLiteral("step_date"), this);
    m_approvedBy = new QLineEdit(this);
    m_approvedBy->setObjectName(QStringLiteral("approved_by"));
    m_approvedBy->setPlaceholderText(tr("Leader who approved the step"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    for (const char *key : closingOutcomes) {
        const QString outcome = QString::fromLatin1(key);
        m_outcome->addItem(Vocabulary::label(QStringLiteral("clue_subjects.outcome"), outcome),
                           outcome);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stepError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(12);
    m_form->addRow(tr("Now"), new QLabel(ClueStateMachine::stateLabel(state), this));
    m_form->addRow(tr("Next step"), m_nextState);
    m_form->addRow(tr("Date"), m_date);
    m_form->addRow(tr("Outcome for the cadres"), m_outcome);
    m_form->addRow(tr("Approved by"), m_approvedBy);
    m_form->addRow(tr("Note"), m_note);
    m_form->addRow(tr("Operator"), new QLabel(operatorName, this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_nextState->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClueStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClueStepDialog::reject);
    connect(m_nextState, &QComboBox::currentIndexChanged, this, &ClueStepDialog::updateOutcome);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateOutcome();
}

void ClueStepDialog::updateOutcome()
{
    m_form->setRowVisible(m_outcome,
                          m_nextState->currentData().toString() == QLatin1String("closed"));
}

ClueStep ClueStepDialog::step() const
{
    ClueStep step;
    step.clueId = m_clueId;
    step.fromState = m_fromState;
    step.toState = m_nextState->currentData().toString();
    step.date = m_date->date();
    step.approvedBy = m_approvedBy->text().trimmed();
    step.note = m_note->toPlainText().trimmed();
    if (step.toState == QLatin1String("closed"))
        step.outcome = m_outcome->currentData().toString();
    return step;
}

QString ClueStepDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ClueStepDialog::accept()
{
    m_error->hide();
    const ClueStep next = step();
    try {
        m_checks.checkClueStep(next.clueId, next.toState, next.date);
        if (!ImplausibleInput::confirm(this, m_checks.clueStepWarnings(next.toState, next.date,
                                                                       next.approvedBy,
                                                                       QDate::currentDate())))
            return;
        m_submit(next);
    } catch (const DataError &error) {
        m_error->setText(error.message());
        m_error->show();
        m_date->setFocus();
        return;
    }
    QDialog::accept();
}
