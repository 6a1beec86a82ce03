#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "spreadsheets/rosterimport.h"
#include "spreadsheets/sheetfile.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Commands {

namespace {

void printPlan(const RosterPlan &plan, bool everyRow)
{
    using CommandLine::out;
    out() << QCoreApplication::translate("Commands",
                                         "%1, sheet “%2”, headers in row %3: %4 new, %5 to "
                                         "update, %6 the same, %7 with problems.")
                 .arg(QDir::toNativeSeparators(plan.filePath), plan.sheet)
                 .arg(plan.headerRow)
                 .arg(plan.count(RosterRow::Action::New))
                 .arg(plan.count(RosterRow::Action::Update))
                 .arg(plan.count(RosterRow::Action::Same))
                 .arg(plan.count(RosterRow::Action::Refused))
          << Qt::endl;
    out() << QCoreApplication::translate("Commands", "Columns read: %1.")
                 .arg(plan.importedHeaders.join(QStringLiteral(", ")))
          << Qt::endl;
    if (!plan.ignoredHeaders.isEmpty())
        out() << QCoreApplication::translate("Commands", "Columns left out: %1.")
                     .arg(plan.ignoredHeaders.join(QStringLiteral(", ")))
              << Qt::endl;
    for (const QString &unit : plan.newUnits)
        out() << QCoreApplication::translate("Commands", "New unit: %1").arg(unit) << Qt::endl;
    if (!everyRow)
        return;
    for (const RosterRow &row : plan.rows) {
        if (row.action == RosterRow::Action::New)
            out() << QCoreApplication::translate("Commands", "Row %1 %2: new")
                         .arg(row.row)
                         .arg(row.name)
                  << Qt::endl;
        else if (row.action == RosterRow::Action::Update)
            out() << QCoreApplication::translate("Commands", "Row %1 %2: %3")
                         .arg(row.row)
                         .arg(row.name, row.changes.join(QStringLiteral("; ")))
                  << Qt::endl;
    }
}

} // namespace

int importSpreadsheet(const QCommandLineParser &parser, const QString &file)
{
    using namespace CommandLine;
    const QString kind = parser.value(QStringLiteral("kind"));
    if (kind != QLatin1String("cadres"))
        return usage(kind.isEmpty()
                         ? QCoreApplication::translate(
                             "Commands", "A spreadsheet import needs --kind cadres (a roster).")
                         : QCoreApplication::translate(
                               "Commands", "Spreadsheets of %1 cannot be imported yet; rosters "
                                           "(--kind cadres) can.")
                               .arg(kind));
    bool ok = true;
    const int sheet = parser.isSet(QStringLiteral("sheet"))
                          ? parser.value(QStringLiteral("sheet")).toInt(&ok) - 1
                          : 0;
    int headerRow = 0;
    if (ok && parser.isSet(QStringLiteral("header-row")))
        headerRow = parser.value(QStringLiteral("header-row")).toInt(&ok);
    if (!ok || sheet < 0 || headerRow < 0)
        return usage(QCoreApplication::translate("Commands",
                                                 "--sheet and --header-row take a number from 1."));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString path = parser.value(databaseOption());
    // Without a database, a dry run is matched against nothing: every row is new.
    const bool missing = !QFileInfo::exists(path);
    if (missing && !dryRun)
        return failure(QCoreApplication::translate(
                           "Commands", "There is no database at %1: make it first, in the "
                                       "window or with user init NAME.")
                           .arg(QDir::toNativeSeparators(path)));
    try {
        const SheetFile sheetFile(file);
        const std::unique_ptr<Database> database
            = missing ? Database::openInMemory() : openDatabase(parser);
        RosterImport import(*database);
        const RosterPlan plan = import.plan(sheetFile, sheet, headerRow);
        printPlan(plan, dryRun);
        const QStringList problems = plan.problems();
        if (!problems.isEmpty()) {
            for (const QString &problem : problems)
                err() << problem << Qt::endl;
            return failure(QCoreApplication::translate(
                "Commands", "%n problem(s) in the roster; nothing was imported.", "",
                int(problems.size())));
        }
        if (dryRun) {
            out() << QCoreApplication::translate("Commands", "Dry run: nothing was written.")
                  << Qt::endl;
            return Ok;
        }
        import.apply(plan);
        out() << QCoreApplication::translate("Commands", "Imported into %1.")
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
