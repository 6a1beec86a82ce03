#include "access/passwordhash.h"
#include "commands/commandline.h"
#include "commands/commands.h"
#include "displayguard.h"
#include "startup.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace {

// Headless runs keep stderr for the one-line error message: Qt's own chatter (such as a missing
// runtime folder on a server) is dropped unless asked for.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg
        || qEnvironmentVariableIsSet("INTEGRITY_DOSSIER_DEBUG"))
        fprintf(stderr, "%s\n", qPrintable(message));
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("IntegrityDossier"));
    QCoreApplication::setApplicationName(QStringLiteral("integrity-dossier"));
    // A test build says so wherever the version shows: its password keys are cheap.
    QCoreApplication::setApplicationVersion(
        PasswordHash::lowCostBuild()
            ? QStringLiteral(PROJECT_VERSION " (test build with cheap password keys: not for use)")
            : QStringLiteral(PROJECT_VERSION));
}

#ifdef Q_OS_WIN
// The subcommands write UTF-8; a Chinese console shows GBK unless told otherwise. The console's
// own code page is given back when the program ends, for the programs run after it.
class Utf8Console
{
public:
    Utf8Console()
        : m_previous(GetConsoleOutputCP())
    {
        if (m_previous != 0)
            SetConsoleOutputCP(CP_UTF8);
    }
    ~Utf8Console()
    {
        if (m_previous != 0)
            SetConsoleOutputCP(m_previous);
    }
    Utf8Console(const Utf8Console &) = delete;
    Utf8Console &operator=(const Utf8Console &) = delete;

private:
    UINT m_previous;
};
#endif

} // namespace

int main(int argc, char *argv[])
{
    startTheClock();
    // With a subcommand, or when asked for the help or the version, the program runs headless:
    // no display is needed, but reports still lay out text with fonts, so a GUI application
    // that shows no window is used. A first argument that is not an option names a
    // subcommand; an unknown one gets the usage message and exit code 1 rather than a window.
    QStringList arguments;
    for (int index = 1; index < argc; ++index)
        arguments << QString::fromLocal8Bit(argv[index]);
    const bool headless = Commands::runsHeadless(arguments);
    if (headless) {
#ifdef Q_OS_WIN
        // Windows' own platform plugin always works without showing a window, and it is the
        // one the installer carries.
        const Utf8Console console;
#else
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        qInstallMessageHandler(quietMessages);
        QGuiApplication app(argc, argv);
        describeApplication();
        installTranslations();
        QStringList parsed = QCoreApplication::arguments();
        parsed.removeFirst();
        const int exitCode = Commands::run(parsed);
        CommandLine::out().flush();
        CommandLine::err().flush();
        return exitCode;
    }
    // Without a display Qt's platform plugin would abort inside QApplication's constructor: the
    // user hears why in one line, with the subcommands that need none, and exit code 2.
    describeApplication();
    if (const QString why = DisplayGuard::missingDisplay(); !why.isEmpty())
        DisplayGuard::refuse(why);
    DisplayGuard::install();
    QApplication app(argc, argv);
    DisplayGuard::watchWindows();
    installTranslations();
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/integrity-dossier-48.png"));
    icon.addFile(QStringLiteral(":/icons/integrity-dossier-256.png"));
    QApplication::setWindowIcon(icon);
    return openWindow(QCoreApplication::arguments());
}
