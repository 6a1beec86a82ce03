#include "casedecisiondialog.h"

#include "dialogs/formdates.h"
#include "domain/dataerror.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CaseDecisionDialog::CaseDecisionDialog(Kind kind, const QString &summary, Submit submit,
                                       QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setObjectName(kind == Kind::Decision ? QStringLiteral("decisionDialog")
                                         : QStringLiteral("appealDialog"));
    setWindowTitle(kind == Kind::Decision ? tr("Record the Decision") : tr("Record an Appeal"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(summary, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_day = FormDates::createDateEdit(QStringLiteral("day"), this);
    m_day->setDate(QDate::currentDate());
    form->addRow(kind == Kind::Decision ? tr("Decided on") : tr("Appeal received on"), m_day);
    if (kind == Kind::Decision) {
        m_decidedBy = new QLineEdit(this);
        m_decidedBy->setObjectName(QStringLiteral("decidedBy"));
        m_decidedBy->setPlaceholderText(tr("e.g. the standing committee of the county commission"));
        form->addRow(tr("Decided by"), m_decidedBy);
        m_number = new QLineEdit(this);
        m_number->setObjectName(QStringLiteral("decisionNumber"));
        form->addRow(tr("Decision number"), m_number);
    }
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseDecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseDecisionDialog::reject);
    layout->addWidget(buttons);
}

void CaseDecisionDialog::setValues(const Values &values)
{
    m_day->setDate(values.day);
    if (m_decidedBy)
        m_decidedBy->setText(values.decidedBy);
    if (m_number)
        m_number->setText(values.decisionNumber);
}

CaseDecisionDialog::Values CaseDecisionDialog::values() const
{
    return {m_day->date(), m_decidedBy ? m_decidedBy->text().trimmed() : QString(),
            m_number ? m_number->text().trimmed() : QString()};
}

QString CaseDecisionDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CaseDecisionDialog::accept()
{
    try {
        m_submit(values());
    } catch (const DataError &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}
