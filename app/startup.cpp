#include "startup.h"

#include "database/recentdatabases.h"
#include "dialogs/settingsdialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <QWindow>

#include <cstdio>

namespace {

// Loads `file` from the first folder that has it; the translator then lives as long as the
// application.
bool installTranslator(const QString &file, const QStringList &folders)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    for (const QString &folder : folders) {
        if (translator->load(file, folder)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
    }
    delete translator;
    return false;
}

QElapsedTimer &startClock()
{
    static QElapsedTimer clock;
    return clock;
}

// Once the window is on the screen and has painted everything it shows, after the database
// opened: the moment a user can type into the search.
void reportWhenUsable(MainWindow &window)
{
    const QByteArray how = qgetenv("INTEGRITY_DOSSIER_START_TIMING");
    if (how.isEmpty())
        return;
    auto *poll = new QTimer(&window);
    poll->setInterval(0);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, how] {
        if (!window.windowHandle() || !window.windowHandle()->isExposed())
            return;
        poll->stop();
        window.repaint();
        std::fprintf(stderr, "usable after %lld ms\n", startClock().elapsed());
        std::fflush(stderr);
        if (how == "quit")
            QTimer::singleShot(0, &window, [&window] {
                // How long closing holds the user up: an automatic backup due now is handed
                // to its thread, not waited for.
                QElapsedTimer closing;
                closing.start();
                window.close();
                std::fprintf(stderr, "closed after %lld ms\n", closing.elapsed());
                std::fflush(stderr);
            });
    });
    poll->start();
}

} // namespace

void startTheClock()
{
    startClock().start();
}

void installTranslations()
{
    const QLocale system = QLocale::system();
    if (!LanguageSetting::usesChinese(LanguageSetting::load(), system)) {
        // English chosen on a Chinese system: dates and numbers in English too.
        if (system.language() == QLocale::Chinese)
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    installTranslator(QStringLiteral("integrity-dossier_zh_CN"), {QStringLiteral(":/i18n")});
    // Qt's own strings (standard buttons, file dialogs): from Qt's translations folder, or from
    // the one deployed with the program on Windows. windeployqt merges Qt's catalogues into
    // qt_zh_CN; a system Qt has qtbase_zh_CN too.
    const QStringList folders
        = {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
           QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations"))};
    if (!installTranslator(QStringLiteral("qt_zh_CN"), folders))
        installTranslator(QStringLiteral("qtbase_zh_CN"), folders);
}

int openWindow(const QStringList &arguments)
{
    // --help and --version never reach here: main() answers them without a window, from the
    // table in commands/ that also makes the manual page.
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("address"));
    const QCommandLineOption demo(QStringLiteral("demo"), QString());
    parser.addOptions({db, server, demo});
    parser.process(arguments);

    MainWindow window;
    window.show();
    if (parser.isSet(db)) {
        // A refused file is explained in a dialog; the start page stays for another choice.
        window.openDatabaseFile(parser.value(db));
    } else if (parser.isSet(server)) {
        // A refused connection is explained in the connection dialog, which asks again.
        window.connectToServer(parser.value(server));
    } else if (parser.isSet(demo)) {
        window.openDemoDatabase();
    } else {
        const QString last = RecentDatabases::last();
        if (!last.isEmpty())
            window.openDatabaseFile(last);
        else if (RecentDatabases::list().isEmpty())
            window.openDemoDatabase();
    }
    reportWhenUsable(window);
    return QApplication::exec();
}
