#pragma once

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;

// The signed-in account's new password: the current one, then the new one twice.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(Database &database, QWidget *parent = nullptr);

    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    Database &m_database;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
};
