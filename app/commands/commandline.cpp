#include "commandline.h"

#include "sessionsignin.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/serversecurity.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

namespace CommandLine {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    parser.addOption(userOption());
    if (!parser.parse(arguments)) {
        usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return false;
    }
    return true;
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("CommandLine", "The database file, or a server database as "
                                                   "postgresql://server/database."),
        QStringLiteral("path"));
}

bool requireOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (parser.isSet(option) && !parser.value(option).isEmpty())
        return true;
    usage(QCoreApplication::translate("CommandLine", "--%1 is required.")
              .arg(option.names().first()));
    return false;
}

int usage(const QString &message)
{
    err() << message << Qt::endl;
    return UsageError;
}

int failure(const QString &message)
{
    err() << message << Qt::endl;
    return DataFailure;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, bool readOnly)
{
    // Reading without an account (check) leaves the file untouched. Signing in is recorded in
    // the audit trail, so a signed-in reader opens a writable file for writing.
    const QString path = parser.value(databaseOption());
    const bool signingIn = !userName(parser).isEmpty();
    // A commission's server database, named by its address instead of a file.
    if (ServerAddress::looksLikeOne(path)) {
        ServerAddress address = ServerAddress::parse(path);
        // An address without a server account signs in as the account's own role
        // (NAME@DATABASE), with the account's password; so does an account's role named in it.
        QString password;
        if (signingIn && address.password().isEmpty()
            && (address.user().isEmpty() || address.user().contains(QLatin1Char('@')))) {
            password = signInPassword(parser);
            address = address.withUser(address.user().isEmpty() ? ServerSecurity::roleName(
                                           userName(parser), address.database())
                                                                : address.user(),
                                       password);
        }
        auto database
            = Database::openServer(address, readOnly && !signingIn ? Database::Mode::ReadOnly
                                                                   : Database::Mode::OpenExisting);
        if (signingIn || !readOnly)
            signIn(*database, parser, password);
        return database;
    }
    const bool writable = QFileInfo(path).isWritable();
    auto database
        = Database::open(path, readOnly && (!signingIn || !writable) ? Database::Mode::ReadOnly
                                                                     : Database::Mode::OpenChecked);
    if (signingIn || !readOnly)
        signIn(*database, parser);
    return database;
}

} // namespace CommandLine
