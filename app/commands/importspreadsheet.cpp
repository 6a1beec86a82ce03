#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "spreadsheets/ledgercolumns.h"
#include "spreadsheets/ledgerimport.h"
#include "spreadsheets/rosterimport.h"
#include "spreadsheets/sheetfile.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Commands {

namespace {

void printSource(const ImportSource &source, const QVector<int> &counts)
{
    using CommandLine::out;
    out() << QCoreApplication::translate("Commands",
                                         "%1, sheet “%2”, headers in row %3: %4 new, %5 to "
                                         "update, %6 the same, %7 with problems.")
                 .arg(QDir::toNativeSeparators(source.filePath), source.sheet)
                 .arg(source.headerRow)
                 .arg(counts.value(0))
                 .arg(counts.value(1))
                 .arg(counts.value(2))
                 .arg(counts.value(3))
          << Qt::endl;
    out() << QCoreApplication::translate("Commands", "Columns read: %1.")
                 .arg(source.importedHeaders.join(QStringLiteral(", ")))
          << Qt::endl;
    if (!source.ignoredHeaders.isEmpty())
        out() << QCoreApplication::translate("Commands", "Columns left out: %1.")
                     .arg(source.ignoredHeaders.join(QStringLiteral(", ")))
              << Qt::endl;
}

void printRow(const ImportRow &row)
{
    using CommandLine::out;
    if (row.action == ImportRow::Action::New)
        out()
            << QCoreApplication::translate("Commands", "Row %1 %2: new").arg(row.row).arg(row.name)
            << Qt::endl;
    else if (row.action == ImportRow::Action::Update)
        out() << QCoreApplication::translate("Commands", "Row %1 %2: %3")
                     .arg(row.row)
                     .arg(row.name, row.changes.join(QStringLiteral("; ")))
              << Qt::endl;
}

template<typename Plan>
QVector<int> countsOf(const Plan &plan)
{
    return {plan.count(ImportRow::Action::New), plan.count(ImportRow::Action::Update),
            plan.count(ImportRow::Action::Same), plan.count(ImportRow::Action::Refused)};
}

// The columns a user names for headers the import does not know: {"header": "field"}, where a
// field is named by its key or its label, and null leaves the column out.
QHash<QString, QString> readMapping(const QString &path, const QString &table)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(QCoreApplication::translate("Commands", "Cannot read the mapping %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &error);
    if (!document.isObject())
        throw DataError(QCoreApplication::translate(
                            "Commands", "The mapping %1 is not a JSON object of headers and "
                                        "fields: %2")
                            .arg(QDir::toNativeSeparators(path), error.errorString()));
    QHash<QString, QString> mapping;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull()) {
            mapping.insert(it.key(), QString());
            continue;
        }
        const QString field = LedgerColumns::fieldOfName(table, it.value().toString());
        if (field.isEmpty())
            throw DataError(QCoreApplication::translate(
                                "Commands", "The mapping gives %1 the field “%2”, which %3 "
                                            "records do not have. They have: %4.")
                                .arg(it.key(), it.value().toString(), RecordKinds::title(table),
                                     LedgerColumns::fields(table).join(QStringLiteral(", "))));
        mapping.insert(it.key(), field);
    }
    return mapping;
}

} // namespace

int importSpreadsheet(const QCommandLineParser &parser, const QString &file)
{
    using namespace CommandLine;
    const QString kind = parser.value(QStringLiteral("kind"));
    const bool roster = kind == QLatin1String("cadres");
    if (!roster && !LedgerColumns::canImport(kind))
        return usage(kind.isEmpty()
                         ? QCoreApplication::translate(
                               "Commands", "A spreadsheet import needs --kind: cadres for a "
                                           "roster, or one of %1 for a ledger.")
                               .arg(LedgerColumns::kinds().join(QStringLiteral(", ")))
                         : QCoreApplication::translate(
                               "Commands", "Spreadsheets of %1 cannot be imported; give cadres "
                                           "for a roster, or one of %2 for a ledger.")
                               .arg(kind, LedgerColumns::kinds().join(QStringLiteral(", "))));
    if (roster && parser.isSet(QStringLiteral("mapping")))
        return usage(QCoreApplication::translate(
            "Commands", "A roster's columns are recognised by their headers; --mapping is for "
                        "ledgers."));
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
    // Without a database, a dry run of a roster is matched against nothing: every row is new.
    // A ledger names cadres of the directory, so it always needs one.
    const bool missing = !QFileInfo::exists(path);
    if (missing && (!dryRun || !roster))
        return failure(QCoreApplication::translate(
                           "Commands", "There is no database at %1: make it first, in the "
                                       "window or with user init NAME.")
                           .arg(QDir::toNativeSeparators(path)));
    try {
        const SheetFile sheetFile(file);
        const std::unique_ptr<Database> database
            = missing ? Database::openInMemory() : openDatabase(parser);
        QStringList problems;
        std::function<void()> apply;
        if (roster) {
            auto importer = std::make_shared<RosterImport>(*database);
            auto plan = std::make_shared<RosterPlan>(importer->plan(sheetFile, sheet, headerRow));
            printSource(*plan, countsOf(*plan));
            for (const QString &unit : plan->newUnits)
                out() << QCoreApplication::translate("Commands", "New unit: %1").arg(unit)
                      << Qt::endl;
            if (dryRun)
                for (const RosterRow &row : plan->rows)
                    printRow(row);
            problems = plan->problems();
            apply = [importer, plan] {
                importer->apply(*plan);
            };
        } else {
            const QHash<QString, QString> chosen
                = parser.isSet(QStringLiteral("mapping"))
                      ? readMapping(parser.value(QStringLiteral("mapping")), kind)
                      : QHash<QString, QString>();
            auto importer = std::make_shared<LedgerImport>(*database);
            auto plan = std::make_shared<LedgerPlan>(
                importer->plan(sheetFile, kind, sheet, headerRow, chosen));
            printSource(*plan, countsOf(*plan));
            if (dryRun)
                for (const LedgerRow &row : plan->rows)
                    printRow(row);
            problems = plan->problems();
            apply = [importer, plan] {
                importer->apply(*plan);
            };
        }
        if (!problems.isEmpty()) {
            for (const QString &problem : problems)
                err() << problem << Qt::endl;
            return failure(QCoreApplication::translate(
                "Commands", "%n problem(s) in the spreadsheet; nothing was imported.", "",
                int(problems.size())));
        }
        if (dryRun) {
            out() << QCoreApplication::translate("Commands", "Dry run: nothing was written.")
                  << Qt::endl;
            return Ok;
        }
        apply();
        out() << QCoreApplication::translate("Commands", "Imported into %1.")
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
