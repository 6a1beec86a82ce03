#include "transaction.h"

#include "dataerror.h"

#include <QCoreApplication>
#include <QSqlError>

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
{
    if (!m_db.transaction())
        throw DataError(
            QCoreApplication::translate("Transaction", "The database cannot start a write: %1")
                .arg(m_db.lastError().text()));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        m_done = true;
        throw DataError(
            QCoreApplication::translate("Transaction", "The change could not be saved: %1")
                .arg(reason));
    }
    m_done = true;
}
