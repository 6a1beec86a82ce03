#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

// Where a commission's PostgreSQL server database is, as a libpq URL:
//   postgresql://[account[:password]@]host[:port]/database[?sslmode=…&sslrootcert=…&host=…]
// A server reached over the network is spoken to over TLS that checks the server's certificate
// against the commission's CA (sslmode=verify-full) unless the address says otherwise; a Unix
// socket (host= a folder) needs none.
class ServerAddress
{
public:
    // The address `text` describes; a DataError with a plain message when it is not one.
    static ServerAddress parse(const QString &text);

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString sslMode() const;
    bool isLocalSocket() const { return m_host.startsWith(QLatin1Char('/')); }

    ServerAddress withUser(const QString &user, const QString &password) const;
    ServerAddress withDatabase(const QString &database) const;
    // The address with one connection option set (an empty value removes it).
    ServerAddress withOption(const QString &key, const QString &value) const;
    QString option(const QString &key) const;
    // Whether `text` is meant as a server address rather than a file's path.
    static bool looksLikeOne(const QString &text)
    {
        return text.startsWith(QLatin1String("postgresql://"))
               || text.startsWith(QLatin1String("postgres://"));
    }

    // The address as a user may see it and the program may remember it: never the password.
    QString display() const;
    // Sets host, port, database, user, password and the connection options on `db`.
    void configure(QSqlDatabase &db) const;

private:
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QStringList m_options; // libpq's key=value, as given (sslmode, sslrootcert, …)
};
