#include "commands.h"

#include "commandline.h"

#include <QCoreApplication>
#include <algorithm>

namespace Commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

const Subcommand *find(const QString &name)
{
    for (const Subcommand &command : subcommands())
        if (name == QLatin1String(command.usage.name))
            return &command;
    return nullptr;
}

bool isHelpOption(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h")
           || argument == QLatin1String("--help-all") || argument == QLatin1String("-?");
}

bool isVersionOption(const QString &argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v");
}

// Columns a text takes on a terminal: Chinese characters and full-width punctuation take two.
int columns(const QString &text)
{
    int width = 0;
    for (const QChar character : text) {
        const ushort code = character.unicode();
        width += (code >= 0x1100
                  && (code <= 0x115F || (code >= 0x2E80 && code <= 0xA4CF)
                      || (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF)
                      || (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60)
                      || (code >= 0xFFE0 && code <= 0xFFE6)))
                     ? 2
                     : 1;
    }
    return width;
}

// Wraps `text` to 79 columns, the lines after the first indented by `indent` spaces; the first
// line goes on after the `indent` columns already written. English breaks at spaces, Chinese
// between any two characters.
QString wrapped(const QString &text, int indent)
{
    const int limit = 79;
    QString result;
    int used = indent;
    bool lineEmpty = true;
    int position = 0;
    while (position < text.size()) {
        int spaces = 0;
        while (position < text.size() && text.at(position) == QLatin1Char(' ')) {
            ++spaces;
            ++position;
        }
        if (position == text.size())
            break;
        int end = position + 1;
        if (columns(text.mid(position, 1)) == 1) {
            while (end < text.size() && text.at(end) != QLatin1Char(' ')
                   && columns(text.mid(end, 1)) == 1)
                ++end;
        }
        const QString unit = text.mid(position, end - position);
        position = end;
        const int gap = spaces > 0 ? 1 : 0;
        if (!lineEmpty && used + gap + columns(unit) > limit) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            used = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            result += QString(gap, QLatin1Char(' '));
            used += gap;
        }
        result += unit;
        used += columns(unit);
        lineEmpty = false;
    }
    return result;
}

QString entryHead(const UsageEntry &entry)
{
    QString head = QString::fromLatin1(entry.name);
    if (entry.synopsis[0] != '\0')
        head += QLatin1Char(' ') + QString::fromLatin1(entry.synopsis);
    return head;
}

// A table of short heads side by side with their descriptions.
void printColumns(QString &text, const std::vector<UsageEntry> &entries)
{
    int width = 0;
    for (const UsageEntry &entry : entries)
        width = std::max(width, columns(entryHead(entry)));
    const int indent = 2 + width + 2;
    for (const UsageEntry &entry : entries) {
        const QString head = QStringLiteral("  ") + entryHead(entry);
        text += head.leftJustified(indent) + wrapped(tr(entry.description), indent)
                + QLatin1Char('\n');
    }
}

// A table of long heads, each description on the lines below its head.
void printBlocks(QString &text, const std::vector<UsageEntry> &entries)
{
    for (const UsageEntry &entry : entries)
        text += QStringLiteral("  ") + entryHead(entry) + QStringLiteral("\n      ")
                + wrapped(tr(entry.description), 6) + QLatin1Char('\n');
}

} // namespace

