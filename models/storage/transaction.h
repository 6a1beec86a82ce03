#pragma once

#include <QSqlDatabase>
#include <QVariant>

// One write, one transaction: rolls back unless commit() was reached. A transaction opened
// while another is open on the same connection becomes a savepoint inside it, so an edit made
// of several writes (a record with its items) commits or rolls back as a whole.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

    // The count of record changes (see migration 010) when the outermost transaction open on
    // this connection began; null outside a transaction or before the count exists.
    static QVariant changesAtStart(const QSqlDatabase &db);

private:
    void rollback();

    QSqlDatabase m_db;
    int m_depth = 0; // 0 for the outermost transaction, else the savepoint's level
    bool m_done = false;
};
