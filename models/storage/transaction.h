#pragma once

#include <QSqlDatabase>

// One write, one transaction: rolls back unless commit() was reached.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};
