#pragma once

#include "storage/serveraddress.h"

#include <QDialog>
#include <memory>

class Database;
class QLabel;
class QLineEdit;
class QSpinBox;

// File → Connect to Server…: where the commission's server is (server, port, database, the
// CA certificate the server's own is checked against), with the account and password. Connect
// tries at once; a refusal (server down, wrong password, no TLS, another program's database …)
// is shown in the dialog, which stays open for another try. The password is never kept.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);
    ~ServerConnectDialog() override;

    // Fills the fields from an address (a remembered one, or one given on the command line);
    // the options the fields do not show (a TLS mode, a client certificate) are kept.
    void setAddress(const ServerAddress &address);
    void setMessage(const QString &message);
    // The address the fields describe, with the password; a DataError when they describe none.
    ServerAddress address() const;
    // The database Connect opened; null before.
    std::unique_ptr<Database> takeDatabase();

    QLineEdit *serverField() const { return m_server; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *accountField() const { return m_account; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *certificateField() const { return m_certificate; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    void chooseCertificate();
    void updateSecurityNote();

    ServerAddress m_base;
    bool m_hasBase = false;
    QLineEdit *m_server = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLabel *m_security = nullptr;
    QLabel *m_message = nullptr;
    std::unique_ptr<Database> m_opened;
};
