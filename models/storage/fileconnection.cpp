#include "fileconnection.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

FileConnection::FileConnection(const QString &path)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("file-connection-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        m_error = db.lastError().text();
}

FileConnection::~FileConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase FileConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

QString FileConnection::checkProblem(const QString &pragma) const
{
    if (!m_error.isEmpty())
        return m_error;
    QSqlQuery check(db());
    if (!check.exec(QStringLiteral("PRAGMA ") + pragma))
        return check.lastError().text();
    QStringList messages;
    while (check.next())
        messages << check.value(0).toString();
    return messages == QStringList{QStringLiteral("ok")}
               ? QString()
               : messages.mid(0, 3).join(QStringLiteral("; "));
}
