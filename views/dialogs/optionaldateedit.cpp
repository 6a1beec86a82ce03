#include "optionaldateedit.h"

#include "formdates.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

OptionalDateEdit::OptionalDateEdit(const QString &fieldName, QWidget *parent)
    : QWidget(parent)
{
    m_set = new QCheckBox(this);
    m_set->setObjectName(fieldName + QStringLiteral("Set"));
    m_set->setToolTip(tr("Tick to enter a date"));
    m_dateEdit = FormDates::createDateEdit(fieldName, this);
    m_dateEdit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_dateEdit, 1);
    setFocusProxy(m_set);
    connect(m_set, &QCheckBox::toggled, m_dateEdit, &QWidget::setEnabled);
    connect(m_set, &QCheckBox::toggled, this, &OptionalDateEdit::changed);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &OptionalDateEdit::changed);
}

QDate OptionalDateEdit::date() const
{
    return m_set->isChecked() ? m_dateEdit->date() : QDate();
}

void OptionalDateEdit::setDate(QDate date)
{
    m_set->setChecked(date.isValid());
    m_dateEdit->setDate(date.isValid() ? date : QDate::currentDate());
}
