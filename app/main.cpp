#include "access/passwordhash.h"
#include "commands/commandline.h"
#include "commands/commands.h"
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

// Qt ends the program (abort) when the window cannot reach a display. Said in one line with the
// way out instead, exit code 2.
void noDisplay(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg
        && (message.contains(QLatin1String("could not connect to display"))
            || message.contains(QLatin1String("could not be initialized"))
            || message.contains(QLatin1String("no Qt platform plugin")))) {
        // The translations are not loaded yet: the language is read from the environment.
        const QByteArray language = qgetenv("LANGUAGE") + qgetenv("LC_ALL") + qgetenv("LANG");
        const QString line
            = language.startsWith("zh")
                  ? QStringLiteral("integrity-dossier：无法打开显示器来显示窗口（%1）。子命令无需"
                                   "显示器即可运行：integrity-dossier --help 列出全部子命令。")
                  : QStringLiteral("integrity-dossier: no display can be opened for the window "
                                   "(%1). The subcommands run without one: integrity-dossier "
                                   "--help lists them.");
        fprintf(stderr, "%s\n",
                qPrintable(line.arg(message.section(QLatin1Char('\n'), 0, 0).trimmed())));
        fflush(stderr);
        std::_Exit(2);
    }
    // The platform plugin's own complaints on the way to that fatal end say the same again.
    if (type != QtFatalMsg && context.category && QByteArray(context.category).startsWith("qt.qpa")
        && !qEnvironmentVariableIsSet("INTEGRITY_DOSSIER_DEBUG"))
        return;
    qInstallMessageHandler(nullptr);
    qt_message_output(type, context, message);
    qInstallMessageHandler(noDisplay);
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
    qInstallMessageHandler(noDisplay);
    QApplication app(argc, argv);
    qInstallMessageHandler(nullptr);
    describeApplication();
    installTranslations();
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/integrity-dossier-48.png"));
    icon.addFile(QStringLiteral(":/icons/integrity-dossier-256.png"));
    QApplication::setWindowIcon(icon);
    return openWindow(QCoreApplication::arguments());
}
