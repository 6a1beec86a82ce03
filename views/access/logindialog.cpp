#include "logindialog.h"

#include "access/accounts.h"
#include "domain/dataerror.h"
#include "domain/session.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginDialog::LoginDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_firstStart(Accounts(database).isEmpty())
{
    setWindowTitle(m_firstStart ? tr("Create the Administrator") : tr("Sign In"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(m_firstStart
                       ? tr("This database has no accounts yet. Create its system administrator: "
                            "the administrator makes the other accounts, but cannot read "
                            "dossiers.")
                       : tr("Sign in to %1.").arg(database.path()));
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    if (m_firstStart) {
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_repeat);
        m_name->setText(QStringLiteral("admin"));
    }
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(m_firstStart ? tr("Create and Sign In") : tr("Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    layout->addWidget(buttons);
    m_name->setFocus();
}

void LoginDialog::setUnlocking(const QString &accountName)
{
    m_unlocking = true;
    setWindowTitle(tr("Locked"));
    m_name->setText(accountName);
    m_name->setReadOnly(true);
    m_message->setText(tr("The window was locked after a while without use. Enter your password "
                          "to go on."));
    m_password->setFocus();
}

void LoginDialog::accept()
{
    Accounts accounts(m_database);
    try {
        if (m_firstStart) {
            if (m_password->text() != m_repeat->text()) {
                m_message->setText(tr("The two passwords differ."));
                return;
            }
            accounts.createFirstAdministrator(m_name->text(), m_password->text());
        } else if (m_unlocking) {
            accounts.unlock(m_password->text());
        } else {
            accounts.signIn(m_name->text(), m_password->text());
        }
    } catch (const DataError &error) {
        m_message->setText(error.message());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

namespace SignIn {

bool run(Database &database, QWidget *parent, bool demo, const QString &suggestedName)
{
    const QString name = qEnvironmentVariable("INTEGRITY_DOSSIER_USER");
    if (!name.isEmpty() && qEnvironmentVariableIsSet("INTEGRITY_DOSSIER_PASSWORD")
        && Accounts::exist(database.connection())) {
        try {
            Accounts(database).signIn(name, qEnvironmentVariable("INTEGRITY_DOSSIER_PASSWORD"));
            return true;
        } catch (const DataError &) {
            // Wrong or locked: the dialog says why.
        }
    }
    LoginDialog dialog(database, parent);
    if (!dialog.isFirstStart()) {
        dialog.nameField()->setText(!name.isEmpty()            ? name
                                    : !suggestedName.isEmpty() ? suggestedName
                                    : demo                     ? QStringLiteral("officer")
                                                               : QString());
        if (demo)
            dialog.messageLabel()->setText(
                LoginDialog::tr("Demo database: every account (admin, security, auditor, "
                                "officer, reviewer) has the password demo."));
        if (!dialog.nameField()->text().isEmpty())
            dialog.passwordField()->setFocus();
    }
    return dialog.exec() == QDialog::Accepted && database.session();
}

} // namespace SignIn
