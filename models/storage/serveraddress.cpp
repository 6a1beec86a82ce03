#include "serveraddress.h"

#include "domain/dataerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerAddress", text);
}

// The connection parameters an address may set; anything else is refused, so a typing slip is
// not silently ignored.
const QStringList &knownOptions()
{
    static const QStringList options{
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("host")};
    return options;
}

} // namespace

ServerAddress ServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid()
        || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        throw DataError(tr("%1 is not a server address; an address looks like "
                           "postgresql://server.jw.local/dossiers.")
                            .arg(trimmed));
    ServerAddress address;
    address.m_host = url.host();
    address.m_port = url.port(5432);
    address.m_database = url.path().mid(1);
    address.m_user = url.userName();
    address.m_password = url.password();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions().contains(key))
            throw DataError(tr("The server address sets %1, which the program does not know. It "
                               "knows: %2.")
                                .arg(key, knownOptions().join(QStringLiteral(", "))));
        if (key == QLatin1String("host"))
            address.m_host = value;
        else
            address.m_options << key + QLatin1Char('=') + value;
    }
    if (address.m_host.isEmpty())
        throw DataError(tr("The server address %1 names no server.").arg(trimmed));
    if (address.m_database.isEmpty() || address.m_database.contains(QLatin1Char('/')))
        throw DataError(
            tr("The server address %1 names no database; add it after the server, as in "
               "postgresql://server.jw.local/dossiers.")
                .arg(trimmed));
    const QString mode = address.sslMode();
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!modes.contains(mode))
        throw DataError(tr("%1 is not a TLS mode; use verify-full.").arg(mode));
    return address;
}

QString ServerAddress::sslMode() const
{
    for (const QString &option : m_options)
        if (option.startsWith(QLatin1String("sslmode=")))
            return option.section(QLatin1Char('='), 1);
    return isLocalSocket() ? QStringLiteral("disable") : QStringLiteral("verify-full");
}

ServerAddress ServerAddress::withUser(const QString &user, const QString &password) const
{
    ServerAddress copy = *this;
    copy.m_user = user;
    copy.m_password = password;
    return copy;
}

ServerAddress ServerAddress::withOption(const QString &key, const QString &value) const
{
    ServerAddress copy = *this;
    const QString prefix = key + QLatin1Char('=');
    copy.m_options.erase(
        std::remove_if(copy.m_options.begin(), copy.m_options.end(),
                       [&](const QString &option) { return option.startsWith(prefix); }),
        copy.m_options.end());
    if (!value.isEmpty())
        copy.m_options << prefix + value;
    return copy;
}

QString ServerAddress::option(const QString &key) const
{
    const QString prefix = key + QLatin1Char('=');
    for (const QString &option : m_options)
        if (option.startsWith(prefix))
            return option.mid(prefix.size());
    return {};
}

ServerAddress ServerAddress::withDatabase(const QString &database) const
{
    ServerAddress copy = *this;
    copy.m_database = database;
    return copy;
}

QString ServerAddress::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(isLocalSocket() ? QStringLiteral("localhost") : m_host);
    if (m_port != 5432)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    for (const QString &option : m_options)
        query.addQueryItem(option.section(QLatin1Char('='), 0, 0),
                           option.section(QLatin1Char('='), 1));
    if (isLocalSocket())
        query.addQueryItem(QStringLiteral("host"), m_host);
    url.setQuery(query);
    return url.toString(QUrl::RemovePassword);
}

void ServerAddress::configure(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(m_password);
    QStringList options = m_options;
    if (!options.contains(QStringLiteral("sslmode=") + sslMode()))
        options << QStringLiteral("sslmode=") + sslMode();
    if (!std::any_of(options.cbegin(), options.cend(), [](const QString &option) {
            return option.startsWith(QLatin1String("connect_timeout="));
        }))
        options << QStringLiteral("connect_timeout=10");
    if (!std::any_of(options.cbegin(), options.cend(), [](const QString &option) {
            return option.startsWith(QLatin1String("application_name="));
        }))
        options << QStringLiteral("application_name=integrity-dossier");
    db.setConnectOptions(options.join(QLatin1Char(';')));
}
