#pragma once

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;

// Signs in to one database: name and password, or, on a database's first start, the
// administrator's name and a new password twice. A refusal (a wrong password, a locked
// account) is shown in the dialog, which stays open for another try.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Database &database, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }
    bool isFirstStart() const { return m_firstStart; }
    // For the idle lock: only the signed-in account may unlock.
    void setUnlocking(const QString &accountName);

    void accept() override;

private:
    Database &m_database;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    bool m_firstStart = false;
    bool m_unlocking = false;
};

namespace SignIn {

// Signs in to `database` before the window shows it: with INTEGRITY_DOSSIER_USER and
// INTEGRITY_DOSSIER_PASSWORD when both are set and right, else through the dialog (the demo
// database suggests the officer account; `suggestedName`, when given, is suggested instead).
// False when the user cancelled.
bool run(Database &database, QWidget *parent, bool demo, const QString &suggestedName = {});

} // namespace SignIn
