#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "settings/programsettings.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace Commands {

int settings(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Show the database's settings, or change them with --set KEY=VALUE (the "
                    "administrator only; several are changed together or not at all)."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption set(
        QStringLiteral("set"),
        QCoreApplication::translate("Commands", "A setting to change, as KEY=VALUE; repeatable."),
        QStringLiteral("key=value"));
    parser.addOptions({db, set});
    if (!parse(parser, arguments) || !requireOption(parser, db))
        return UsageError;
    QVector<QPair<QString, QString>> changes;
    for (const QString &change : parser.values(set)) {
        const int equals = change.indexOf(QLatin1Char('='));
        if (equals < 1)
            return usage(QCoreApplication::translate("Commands", "--set takes KEY=VALUE, not %1.")
                             .arg(change));
        changes.append({change.left(equals), change.mid(equals + 1)});
    }
    try {
        const auto database = openDatabase(parser, changes.isEmpty());
        ProgramSettings settings(*database);
        // All checked before any is written, in one transaction.
        if (!changes.isEmpty())
            settings.set(changes);
        for (const SettingDefinition &known : ProgramSettings::definitions())
            out() << known.key << " = " << settings.value(known.key)
                  << (known.unit.isEmpty() ? QString() : QLatin1Char(' ') + known.unit) << "\n    "
                  << known.name << " — " << known.description << Qt::endl;
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
