#include "access/access.h"
#include "access/accounts.h"
#include "backup/backups.h"
#include "commands/recordcommands.h"
#include "database/recentdatabases.h"
#include "database/serverconnectdialog.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/recordform.h"
#include "domain/dataerror.h"
#include "domain/role.h"
#include "domain/session.h"
#include "dossier/dossierheader.h"
#include "dossier/dossierwidget.h"
#include "dossier/recordeditor.h"
#include "dossier/recordsection.h"
#include "dossier/sectionpage.h"
#include "items/recordlistmodel.h"
#include "mainwindow.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/sql.h"
#include "testdatabase.h"
#include "window/dossiertabs.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

// The window on the commission's server: two programs, in two accounts, with the same dossier
// open. One's save appears in the other's dossier with who made it, a save over a colleague's
// newer change is refused with both versions side by side, File → Connect to Server… says why a
// connection fails, and the program's own backups say what to do on a server instead.
class TestViewServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void oneWindowsSaveAppearsInTheOthersDossier();
    void aConflictingSaveShowsBothVersionsAndSavesMineOnRequest();
    void aConflictingSaveCanBeDropped();
    void aSaveOverADeletedRecordIsRefused();
    void theConnectDialogSaysWhyAConnectionFails();
    void aColleagueConnectsWithTheirOwnAccount();
    void theServerIsRememberedWithoutItsPassword();
    void backupsAreTheServersAdministrators();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &account);
    QString storedSummary() const;
    // The officer opens the talk's form; 王敏 then changes the talk in her window (`hers`), or
    // deletes it when `hers` is empty; then he writes a summary of his own in the form.
    RecordForm *formOvertaken(MainWindow &officer, MainWindow &wang, RecordEditor &editor,
                              const QVariantMap &hers);
    // Answers the conflict dialog the next save shows: checks it, then presses `button`.
    void answerConflict(const std::function<QPushButton *(ConflictDialog *)> &button);

    ServerAddress m_address;
    std::unique_ptr<Database> m_setup;
    qint64 m_cadre = 0;
    qint64 m_talk = 0;
    // What the conflict dialog showed.
    QStringList m_conflictRows;
    QString m_conflictHeading;
};

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Whether any cell of `model` shows `wanted`.
bool shows(const QAbstractItemModel *model, const QString &wanted)
{
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->index(row, column).data().toString().contains(wanted))
                return true;
    return false;
}

const QAbstractItemModel *talksOf(DossierWidget *dossier)
{
    dossier->showSection(DossierWidget::Section::Talks);
    auto *page = qobject_cast<SectionPage *>(dossier->page(DossierWidget::Section::Talks));
    return page && !page->sections().isEmpty() ? page->sections().first()->model() : nullptr;
}

} // namespace

void TestViewServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestViewServer::init()
{
    m_address = TestDatabase::newServerDatabase();
    m_setup = Database::openServer(m_address, Database::Mode::CreateOrOpen);
    TestDatabase::signIn(*m_setup, QStringLiteral("admin"));
    // A second case officer, 王敏, beside the demo's officer.
    const QString first = QStringLiteral("first password 1");
    const qint64 wang = Accounts(*m_setup).create(QStringLiteral("wangmin"), first);
    Accounts(*m_setup).setProfile(wang, text("王敏"), text("案件监督管理室"));
    TestDatabase::signIn(*m_setup, QStringLiteral("security"));
    Accounts(*m_setup).setRole(wang, Role::CaseOfficer);
    Accounts(*m_setup).signIn(QStringLiteral("wangmin"), first);
    Accounts(*m_setup).changePassword(first, QStringLiteral("wangmin password"));
    TestDatabase::signIn(*m_setup, QStringLiteral("officer"));
    const qint64 unit = TestDatabase::addUnit(*m_setup, text("县水利局"));
    m_cadre = TestDatabase::addCadre(*m_setup, text("李明"), unit, text("局长"), true);
    m_talk = RecordRepository(*m_setup).create(
        QStringLiteral("talks"),
        {{QStringLiteral("cadre_id"), m_cadre},
         {QStringLiteral("kind"), QStringLiteral("reminder")},
         {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
         {QStringLiteral("talk_date"), QStringLiteral("2026-03-02")},
         {QStringLiteral("reason"), text("初次提醒")},
         {QStringLiteral("summary"), text("初稿")}});
}

void TestViewServer::cleanup()
{
    m_setup.reset();
    m_conflictRows.clear();
    m_conflictHeading.clear();
}

std::unique_ptr<MainWindow> TestViewServer::openWindow(const QString &account)
{
    auto window = std::make_unique<MainWindow>();
    window->opener().setSignIn([account](Database &database, bool) {
        Accounts(database).signIn(account, account == QLatin1String("wangmin")
                                               ? QStringLiteral("wangmin password")
                                               : QStringLiteral("demo"));
        return true;
    });
    // No dialog may wait for a click: a message or the connection dialog fails the test.
    window->opener().setPrompts(
        {[](const QString &message) { qWarning("%s", qPrintable(message)); },
         [](const QString &) { return false; },
         [](ServerConnectDialog &dialog) -> bool {
             qWarning("connection dialog: %s", qPrintable(dialog.messageLabel()->text()));
             return false;
         }});
    window->show();
    // Over the server's own socket, as a server on this computer: no password asked.
    if (!window->connectToServer(m_address.display()))
        return nullptr;
    return window;
}

QString TestViewServer::storedSummary() const
{
    return RecordRepository(*m_setup)
        .load(QStringLiteral("talks"), m_talk)
        .value(QStringLiteral("summary"))
        .toString();
}

void TestViewServer::oneWindowsSaveAppearsInTheOthersDossier()
{
    auto officer = openWindow(QStringLiteral("officer"));
    auto wang = openWindow(QStringLiteral("wangmin"));
    QVERIFY(officer && wang);
    QVERIFY(officer->database()->isServer());
    QVERIFY(officer->openDossier(m_cadre));
    QVERIFY(wang->openDossier(m_cadre));
    DossierWidget *seen = officer->tabs()->dossier(m_cadre);
    QVERIFY(seen);
    QVERIFY(shows(talksOf(seen), text("初次提醒")));
    QVERIFY(seen->header()->recentChangesText().isEmpty());

    // 王敏 saves in her window, as her form would.
    RecordCommands::update(wang->undoStack(), *wang->database(), QStringLiteral("talks"), m_talk,
                           {{QStringLiteral("reason"), text("王敏补充的谈话原因")}});

    // The officer's open dossier reads it, and says who changed what.
    QTRY_VERIFY_WITH_TIMEOUT(shows(talksOf(seen), text("王敏补充的谈话原因")), 10000);
    QTRY_VERIFY(seen->header()->recentChangesText().contains(text("王敏")));
    QVERIFY2(seen->header()->recentChangesText().contains(QLatin1String("Talk")),
             qPrintable(seen->header()->recentChangesText()));
    // Her own window does not name her: her own change is no colleague's. It names the
    // officer, who made the talk a moment ago.
    QTest::qWait(400);
    const QString hers = wang->tabs()->dossier(m_cadre)->header()->recentChangesText();
    QVERIFY2(!hers.contains(text("王敏")) && hers.contains(QLatin1String("officer")),
             qPrintable(hers));

    // A new record and a deleted cadre travel the same way: the deleted cadre's tab closes.
    RecordCommands::remove(wang->undoStack(), *wang->database(), QStringLiteral("cadres"), m_cadre);
    QTRY_VERIFY_WITH_TIMEOUT(!officer->tabs()->dossier(m_cadre), 10000);
}

void TestViewServer::answerConflict(const std::function<QPushButton *(ConflictDialog *)> &button)
{
    QTimer::singleShot(0, this, [this, button] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTableWidget *table = dialog->table();
        m_conflictHeading = table->horizontalHeaderItem(2)->text();
        for (int row = 0; row < table->rowCount(); ++row)
            m_conflictRows << QStringLiteral("%1 | %2 | %3")
                                  .arg(table->item(row, 0)->text(), table->item(row, 1)->text(),
                                       table->item(row, 2)->text());
        button(dialog)->click();
    });
}

RecordForm *TestViewServer::formOvertaken(MainWindow &officer, MainWindow &wang,
                                          RecordEditor &editor, const QVariantMap &hers)
{
    RecordForm *form = editor.openEdit(&officer, QStringLiteral("talks"), m_talk);
    if (!form)
        return nullptr;
    if (hers.isEmpty())
        RecordCommands::remove(wang.undoStack(), *wang.database(), QStringLiteral("talks"), m_talk);
    else
        RecordCommands::update(wang.undoStack(), *wang.database(), QStringLiteral("talks"), m_talk,
                               hers);
    auto *summary = form->findChild<QWidget *>(QStringLiteral("summary"));
    if (!summary)
        return nullptr;
    QMetaObject::invokeMethod(summary, "setPlainText", Q_ARG(QString, text("主任的版本")));
    return form;
}

