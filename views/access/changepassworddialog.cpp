#include "changepassworddialog.h"

#include "access/accounts.h"
#include "domain/dataerror.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

ChangePasswordDialog::ChangePasswordDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Change Password"));
    auto *form = new QFormLayout(this);
    m_current = new QLineEdit(this);
    m_new = new QLineEdit(this);
    m_repeat = new QLineEdit(this);
    for (QLineEdit *field : {m_current, m_new, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat:"), m_repeat);
    m_message
        = new QLabel(tr("At least %1 characters.").arg(Accounts::kMinimumPasswordLength), this);
    m_message->setWordWrap(true);
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    form->addRow(buttons);
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        m_message->setText(tr("The two new passwords differ."));
        return;
    }
    try {
        Accounts(m_database).changePassword(m_current->text(), m_new->text());
    } catch (const DataError &error) {
        m_message->setText(error.message());
        return;
    }
    QDialog::accept();
}