const std::vector<Subcommand> &subcommands()
{
    static const std::vector<Subcommand> commands = {
        {{"demo", "--db PATH [--scale county|city|province] [--seed N]",
          QT_TRANSLATE_NOOP("Commands",
                            "Make a believable demo county (or a city, or a province) in a new "
                            "database.")},
         demo},
        {{"check", "--db PATH [--seals FILE] [--code CODE] [--rebuild-statistics]",
          QT_TRANSLATE_NOOP("Commands",
                            "Check the schema and its objects, SQLite integrity, foreign keys, "
                            "search index, the audit chain with its seals, a paper's "
                            "verification code, and the kept statistics.")},
         check},
        {{"list", "--db PATH [--search TEXT] [--json]",
          QT_TRANSLATE_NOOP("Commands", "Search the directory by name, pinyin initials, unit or "
                                        "position.")},
         list},
        {{"opinion", "--db PATH --cadre ID[,ID...] --as-of YYYY-MM-DD [--json]",
          QT_TRANSLATE_NOOP("Commands",
                            "Decide the integrity-opinion category (1 to 6) with its reasons; "
                            "with --pdf, write the reply letter.")},
         opinion},
        {{"print", "--db PATH (--cadre ID[,ID...] | --unit ID) --pdf OUT",
          QT_TRANSLATE_NOOP("Commands", "Print dossier summaries into one PDF, as the window "
                                        "prints them; each one is audited.")},
         print},
        {{"stats", "--db PATH --year YYYY [--json]",
          QT_TRANSLATE_NOOP("Commands", "Show the year's work statistics, the same figures as "
                                        "the window's dashboard.")},
         stats},
        {{"export", "--db PATH (--json OUT | --xlsx OUT --kind cadres)",
          QT_TRANSLATE_NOOP("Commands", "Write the database out in the interchange format, or "
                                        "the directory as an Excel workbook.")},
         exportData},
        {{"import", "--db PATH (--json IN | --xlsx FILE --kind cadres [--dry-run])",
          QT_TRANSLATE_NOOP("Commands", "Read an interchange file, or a roster from Excel or CSV, "
                                        "into the database, all or nothing.")},
         importData},
        {{"bench", "--db PATH [--json]", QT_TRANSLATE_NOOP("Commands", "Measure the speed bars.")},
         bench},
        {{"user",
          "--db PATH init|list|add|profile|role|link|scope|reset|disable|enable|password ...",
          QT_TRANSLATE_NOOP("Commands", "Manage the accounts under the same rules as the "
                                        "window.")},
         user},
        {{"backup", "--db PATH --to FILE [--encrypt]",
          QT_TRANSLATE_NOOP("Commands", "Write a verified copy; --encrypt seals it with a "
                                        "passphrase.")},
         backup},
        {{"restore", "--db PATH --from FILE [--other-database]",
          QT_TRANSLATE_NOOP("Commands", "Check a backup fully, keep the current file aside and "
                                        "restore in one step, audited.")},
         restore},
        {{"settings", "--db PATH [--set KEY=VALUE ...]",
          QT_TRANSLATE_NOOP("Commands", "Show the settings; the administrator changes them, all "
                                        "or none, audited.")},
         settings},
        {{"migrate", "--db PATH --to postgresql://SERVER/DATABASE",
          QT_TRANSLATE_NOOP("Commands", "Move the database with its audit trail into an empty "
                                        "database on the commission's server, verified before "
                                        "and after.")},
         migrate},
    };
    return commands;
}

const std::vector<UsageEntry> &windowOptions()
{
    static const std::vector<UsageEntry> options = {
        {"--db", "PATH", QT_TRANSLATE_NOOP("Commands", "Open this database file.")},
        {"--server", "ADDRESS",
         QT_TRANSLATE_NOOP("Commands",
                           "Connect to the commission's server database at this address, as "
                           "postgresql://server/database; the password is asked for.")},
        {"--demo", "",
         QT_TRANSLATE_NOOP("Commands", "Open the demo database, creating it when there is none.")},
        {"-h, --help", "", QT_TRANSLATE_NOOP("Commands", "Show this help.")},
        {"-v, --version", "", QT_TRANSLATE_NOOP("Commands", "Show the version.")},
    };
    return options;
}

const std::vector<UsageEntry> &environment()
{
    static const std::vector<UsageEntry> variables = {
        {"INTEGRITY_DOSSIER_USER", "",
         QT_TRANSLATE_NOOP("Commands", "The account to sign in with when --user is not given.")},
        {"INTEGRITY_DOSSIER_PASSWORD", "",
         QT_TRANSLATE_NOOP("Commands",
                           "The account's password; without it the password is asked for "
                           "without echo.")},
        {"INTEGRITY_DOSSIER_NEW_PASSWORD", "",
         QT_TRANSLATE_NOOP("Commands",
                           "A new password for user init, add, reset and password; without it "
                           "the new password is asked for twice.")},
        {"INTEGRITY_DOSSIER_PASSPHRASE", "",
         QT_TRANSLATE_NOOP("Commands",
                           "The passphrase of an encrypted backup or export; without it the "
                           "passphrase is asked for.")},
        {"INTEGRITY_DOSSIER_DEBUG", "",
         QT_TRANSLATE_NOOP("Commands", "When set, the subcommands print Qt's own messages too.")},
    };
    return variables;
}