void TestViewServer::aConflictingSaveShowsBothVersionsAndSavesMineOnRequest()
{
    auto officer = openWindow(QStringLiteral("officer"));
    auto wang = openWindow(QStringLiteral("wangmin"));
    QVERIFY(officer && wang);
    // She changes the date and the summary while his form is open.
    RecordEditor editor(*officer->database(), m_cadre, officer->undoStack());
    RecordForm *form = formOvertaken(*officer, *wang, editor,
                                     {{QStringLiteral("summary"), text("王敏的版本")},
                                      {QStringLiteral("talk_date"), QStringLiteral("2026-03-03")}});
    QVERIFY(form);
    answerConflict([](ConflictDialog *dialog) { return dialog->saveMineButton(); });
    form->accept();

    // Both versions were shown side by side, with who saved the other.
    QVERIFY2(m_conflictHeading.contains(text("王敏")), qPrintable(m_conflictHeading));
    const QString rows = m_conflictRows.join(QLatin1Char('\n'));
    QVERIFY2(rows.contains(text("主任的版本 | 王敏的版本")), qPrintable(rows));
    // Her date shows too, though he left it alone.
    QVERIFY2(rows.contains(QLatin1String("2026")) && rows.contains(QLatin1String("03")),
             qPrintable(rows));
    // His summary went over hers, her date stays: nothing of hers he did not touch is lost.
    QCOMPARE(storedSummary(), text("主任的版本"));
    QCOMPARE(RecordRepository(*m_setup)
                 .load(QStringLiteral("talks"), m_talk)
                 .value(QStringLiteral("talk_date"))
                 .toString(),
             QStringLiteral("2026-03-03"));
}

void TestViewServer::aConflictingSaveCanBeDropped()
{
    auto officer = openWindow(QStringLiteral("officer"));
    auto wang = openWindow(QStringLiteral("wangmin"));
    QVERIFY(officer && wang);
    RecordEditor editor(*officer->database(), m_cadre, officer->undoStack());
    RecordForm *form
        = formOvertaken(*officer, *wang, editor, {{QStringLiteral("summary"), text("王敏的版本")}});
    QVERIFY(form);
    const int undoSteps = officer->undoStack()->count();
    answerConflict([](ConflictDialog *dialog) { return dialog->takeTheirsButton(); });
    form->accept();
    QCOMPARE(storedSummary(), text("王敏的版本"));
    QCOMPARE(officer->undoStack()->count(), undoSteps);
    QVERIFY(m_conflictRows.join(QLatin1Char('\n')).contains(text("主任的版本 | 王敏的版本")));
}

void TestViewServer::aSaveOverADeletedRecordIsRefused()
{
    auto officer = openWindow(QStringLiteral("officer"));
    auto wang = openWindow(QStringLiteral("wangmin"));
    QVERIFY(officer && wang);
    RecordEditor editor(*officer->database(), m_cadre, officer->undoStack());
    RecordForm *form = formOvertaken(*officer, *wang, editor, {}); // she deletes it
    QVERIFY(form);
    // Saving over a deletion is not offered: undo, or a new record, brings it back.
    answerConflict([](ConflictDialog *dialog) {
        if (dialog->saveMineButton()->isVisible())
            qWarning("a deleted record offered to be saved over");
        return dialog->backButton();
    });
    form->accept();
    QVERIFY(form->isVisible());
    QVERIFY2(form->errorText().contains(text("王敏"))
                 || form->errorText().contains(QLatin1String("wangmin")),
             qPrintable(form->errorText()));
    QVERIFY(RecordRepository(*m_setup).load(QStringLiteral("talks"), m_talk).isEmpty());
    form->close();
}

void TestViewServer::theConnectDialogSaysWhyAConnectionFails()
{
    ServerConnectDialog dialog;
    dialog.setAddress(m_address.withDatabase(QStringLiteral("no_such_database")));
    QCOMPARE(dialog.databaseField()->text(), QStringLiteral("no_such_database"));
    dialog.accept();
    QVERIFY(!dialog.takeDatabase());
    QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("no_such_database")),
             qPrintable(dialog.messageLabel()->text()));

    // Over the network the server asks for a password, and refuses a wrong one.
    dialog.serverField()->setText(QStringLiteral("127.0.0.1"));
    dialog.databaseField()->setText(m_address.database());
    dialog.accountField()->setText(QStringLiteral("postgres"));
    dialog.passwordField()->setText(QStringLiteral("not the password"));
    QCOMPARE(dialog.address().sslMode(), QStringLiteral("verify-full"));
    // The test server speaks no TLS: a checked connection is refused, saying so.
    dialog.accept();
    QVERIFY(!dialog.takeDatabase());
    QVERIFY(!dialog.messageLabel()->text().isEmpty());
    QVERIFY(!dialog.messageLabel()->text().contains(QLatin1String("not the password")));

    // Empty fields are named, not sent.
    dialog.serverField()->clear();
    dialog.accept();
    QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("server")));

    // The right place connects.
    dialog.setAddress(m_address);
    dialog.accept();
    auto database = dialog.takeDatabase();
    QVERIFY(database);
    QVERIFY(database->isServer());
    QCOMPARE(database->server()->database(), m_address.database());
}

