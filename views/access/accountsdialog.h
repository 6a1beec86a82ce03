#pragma once

#include <QDialog>

class Database;
class QLabel;
class QTableWidget;

// The accounts of the database, for the system administrator (new accounts, passwords,
// disabling) and the security administrator (roles, unit scopes, links to cadres). Every
// button goes through Accounts, which refuses what the role may not do.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(Database &database, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void reload();

private:
    enum Column {
        NameColumn,
        PersonColumn,
        PostColumn,
        RoleColumn,
        LinkColumn,
        UnitsColumn,
        DisabledColumn, // the account's state: disabled, locked, must change its password
    };
    qint64 currentAccount() const;
    void addAccount();
    void resetPassword();
    void changeProfile();
    void toggleDisabled();
    void changeRole();
    void linkCadre();
    void changeScope();
    void attempt(const std::function<void()> &change);

    Database &m_database;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};
