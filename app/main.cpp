#include "commands/commands.h"
#include "startup.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <cstdio>

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
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // With a subcommand the program runs headless: no display is needed, but reports still
    // lay out text with fonts, so a GUI application on the offscreen platform is used.
    // A first argument that is not an option names a subcommand; an unknown one gets the usage
    // message and exit code 1 rather than a window.
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool headless
        = argc > 1 && (Commands::isSubcommand(first) || !first.startsWith(QLatin1Char('-')));
    if (headless) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietMessages);
        QGuiApplication app(argc, argv);
        describeApplication();
        installTranslations();
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeFirst();
        return Commands::run(arguments);
    }
    QApplication app(argc, argv);
    describeApplication();
    installTranslations();
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/integrity-dossier-48.png"));
    icon.addFile(QStringLiteral(":/icons/integrity-dossier-256.png"));
    QApplication::setWindowIcon(icon);
    return openWindow(QCoreApplication::arguments());
}