void TestViewServer::aColleagueConnectsWithTheirOwnAccount()
{
    // A database set up under its own name, whose accounts' server roles are NAME@DATABASE.
    const ServerAddress fresh = TestDatabase::newServerDatabase(true);
    {
        auto setup = Database::openServer(fresh, Database::Mode::CreateOrOpen);
        TestDatabase::addDemoAccounts(*setup);
        TestDatabase::signIn(*setup, QStringLiteral("admin"));
        const QString first = QStringLiteral("first password 1");
        const qint64 wang = Accounts(*setup).create(QStringLiteral("wangmin"), first);
        TestDatabase::signIn(*setup, QStringLiteral("security"));
        Accounts(*setup).setRole(wang, Role::CaseOfficer);
        Accounts(*setup).signIn(QStringLiteral("wangmin"), first);
        Accounts(*setup).changePassword(first, QStringLiteral("wangmin password"));
    }
    // Over the network, as from a colleague's PC: the account's name and its password. The
    // server checks the password of the account's own role, and that is the sign-in.
    ServerConnectDialog dialog;
    dialog.setAddress(ServerAddress::parse(QStringLiteral("postgresql://127.0.0.1:%1/%2?sslmode="
                                                          "disable")
                                               .arg(fresh.port())
                                               .arg(fresh.database())));
    dialog.accountField()->setText(QStringLiteral("wangmin"));
    dialog.passwordField()->setText(QStringLiteral("not the password"));
    dialog.accept();
    QVERIFY(!dialog.takeDatabase());
    QVERIFY(!dialog.messageLabel()->text().isEmpty());
    dialog.passwordField()->setText(QStringLiteral("wangmin password"));
    dialog.accept();
    auto database = dialog.takeDatabase();
    QVERIFY2(database, qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(database->serverAccount(), QStringLiteral("wangmin"));
    QCOMPARE(database->server()->user(), QStringLiteral("wangmin@") + fresh.database());
    QVERIFY(database->session());
    QCOMPARE(database->session()->accountName, QStringLiteral("wangmin"));
    // It reads dossiers, through the server's rules for its role.
    QVERIFY(Access::visibility(*database).facts);
}

void TestViewServer::theServerIsRememberedWithoutItsPassword()
{
    auto officer = openWindow(QStringLiteral("officer"));
    QVERIFY(officer);
    const QString remembered = RecentDatabases::last();
    QVERIFY(ServerAddress::looksLikeOne(remembered));
    QCOMPARE(ServerAddress::parse(remembered).database(), m_address.database());
    QCOMPARE(RecentDatabases::lastServer(), remembered);
    QVERIFY(ServerAddress::parse(remembered).password().isEmpty());
    QVERIFY(RecentDatabases::shownName(remembered).contains(m_address.database()));
    QVERIFY(officer->windowTitle().contains(m_address.database()));
    QVERIFY(!officer->windowTitle().contains(QLatin1String("postgresql://")));

    // Opening it again from the recent list connects to the server, not to a file of that name.
    officer->setDatabase(nullptr);
    QVERIFY(officer->openDatabaseFile(remembered));
    QVERIFY(officer->database()->isServer());
}

void TestViewServer::backupsAreTheServersAdministrators()
{
    TestDatabase::signIn(*m_setup, QStringLiteral("admin"));
    QTemporaryDir dir;
    try {
        Backups::create(*m_setup, dir.filePath(QStringLiteral("copy.db")));
        QFAIL("a server database was backed up as a file");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QLatin1String("pg_dump")), qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("copy.db"))));

    // The command line says the same, before it opens anything.
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("backup"), QStringLiteral("--db"), m_address.display(),
                      QStringLiteral("--to"), dir.filePath(QStringLiteral("copy.db"))},
          QStringList{QStringLiteral("restore"), QStringLiteral("--db"), m_address.display(),
                      QStringLiteral("--from"), dir.filePath(QStringLiteral("copy.db"))}}) {
        QProcess program;
        program.start(qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE"), arguments);
        QVERIFY(program.waitForFinished(60000));
        QCOMPARE(program.exitCode(), 2);
        const QString err = QString::fromUtf8(program.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("pg_dump"))
                     || err.contains(QLatin1String("pg_restore")),
                 qPrintable(err));
        QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0);
    }
}

QTEST_MAIN(TestViewServer)
#include "test_view_server.moc"
