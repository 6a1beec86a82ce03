#include "startup.h"

#include "mainwindow.h"
#include "storage/database.h"
#include "storage/dataerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("dossier.db"));
}

} // namespace

int openWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("Startup", "The database file."),
                                QStringLiteral("path"));
    parser.addOption(db);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(arguments);
    const QString path = parser.isSet(db) ? parser.value(db) : defaultDatabasePath();
    try {
        auto database = Database::open(path, parser.isSet(db) ? Database::Mode::OpenExisting
                                                              : Database::Mode::CreateOrOpen);
        auto *window = new MainWindow(std::move(database));
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    } catch (const DataError &error) {
        QMessageBox::critical(nullptr, QApplication::translate("Startup", "Integrity Dossier"),
                              error.message());
        return 2;
    }
    return QApplication::exec();
}
