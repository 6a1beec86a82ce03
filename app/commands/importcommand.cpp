#include "backup/backupcrypto.h"
#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "interchange/interchangeimporter.h"
#include "sessionsignin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <unistd.h>

namespace Commands {

namespace {

// What a merge into a database holding dossiers found, table by table, and its problems.
int reportMerge(const InterchangeSummary &summary, const QString &database)
{
    using namespace CommandLine;
    const MergeReport &merge = summary.merge;
    const MergeCounts total = merge.total();
    out() << QCoreApplication::translate("Commands", "%1 into %2: %3 new, %4 updated, %5 same.")
                 .arg(summary.dryRun ? QCoreApplication::translate("Commands", "Would merge")
                                     : QCoreApplication::translate("Commands", "Merged"),
                      QDir::toNativeSeparators(database))
                 .arg(total.created)
                 .arg(total.updated)
                 .arg(total.same)
          << Qt::endl;
    const QString counts = merge.tableCounts();
    if (!counts.isEmpty())
        out() << counts << Qt::endl;
    if (!merge.problems.isEmpty()) {
        for (const QString &problem : merge.problems)
            err() << problem << Qt::endl;
        return failure(QCoreApplication::translate(
            "Commands", "%n problem(s) with this database; nothing was imported.", "",
            int(merge.problems.size())));
    }
    if (summary.dryRun)
        out() << QCoreApplication::translate("Commands", "Dry run: nothing was written.")
              << Qt::endl;
    return Ok;
}

// How far a large import has come, on one line of a terminal's stderr that is written over; a
// script reading stderr gets only its one line of outcome.
class ImportProgress
{
public:
    ImportProgress()
        : m_shown(isatty(STDERR_FILENO))
    {}
    ~ImportProgress() { finish(); }

    InterchangeImporter::Progress callback()
    {
        if (!m_shown)
            return {};
        return
            [this](InterchangeImporter::Stage stage, qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 0;
                if (stage == m_stage && percent == m_percent)
                    return;
                m_stage = stage;
                m_percent = percent;
                CommandLine::err()
                    << '\r'
                    << (stage == InterchangeImporter::Stage::Checking
                            ? QCoreApplication::translate("Commands", "Checking the file: %1%")
                            : QCoreApplication::translate("Commands", "Writing the records: %1%"))
                           .arg(percent)
                    << Qt::flush;
                m_started = true;
            };
    }
    // Ends the line, so that what follows starts on one of its own.
    void finish()
    {
        if (m_started)
            CommandLine::err() << Qt::endl;
        m_started = false;
    }

private:
    bool m_shown;
    bool m_started = false;
    InterchangeImporter::Stage m_stage = InterchangeImporter::Stage::Checking;
    int m_percent = -1;
};

} // namespace

int importData(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "Load an interchange file (docs/interchange.md) or a roster or a ledger "
                    "spreadsheet into a database: a new or empty one takes it whole, one that "
                    "holds dossiers merges it, matched to the units, cadres and records it holds. "
                    "A database with accounts needs --user with an account "
                    "allowed to import. A bad file is refused whole and changes nothing."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("Commands", "The interchange file to read."),
        QStringLiteral("path"));
    const QCommandLineOption xlsx(
        QStringList{QStringLiteral("xlsx"), QStringLiteral("csv")},
        QCoreApplication::translate("Commands",
                                    "A spreadsheet to read: an .xlsx workbook or a .csv file."),
        QStringLiteral("path"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QCoreApplication::translate("Commands",
                                    "What the spreadsheet holds: cadres (a roster), or the "
                                    "record kind of a ledger: talks, clues, sanctions …"),
        QStringLiteral("kind"));
    const QCommandLineOption mapping(
        QStringLiteral("mapping"),
        QCoreApplication::translate("Commands",
                                    "A JSON file saying which column holds which field, for "
                                    "headers not recognised: {\"谈话时间\": \"talk_date\", "
                                    "\"备注\": null}."),
        QStringLiteral("path"));
    const QCommandLineOption sheet(
        QStringLiteral("sheet"),
        QCoreApplication::translate("Commands", "The workbook's sheet to read, from 1."),
        QStringLiteral("number"));
    const QCommandLineOption headerRow(
        QStringLiteral("header-row"),
        QCoreApplication::translate("Commands", "The row that names the columns; found when "
                                                "left out."),
        QStringLiteral("number"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("Commands", "Show what the import would do, row by row, "
                                                "and write nothing."));
    parser.addOptions({db, json, xlsx, kind, mapping, sheet, headerRow, dryRun});
    if (!parse(parser, arguments) || !requireOption(parser, db))
        return UsageError;
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Commands", "Unexpected argument: %1")
                         .arg(parser.positionalArguments().first()));
    if (parser.isSet(json) == parser.isSet(xlsx))
        return usage(QCoreApplication::translate(
            "Commands", "Give one file to import: --json for an interchange file, --xlsx or "
                        "--csv for a spreadsheet."));
    if (parser.isSet(xlsx))
        return importSpreadsheet(parser, parser.value(xlsx));
    try {
        // An encrypted file is decrypted in memory only: nothing plain touches a disk, not even
        // when the program is killed half-way.
        const QString source = parser.value(json);
        // A database with accounts takes an import only from an account allowed to import;
        // one before its first start (no accounts yet) from whoever holds the file.
        const auto signIn = [&parser](Database &database) {
            CommandLine::signIn(database, parser);
        };
        const bool trial = parser.isSet(dryRun);
        ImportProgress progress;
        InterchangeSummary summary;
        if (BackupCrypto::isEncrypted(source)) {
            const QString passphrase
                = readSecret(QCoreApplication::translate("Commands", "Passphrase: "),
                             "INTEGRITY_DOSSIER_PASSPHRASE");
            summary = InterchangeImporter::importBytes(
                BackupCrypto::decryptBytes(source, passphrase), source, parser.value(db), signIn,
                trial, progress.callback());
        } else {
            summary = InterchangeImporter::importFile(source, parser.value(db), signIn, {}, trial,
                                                      progress.callback());
        }
        progress.finish();
        if (summary.merged)
            return reportMerge(summary, parser.value(db));
        const QString counts = summary.tableCounts();
        if (summary.dryRun) {
            out() << QCoreApplication::translate("Commands",
                                                 "Would import %1 rows into %2 (%3). Dry run: "
                                                 "nothing was written.")
                         .arg(summary.rows)
                         .arg(QDir::toNativeSeparators(parser.value(db)), counts)
                  << Qt::endl;
            return Ok;
        }
        out() << (counts.isEmpty()
                      ? QCoreApplication::translate("Commands", "Imported %1 rows into %2.")
                            .arg(summary.rows)
                            .arg(QDir::toNativeSeparators(parser.value(db)))
                      : QCoreApplication::translate("Commands", "Imported %1 rows into %2 (%3).")
                            .arg(summary.rows)
                            .arg(QDir::toNativeSeparators(parser.value(db)), counts))
              << Qt::endl;
        return Ok;
    } catch (const MergeRefused &refused) {
        for (const QString &problem : refused.problems())
            err() << problem << Qt::endl;
        return failure(QCoreApplication::translate(
            "Commands", "%n problem(s) with this database; nothing was imported.", "",
            int(refused.problems().size())));
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
