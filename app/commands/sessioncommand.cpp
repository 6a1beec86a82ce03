#include "access/accounts.h"
#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "sessionsignin.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

// `user`: the accounts of a database from the command line, under the same rules as the
// window: init makes the first administrator, then every action needs a signed-in account
// allowed to take it.
namespace Commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

QString newPassword()
{
    const QString first
        = CommandLine::readSecret(tr("New password: "), "INTEGRITY_DOSSIER_NEW_PASSWORD");
    if (qEnvironmentVariableIsSet("INTEGRITY_DOSSIER_NEW_PASSWORD"))
        return first;
    const QString again
        = CommandLine::readSecret(tr("The new password again: "), "INTEGRITY_DOSSIER_NEW_PASSWORD");
    if (first != again)
        throw DataError(tr("The two passwords differ; nothing was changed."));
    return first;
}

qint64 accountId(Accounts &accounts, const QString &name)
{
    for (const AccountInfo &info : accounts.list())
        if (info.name.compare(name, Qt::CaseInsensitive) == 0)
            return info.id;
    throw DataError(tr("There is no account called %1.").arg(name));
}

void printAccounts(Accounts &accounts)
{
    for (const AccountInfo &info : accounts.list()) {
        QStringList notes;
        if (info.disabled)
            notes << tr("disabled");
        if (info.cadreId != 0)
            notes << tr("linked to cadre %1").arg(info.cadreId);
        if (!info.allUnits)
            notes << QCoreApplication::translate("Commands", "%n unit(s)", nullptr,
                                                 int(info.units.size()));
        CommandLine::out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                                  .arg(info.name, Roles::key(info.role), info.realName, info.post,
                                       notes.join(QStringLiteral(", ")))
                           << '\n';
    }
}

} // namespace

int user(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Accounts: init NAME (the first administrator, in a new database when there is none), "
           "list, add NAME [--role ROLE] "
           "[--real-name NAME --post POST], profile NAME --real-name NAME --post POST, role "
           "NAME ROLE, link NAME --cadre ID, scope NAME --units ID[,ID…]|all, reset NAME, "
           "disable NAME, enable NAME, password (your own). New passwords come from "
           "INTEGRITY_DOSSIER_NEW_PASSWORD or are asked for."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("The role: %1.").arg(Roles::keys().join(QStringLiteral(", "))),
                                  QStringLiteral("role"));
    const QCommandLineOption cadre(QStringLiteral("cadre"), tr("The cadre's id (0: none)."),
                                   QStringLiteral("id"));
    const QCommandLineOption units(QStringLiteral("units"),
                                   tr("Unit ids separated by commas, or all."),
                                   QStringLiteral("ids"));
    const QCommandLineOption realName(QStringLiteral("real-name"),
                                      tr("The person's name, as papers print it."),
                                      QStringLiteral("name"));
    const QCommandLineOption post(QStringLiteral("post"), tr("The person's post."),
                                  QStringLiteral("post"));
    parser.addOptions({db, role, cadre, units, realName, post});
    parser.addPositionalArgument(QStringLiteral("action"), tr("What to do."));
    if (!parse(parser, arguments) || !requireOption(parser, db))
        return UsageError;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const QString name = words.value(1);
    static const QStringList needName
        = {QStringLiteral("init"),    QStringLiteral("add"),    QStringLiteral("role"),
           QStringLiteral("link"),    QStringLiteral("scope"),  QStringLiteral("reset"),
           QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("profile")};
    static const QStringList all
        = needName + QStringList{QStringLiteral("list"), QStringLiteral("password")};
    if (!all.contains(action))
        return usage(tr("Say what to do: %1.").arg(all.join(QStringLiteral(", "))));
    if (needName.contains(action) && name.isEmpty())
        return usage(tr("%1 needs an account name.").arg(action));
    try {
        if (action == QLatin1String("init")) {
            // A new commission starts here: the database is made when there is none.
            const QString path = parser.value(db);
            const bool creating = !QFileInfo::exists(path);
            const QString password = newPassword();
            auto database = Database::open(path, creating ? Database::Mode::CreateOrOpen
                                                          : Database::Mode::OpenExisting);
            Accounts accounts(*database);
            if (!accounts.isEmpty())
                return failure(tr("This database already has its administrator."));
            try {
                accounts.createFirstAdministrator(name, password);
            } catch (const DataError &) {
                database.reset();
                if (creating)
                    for (const QString &suffix :
                         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                        QFile::remove(path + suffix);
                throw;
            }
            out() << tr("%1 is the administrator of %2.").arg(name, parser.value(db)) << '\n';
            return Ok;
        }
        const auto database = openDatabase(parser);
        if (!database->session())
            return failure(tr("This database has no accounts yet: make its administrator with "
                              "user init NAME."));
        Accounts accounts(*database);
        if (action == QLatin1String("list")) {
            printAccounts(accounts);
        } else if (action == QLatin1String("password")) {
            const QString current
                = readSecret(tr("Current password: "), "INTEGRITY_DOSSIER_PASSWORD");
            accounts.changePassword(current, newPassword());
        } else if (action == QLatin1String("add")) {
            const Role given = parser.isSet(role) ? Roles::fromKey(parser.value(role)) : Role::None;
            const qint64 id = accounts.create(name, newPassword(), given);
            if (parser.isSet(realName) || parser.isSet(post))
                accounts.setProfile(id, parser.value(realName), parser.value(post));
        } else if (action == QLatin1String("profile")) {
            accounts.setProfile(accountId(accounts, name), parser.value(realName),
                                parser.value(post));
        } else if (action == QLatin1String("role")) {
            accounts.setRole(accountId(accounts, name), Roles::fromKey(words.value(2)));
        } else if (action == QLatin1String("link")) {
            bool ok = false;
            const qint64 id = parser.value(cadre).toLongLong(&ok);
            if (!ok)
                return usage(tr("link needs --cadre ID (0 removes the link)."));
            accounts.linkCadre(accountId(accounts, name), id);
        } else if (action == QLatin1String("scope")) {
            QList<qint64> ids;
            const bool everything = parser.value(units) == QLatin1String("all");
            if (!everything) {
                for (const QString &text : parser.value(units).split(QLatin1Char(','))) {
                    bool ok = false;
                    ids << text.trimmed().toLongLong(&ok);
                    if (!ok)
                        return usage(tr("--units takes unit ids separated by commas, or all."));
                }
            }
            accounts.setScope(accountId(accounts, name), everything, ids);
        } else if (action == QLatin1String("reset")) {
            accounts.resetPassword(accountId(accounts, name), newPassword());
        } else {
            accounts.setDisabled(accountId(accounts, name), action == QLatin1String("disable"));
        }
        out().flush();
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