const std::vector<UsageEntry> &exitCodes()
{
    static const std::vector<UsageEntry> codes = {
        {"0", "", QT_TRANSLATE_NOOP("Commands", "Success.")},
        {"1", "",
         QT_TRANSLATE_NOOP("Commands",
                           "A usage error: an unknown subcommand or option, or a missing value.")},
        {"2", "",
         QT_TRANSLATE_NOOP("Commands",
                           "A data or I/O error, explained in one line on standard error.")},
    };
    return codes;
}

std::vector<const char *> synopses()
{
    return {"[--db PATH | --server ADDRESS | --demo]", "SUBCOMMAND [OPTIONS]"};
}

const char *summary()
{
    return QT_TRANSLATE_NOOP("Commands", "One integrity dossier per cadre, kept offline");
}

std::vector<const char *> descriptionParagraphs()
{
    return {
        QT_TRANSLATE_NOOP("Commands",
                          "Keeps one integrity dossier per cadre for a county commission for "
                          "discipline inspection and supervision: talks, inspections, clues, "
                          "cases, sanctions, reports and the integrity opinions issued. Impact "
                          "periods are computed from the regulations. The data stays in one "
                          "database file on this computer, and every change and every look is "
                          "recorded in a hash-chained audit trail."),
        QT_TRANSLATE_NOOP("Commands",
                          "Without a subcommand the window opens. With a subcommand the program "
                          "runs without a window and needs no display; each subcommand takes "
                          "--help for all of its options. Subcommands that read or change "
                          "dossiers sign in with --user NAME."),
    };
}

bool runsHeadless(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    if (find(arguments.first()) || !arguments.first().startsWith(QLatin1Char('-')))
        return true;
    for (const QString &argument : arguments)
        if (isHelpOption(argument) || isVersionOption(argument))
            return true;
    return false;
}

QString helpText()
{
    QString text = tr("Usage:") + QLatin1Char(' ');
    const int indent = columns(text);
    bool first = true;
    for (const char *synopsis : synopses()) {
        text += QString(first ? 0 : indent, QLatin1Char(' ')) + QStringLiteral("integrity-dossier ")
                + QLatin1String(synopsis) + QLatin1Char('\n');
        first = false;
    }
    text += QLatin1Char('\n');
    text += tr(summary()) + QStringLiteral("\n\n");
    for (const char *paragraph : descriptionParagraphs())
        text += wrapped(tr(paragraph), 0) + QStringLiteral("\n\n");
    text += tr("Options:") + QLatin1Char('\n');
    printColumns(text, windowOptions());
    text += QLatin1Char('\n') + tr("Subcommands:") + QLatin1Char('\n');
    std::vector<UsageEntry> commands;
    for (const Subcommand &command : subcommands())
        commands.push_back(command.usage);
    printBlocks(text, commands);
    text += QLatin1Char('\n') + tr("Environment:") + QLatin1Char('\n');
    printBlocks(text, environment());
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    printColumns(text, exitCodes());
    return text;
}

int run(const QStringList &arguments)
{
    using namespace CommandLine;
    const QString name = arguments.value(0);
    if (const Subcommand *command = find(name))
        return command->run(arguments);
    if (name == QLatin1String("help")) {
        // `help --man` writes the manual page the build installs; `help NAME` is `NAME --help`.
        const QString topic = arguments.value(1);
        if (topic == QLatin1String("--man")) {
            out() << manualPage();
            out().flush();
            return Ok;
        }
        if (const Subcommand *command = find(topic))
            return command->run({topic, QStringLiteral("--help")});
    } else if (!name.startsWith(QLatin1Char('-'))) {
        QStringList names;
        for (const Subcommand &command : subcommands())
            names << QString::fromLatin1(command.usage.name);
        return usage(tr("Unknown subcommand \"%1\"; the subcommands are: %2.")
                         .arg(name, names.join(QStringLiteral(", "))));
    } else if (std::none_of(arguments.begin(), arguments.end(), isHelpOption)) {
        out() << QCoreApplication::applicationName() << QLatin1Char(' ')
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    out() << helpText();
    out().flush();
    return Ok;
}

} // namespace Commands
