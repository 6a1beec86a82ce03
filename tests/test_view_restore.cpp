#include "access/accesscontroller.h"
#include "access/accounts.h"
#include "access/restoredialog.h"
#include "backup/backups.h"
#include "domain/session.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

// Restoring a backup from the window: the dialog refuses what cannot be restored before the
// open database is closed, the restore puts the backup in place and opens it again, a refused
// one leaves the database as it was, and only an account that backs up is offered it.
class TestViewRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogRefusesWhatCannotBeRestored();
    void restoreReplacesTheOpenDatabase();
    void refusedRestoreChangesNothing();
    void onlyAnAccountThatBacksUpRestores();

private:
    // A database file with one unit and `cadres` cadres, signed in as the administrator.
    std::unique_ptr<Database> makeDatabase(const QTemporaryDir &dir, int cadres);
    static qint64 cadreCount(const Database &database);
    static void signInAsAdministrator(MainWindow &window);
};

void TestViewRestore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<Database> TestViewRestore::makeDatabase(const QTemporaryDir &dir, int cadres)
{
    auto database = TestDatabase::onDisk(dir, QStringLiteral("county.db"));
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("清河县水利局"));
    for (int i = 0; i < cadres; ++i)
        TestDatabase::addCadre(*database, QStringLiteral("干部%1").arg(i + 1), unit);
    TestDatabase::signIn(*database, QStringLiteral("admin"));
    return database;
}

qint64 TestViewRestore::cadreCount(const Database &database)
{
    return Sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM cadres"))
        .toLongLong();
}

void TestViewRestore::signInAsAdministrator(MainWindow &window)
{
    window.opener().setSignIn([](Database &database, bool) {
        Accounts(database).signIn(QStringLiteral("admin"), QStringLiteral("demo"));
        return true;
    });
}

void TestViewRestore::dialogRefusesWhatCannotBeRestored()
{
    QTemporaryDir dir;
    const auto database = makeDatabase(dir, 1);
    const QString backup = dir.filePath(QStringLiteral("county.backup"));
    Backups::create(*database, backup, QStringLiteral("长城永固 2026"));
    const QString junk = dir.filePath(QStringLiteral("junk.db"));
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }

    RestoreDialog dialog(*database);
    QPushButton *restore = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const auto refused = [&](const QString &path, const QString &said) {
        dialog.fileField()->setText(QDir::toNativeSeparators(path));
        QTest::mouseClick(restore, Qt::LeftButton);
        const QString message = dialog.messageLabel()->text();
        return dialog.result() != QDialog::Accepted && message.contains(said, Qt::CaseInsensitive)
                   ? QString()
                   : message;
    };
    QCOMPARE(refused(QString(), QStringLiteral("Choose the backup")), QString());
    QCOMPARE(refused(dir.filePath(QStringLiteral("none.db")), QStringLiteral("There is no file")),
             QString());
    QCOMPARE(refused(database->path(), QStringLiteral("open database itself")), QString());
    QCOMPARE(refused(junk, QStringLiteral("not a database backup")), QString());
    QVERIFY(!dialog.passphraseField()->isEnabled());

    // An encrypted backup asks for its passphrase.
    dialog.fileField()->setText(QDir::toNativeSeparators(backup));
    QVERIFY(dialog.passphraseField()->isEnabled());
    QCOMPARE(refused(backup, QStringLiteral("passphrase")), QString());
    QTest::keyClicks(dialog.passphraseField(), QStringLiteral("secret words"));
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.backupPath(), backup);
    QCOMPARE(dialog.passphrase(), QStringLiteral("secret words"));
    QVERIFY(!dialog.otherDatabase());
    // Nothing was touched by the dialog.
    QCOMPARE(cadreCount(*database), 1);
}

void TestViewRestore::restoreReplacesTheOpenDatabase()
{
    QTemporaryDir dir;
    auto database = makeDatabase(dir, 2);
    const QString path = database->path();
    const QString backup = dir.filePath(QStringLiteral("county-1.db"));
    Backups::create(*database, backup);
    TestDatabase::signIn(*database, QStringLiteral("officer"));
    TestDatabase::addCadre(
        *database, QStringLiteral("新人"),
        Sql::scalar(database->connection(), QStringLiteral("SELECT min(id) FROM units"))
            .toLongLong());
    TestDatabase::signIn(*database, QStringLiteral("admin"));
    QCOMPARE(cadreCount(*database), 3);

    MainWindow window;
    signInAsAdministrator(window);
    window.setDatabase(std::move(database));
    QVERIFY(window.access()->restoreAction()->isVisible());
    QCOMPARE(window.restoreBackup(backup, QString(), false), QString());

    QVERIFY(window.database());
    QCOMPARE(QFileInfo(window.database()->path()), QFileInfo(path));
    QCOMPARE(cadreCount(*window.database()), 2);
    // The restore is in the restored trail, and the database as it was is kept beside it.
    QCOMPARE(Sql::scalar(window.database()->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore'"))
                 .toInt(),
             1);
    const QStringList kept
        = QDir(dir.path()).entryList({QStringLiteral("county.db.before-restore*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Restored from")));
}

void TestViewRestore::refusedRestoreChangesNothing()
{
    QTemporaryDir dir;
    auto database = makeDatabase(dir, 2);
    const QString path = database->path();
    const QString backup = dir.filePath(QStringLiteral("county.backup"));
    Backups::create(*database, backup, QStringLiteral("长城永固 2026"));
    TestDatabase::signIn(*database, QStringLiteral("officer"));
    TestDatabase::addCadre(
        *database, QStringLiteral("新人"),
        Sql::scalar(database->connection(), QStringLiteral("SELECT min(id) FROM units"))
            .toLongLong());
    TestDatabase::signIn(*database, QStringLiteral("admin"));

    MainWindow window;
    signInAsAdministrator(window);
    window.setDatabase(std::move(database));
    const QString problem = window.restoreBackup(backup, QStringLiteral("长城永固 2025"), false);
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(QLatin1String("Nothing was changed")), qPrintable(problem));
    QVERIFY(window.database());
    QCOMPARE(QFileInfo(window.database()->path()), QFileInfo(path));
    QCOMPARE(cadreCount(*window.database()), 3);
    QVERIFY(QDir(dir.path())
                .entryList({QStringLiteral("county.db.before-restore*")}, QDir::Files)
                .isEmpty());
}

void TestViewRestore::onlyAnAccountThatBacksUpRestores()
{
    QTemporaryDir dir;
    auto database = makeDatabase(dir, 1);
    const QString backup = dir.filePath(QStringLiteral("county-1.db"));
    Backups::create(*database, backup);
    TestDatabase::signIn(*database, QStringLiteral("officer"));

    MainWindow window;
    window.setDatabase(std::move(database));
    QVERIFY(!window.access()->restoreAction()->isVisible());
    // The models refuse it too, before anything is closed.
    const QString problem = window.restoreBackup(backup, QString(), false);
    QVERIFY(!problem.isEmpty());
    QVERIFY(window.database());
    QCOMPARE(window.database()->session()->accountName, QStringLiteral("officer"));
    QCOMPARE(cadreCount(*window.database()), 1);
}

QTEST_MAIN(TestViewRestore)
#include "test_view_restore.moc"
