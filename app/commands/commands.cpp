#include "commands.h"

#include "commandline.h"

#include <QCoreApplication>
#include <functional>
#include <map>

namespace Commands {

namespace {

const std::map<QString, std::function<int(const QStringList &)>> &table()
{
    static const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("demo"), demo},         {QStringLiteral("check"), check},
        {QStringLiteral("list"), list},         {QStringLiteral("opinion"), opinion},
        {QStringLiteral("stats"), stats},       {QStringLiteral("bench"), bench},
        {QStringLiteral("export"), exportData}, {QStringLiteral("import"), importData},
        {QStringLiteral("print"), print},       {QStringLiteral("user"), user},
        {QStringLiteral("backup"), backup},     {QStringLiteral("restore"), restore},
        {QStringLiteral("settings"), settings},
    };
    return commands;
}

} // namespace

bool isSubcommand(const QString &name)
{
    return table().count(name) > 0 || name == QLatin1String("help")
           || name == QLatin1String("--help") || name == QLatin1String("-h");
}

int run(const QStringList &arguments)
{
    const QString name = arguments.value(0);
    const auto command = table().find(name);
    if (command == table().end()) {
        QStringList names;
        for (const auto &entry : table())
            names << entry.first;
        const bool askedForHelp
            = name == QLatin1String("help") || name.startsWith(QLatin1Char('-'));
        if (!askedForHelp)
            return CommandLine::usage(
                QCoreApplication::translate("Commands",
                                            "Unknown subcommand \"%1\"; the subcommands are: %2.")
                    .arg(name, names.join(QStringLiteral(", "))));
        CommandLine::out() << QCoreApplication::translate(
                                  "Commands", "Usage: integrity-dossier [SUBCOMMAND] [OPTIONS]\n"
                                              "Without a subcommand the window opens.\n"
                                              "Subcommands: %1\n"
                                              "Each takes --help.")
                                  .arg(names.join(QStringLiteral(", ")))
                           << Qt::endl;
        return CommandLine::Ok;
    }
    return command->second(arguments);
}

} // namespace Commands
