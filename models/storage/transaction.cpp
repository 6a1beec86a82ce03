#include "transaction.h"

#include "domain/dataerror.h"
#include "sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Open transactions per connection; connections are used from one thread each.
QHash<QString, int> &openTransactions()
{
    static QHash<QString, int> open;
    return open;
}

// The count of record changes when each connection's outermost transaction began.
QHash<QString, QVariant> &changesAtStarts()
{
    static QHash<QString, QVariant> counts;
    return counts;
}

QString savepoint(int depth)
{
    return QStringLiteral("nested_write_%1").arg(depth);
}

bool execute(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    return query.exec(statement);
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
    , m_depth(openTransactions().value(db.connectionName()))
{
    const bool started = m_depth == 0
                             ? m_db.transaction()
                             : execute(m_db, QStringLiteral("SAVEPOINT ") + savepoint(m_depth));
    if (!started)
        throw DataError(Sql::failure(
            m_db.lastError(),
            QCoreApplication::translate("Transaction", "The database cannot start a write: %1")));
    openTransactions()[m_db.connectionName()] = m_depth + 1;
    if (m_depth == 0) {
        // Read inside the transaction, so that it is the count this write builds on.
        changesAtStarts()[m_db.connectionName()]
            = Sql::probe(m_db, QStringLiteral("SELECT changes FROM record_changes WHERE only = 1"));
    }
}

QVariant Transaction::changesAtStart(const QSqlDatabase &db)
{
    if (openTransactions().value(db.connectionName()) == 0)
        return {};
    return changesAtStarts().value(db.connectionName());
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

void Transaction::rollback()
{
    if (m_depth == 0) {
        m_db.rollback();
    } else {
        execute(m_db, QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
        execute(m_db, QStringLiteral("RELEASE ") + savepoint(m_depth));
    }
    m_done = true;
    openTransactions()[m_db.connectionName()] = m_depth;
}

void Transaction::commit()
{
    const bool committed = m_depth == 0
                               ? m_db.commit()
                               : execute(m_db, QStringLiteral("RELEASE ") + savepoint(m_depth));
    if (!committed) {
        const QString message = Sql::failure(
            m_db.lastError(),
            QCoreApplication::translate("Transaction", "The change could not be saved: %1"));
        rollback();
        throw DataError(message);
    }
    m_done = true;
    openTransactions()[m_db.connectionName()] = m_depth;
}
