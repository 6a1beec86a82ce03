#include "commands.h"

#include <QRegularExpression>

// The manual page, integrity-dossier(1): the tables --help prints, written in roff. The build
// runs `integrity-dossier help --man` and installs the result, so the page always says what
// the program's --help says.
namespace Commands {

namespace {

// Escapes `text` for roff. A hyphen that starts an option is a minus sign (\-) so that it
// survives copying; hyphens inside words stay hyphens.
QString roff(const char *source)
{
    QString text = QString::fromUtf8(source);
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    static const QRegularExpression optionDash(QStringLiteral("(?<![A-Za-z0-9])-"));
    text.replace(optionDash, QStringLiteral("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

QString entries(const std::vector<UsageEntry> &table, const char *synopsisFont)
{
    QString text;
    for (const UsageEntry &entry : table) {
        text += QStringLiteral(".TP\n\\fB") + roff(entry.name) + QStringLiteral("\\fR");
        if (entry.synopsis[0] != '\0')
            text += QStringLiteral(" \\f") + QLatin1String(synopsisFont) + roff(entry.synopsis)
                    + QStringLiteral("\\fR");
        text += QLatin1Char('\n') + roff(entry.description) + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString manualPage()
{
    QString name = roff(summary());
    name[0] = name.at(0).toLower();
    QString page = QStringLiteral(".TH INTEGRITY\\-DOSSIER 1 \"%1\" \"integrity\\-dossier %2\" "
                                  "\"User Commands\"\n")
                       .arg(QStringLiteral(PROJECT_RELEASE_DATE), QStringLiteral(PROJECT_VERSION));
    page += QStringLiteral(".SH NAME\nintegrity\\-dossier \\- ") + name + QLatin1Char('\n');
    page += QStringLiteral(".SH SYNOPSIS\n");
    for (const char *synopsis : synopses())
        page += QStringLiteral(".B integrity\\-dossier\n") + roff(synopsis)
                + QStringLiteral("\n.br\n");
    page += QStringLiteral(".SH DESCRIPTION\n");
    bool first = true;
    for (const char *paragraph : descriptionParagraphs()) {
        if (!first)
            page += QStringLiteral(".PP\n");
        page += roff(paragraph) + QLatin1Char('\n');
        first = false;
    }
    page += QStringLiteral(".SH OPTIONS\n") + entries(windowOptions(), "I");
    std::vector<UsageEntry> commands;
    for (const Subcommand &command : subcommands())
        commands.push_back(command.usage);
    page += QStringLiteral(".SH SUBCOMMANDS\n") + entries(commands, "R");
    page += QStringLiteral(".SH ENVIRONMENT\n") + entries(environment(), "R");
    page += QStringLiteral(".SH \"EXIT STATUS\"\n") + entries(exitCodes(), "R");
    return page;
}

} // namespace Commands
