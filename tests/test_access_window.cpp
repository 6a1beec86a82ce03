#include "access/accesscontroller.h"
#include "access/accesserror.h"
#include "access/accounts.h"
#include "access/accountsdialog.h"
#include "access/backupdialog.h"
#include "access/changepassworddialog.h"
#include "access/logindialog.h"
#include "audit/auditviewer.h"
#include "backup/backupcrypto.h"
#include "backup/backups.h"
#include "dashboard/analysiscontroller.h"
#include "directory/directoryfilterbar.h"
#include "directory/directorypanel.h"
#include "domain/session.h"
#include "items/audittrailmodel.h"
#include "items/cadredirectorymodel.h"
#include "mainwindow.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"
#include "window/dossiertabs.h"
#include "window/mainwindowactions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

// The window honours the session: the login dialog before it, no edit actions for a reviewer
// (and the models refuse all the same), the idle lock, the password and account dialogs, and
// the auditor's trail.
class TestAccessWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginDialogSignsInAndRefuses();
    void firstStartCreatesTheAdministrator();
    void reviewerSeesNoEditActions();
    void officerMayEdit();
    void administratorSeesNoDossierFacts();
    void openDossiersBelongToTheAccount();
    void idleLockAsksForThePasswordAgain();
    void changePasswordDialog();
    void accountsDialogForTheAdministrator();
    void auditViewerForTheAuditor();
    void backUpNowForTheAdministrator_data();
    void backUpNowForTheAdministrator();
    void backupDialogRefusesBadInput();

private:
    // Opens the test database in a window, signing in through the login dialog as `account`.
    std::unique_ptr<MainWindow> windowFor(const QString &account);
    static void signInThrough(LoginDialog &dialog, const QString &name, const QString &password);

    QTemporaryDir m_folder;
    QString m_path;
    qint64 m_zhang = 0;
};

void TestAccessWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegrityDossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_access_window"));
    QSettings().clear();
    // Signing in is what these tests are about: no account from the environment.
    qunsetenv("INTEGRITY_DOSSIER_USER");
    qunsetenv("INTEGRITY_DOSSIER_PASSWORD");
    auto database = TestDatabase::onDisk(m_folder, QStringLiteral("county.db"));
    m_path = database->path();
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
    m_zhang = TestDatabase::addCadre(*database, QStringLiteral("张建国"), unit,
                                     QStringLiteral("局长"), true);
}

void TestAccessWindow::signInThrough(LoginDialog &dialog, const QString &name,
                                     const QString &password)
{
    // Return reaches the default button of a dialog on screen.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameField()->clear();
    QTest::keyClicks(dialog.nameField(), name);
    QTest::keyClicks(dialog.passwordField(), password);
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
}

std::unique_ptr<MainWindow> TestAccessWindow::windowFor(const QString &account)
{
    auto window = std::make_unique<MainWindow>();
    window->opener().setSignIn([account](Database &database, bool) {
        LoginDialog dialog(database);
        signInThrough(dialog, account, QStringLiteral("demo"));
        return dialog.result() == QDialog::Accepted;
    });
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openDatabaseFile(m_path))
        return nullptr;
    return window;
}

void TestAccessWindow::loginDialogSignsInAndRefuses()
{
    auto database = Database::open(m_path);
    LoginDialog dialog(*database);
    QVERIFY(!dialog.isFirstStart());
    signInThrough(dialog, QStringLiteral("officer"), QStringLiteral("wrong"));
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!database->session());
    QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("wrong")));
    QVERIFY(dialog.passwordField()->text().isEmpty());
    signInThrough(dialog, QStringLiteral("officer"), QStringLiteral("demo"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(database->session()->accountName, QStringLiteral("officer"));
}

void TestAccessWindow::firstStartCreatesTheAdministrator()
{
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir, QStringLiteral("new.db"), QString());
    LoginDialog dialog(*database);
    QVERIFY(dialog.isFirstStart());
    QVERIFY(dialog.repeatField());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("a long secret"));
    QTest::keyClicks(dialog.repeatField(), QStringLiteral("a long secreT"));
    QTest::keyClick(dialog.repeatField(), Qt::Key_Return);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(Accounts(*database).isEmpty());
    dialog.repeatField()->clear();
    QTest::keyClicks(dialog.repeatField(), QStringLiteral("a long secret"));
    QTest::keyClick(dialog.repeatField(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(database->session()->role, Role::Administrator);
}

void TestAccessWindow::reviewerSeesNoEditActions()
{
    auto window = windowFor(QStringLiteral("reviewer"));
    QVERIFY(window);
    QCOMPARE(window->database()->session()->accountName, QStringLiteral("reviewer"));
    MainWindowActions *actions = window->actions();
    QVERIFY(!actions->newItem->isEnabled());
    QVERIFY(window->openDossier(m_zhang));
    QVERIFY(!actions->newItem->isEnabled());
    QVERIFY(!actions->editRecord->isEnabled());
    QVERIFY(!actions->deleteRecord->isEnabled());
    QVERIFY(!window->access()->accountsAction()->isVisible());
    QVERIFY(!window->access()->auditAction()->isVisible());
    // Nor in the dossier: no button that would change it.
    auto *dossier = window->tabs()->currentWidget();
    QVERIFY(dossier);
    for (const char *name : {"editCadreButton", "newButton", "editButton", "deleteButton",
                             "nextStepButton", "addFileButton"})
        for (QPushButton *button : dossier->findChildren<QPushButton *>(QLatin1String(name)))
            QVERIFY2(button->isHidden(), name);
    QVERIFY(!dossier->findChildren<QPushButton *>(QStringLiteral("newButton")).isEmpty());
    // Not only hidden: the models refuse a write from this window's database.
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             RecordRepository(*window->database())
                                 .update(QStringLiteral("cadres"), m_zhang,
                                         {{QStringLiteral("position"), QStringLiteral("县长")}}));
}

void TestAccessWindow::officerMayEdit()
{
    auto window = windowFor(QStringLiteral("officer"));
    QVERIFY(window);
    QVERIFY(window->actions()->newItem->isEnabled());
    QVERIFY(window->openDossier(m_zhang));
    QVERIFY(window->actions()->editRecord->isEnabled());
    for (QPushButton *button :
         window->tabs()->currentWidget()->findChildren<QPushButton *>(QStringLiteral("newButton")))
        QVERIFY(!button->isHidden());
    QVERIFY(!window->access()->auditAction()->isVisible());
}

void TestAccessWindow::administratorSeesNoDossierFacts()
{
    // Scenario 12: the directory by name only — no quick filters, no badges, no clue or case
    // counts, no alerts or dashboard — and no dossier opens.
    auto window = windowFor(QStringLiteral("admin"));
    QVERIFY(window);
    DirectoryPanel *directory = window->directoryPanel();
    QVERIFY(directory->model());
    QVERIFY(!directory->model()->showsFacts());
    QCOMPARE(directory->model()->rowCount(), 1);
    const QModelIndex status = directory->model()->index(0, CadreDirectoryModel::StatusColumn);
    QVERIFY(directory->model()->data(status, CadreDirectoryModel::BadgesRole).toList().isEmpty());
    for (QToolButton *button : directory->filterBar()->findChildren<QToolButton *>())
        QVERIFY2(!button->isVisible() || !button->isCheckable(), qPrintable(button->text()));
    QVERIFY(!window->countsLabel()->text().contains(QStringLiteral("Clues")));
    QVERIFY(!window->analysis()->alertsDock()->isVisible());
    QVERIFY(!window->analysis()->alertsDock()->toggleViewAction()->isEnabled());
    // Opening the dossier is refused, with a message.
    QString refusal;
    QTimer::singleShot(100, [&refusal] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            refusal = box->text();
            box->reject();
        }
    });
    QVERIFY(!window->openDossier(m_zhang));
    QVERIFY2(!refusal.isEmpty(), "no refusal shown");
    QVERIFY(window->tabs()->openCadreIds().isEmpty());
    window->setDatabase(nullptr); // one window at a time holds the file

    auto officer = windowFor(QStringLiteral("officer"));
    QVERIFY(officer);
    QVERIFY(officer->directoryPanel()->model()->showsFacts());
    QVERIFY(officer->countsLabel()->text().contains(QStringLiteral("Clues")));
    officer->setDatabase(nullptr);
}

void TestAccessWindow::openDossiersBelongToTheAccount()
{
    {
        auto officer = windowFor(QStringLiteral("officer"));
        QVERIFY(officer && officer->openDossier(m_zhang));
        officer->setDatabase(nullptr);
    }
    {
        // The next account on this PC does not get the officer's tabs.
        auto reviewer = windowFor(QStringLiteral("reviewer"));
        QVERIFY(reviewer);
        QVERIFY(reviewer->tabs()->openCadreIds().isEmpty());
        reviewer->setDatabase(nullptr);
    }
    auto again = windowFor(QStringLiteral("officer"));
    QVERIFY(again);
    QCOMPARE(again->tabs()->openCadreIds(), QList<qint64>{m_zhang});
    again->setDatabase(nullptr);
}

void TestAccessWindow::idleLockAsksForThePasswordAgain()
{
    auto window = windowFor(QStringLiteral("officer"));
    QVERIFY(window);
    QStringList seen;
    bool hiddenWhileLocked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        hiddenWhileLocked = !window->centralWidget()->isVisible();
        QVERIFY(dialog->nameField()->isReadOnly());
        QTest::keyClicks(dialog->passwordField(), QStringLiteral("wrong"));
        QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
        seen << dialog->messageLabel()->text();
        QTest::keyClicks(dialog->passwordField(), QStringLiteral("demo"));
        QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    });
    QVERIFY(window->access()->lock());
    QVERIFY(hiddenWhileLocked);
    QVERIFY(window->centralWidget()->isVisible());
    QCOMPARE(seen.size(), 1);
    QVERIFY(window->database());
    // Giving up closes the database.
    QTimer::singleShot(0, this, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QVERIFY(!window->access()->lock());
    QVERIFY(!window->database());
}

void TestAccessWindow::changePasswordDialog()
{
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir, QStringLiteral("own.db"), QStringLiteral("reviewer"));
    ChangePasswordDialog dialog(*database);
    QTest::keyClicks(dialog.currentField(), QStringLiteral("demo"));
    QTest::keyClicks(dialog.newField(), QStringLiteral("a new secret"));
    QTest::keyClicks(dialog.repeatField(), QStringLiteral("a new secreT"));
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    dialog.repeatField()->clear();
    QTest::keyClicks(dialog.repeatField(), QStringLiteral("a new secret"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    Accounts(*database).signIn(QStringLiteral("reviewer"), QStringLiteral("a new secret"));
}

void TestAccessWindow::accountsDialogForTheAdministrator()
{
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir, QStringLiteral("own.db"), QStringLiteral("admin"));
    AccountsDialog dialog(*database);
    QCOMPARE(dialog.table()->rowCount(), 5);
    QStringList names;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        names << dialog.table()->item(row, 0)->text();
    QCOMPARE(names, (QStringList{"admin", "auditor", "officer", "reviewer", "security"}));
    // A reviewer's window offers no account administration, and the model refuses the list.
    TestDatabase::signIn(*database, QStringLiteral("reviewer"));
    AccountsDialog refused(*database);
    QCOMPARE(refused.table()->rowCount(), 0);
}

void TestAccessWindow::auditViewerForTheAuditor()
{
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir, QStringLiteral("own.db"), QStringLiteral("officer"));
    TestDatabase::addUnit(*database, QStringLiteral("城关镇"), QStringLiteral("township"));
    Accounts(*database).signIn(QStringLiteral("auditor"), QStringLiteral("demo"));
    AuditViewer viewer(*database);
    QAbstractItemModelTester tester(viewer.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(viewer.model()->rowCount() >= 8); // accounts, two sign-ins, a unit
    QVERIFY2(viewer.chainLabel()->text().contains(QLatin1String("intact")),
             qPrintable(viewer.chainLabel()->text()));
    viewer.actionField()->setCurrentIndex(viewer.actionField()->findData(QStringLiteral("login")));
    QVERIFY(viewer.applyFilter());
    QCOMPARE(viewer.model()->rowCount(), 2);
    QCOMPARE(viewer.model()->index(0, AuditTrailModel::UserColumn).data().toString(),
             QStringLiteral("auditor"));
    viewer.userField()->setText(QStringLiteral("officer"));
    QVERIFY(viewer.applyFilter());
    QCOMPARE(viewer.model()->rowCount(), 1);
    const QString out = dir.filePath(QStringLiteral("trail.csv"));
    viewer.exportTrail(out);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String(",\"officer\",\"login\"")));
    QVERIFY(text.contains(QLatin1String("# chain: intact")));
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'audit.export'"))
                 .toInt(),
             1);
    // The auditor seals the trail from the viewer: in the database and in the seal file.
    QVERIFY(viewer.applyFilter());
    QVERIFY2(viewer.chainLabel()->text().contains(QLatin1String("not been sealed")),
             qPrintable(viewer.chainLabel()->text()));
    QTest::mouseClick(viewer.sealButton(), Qt::LeftButton);
    QVERIFY2(viewer.chainLabel()->text().contains(QLatin1String("1 seal(s) checked")),
             qPrintable(viewer.chainLabel()->text()));
    QVERIFY(QFile::exists(database->path() + QStringLiteral(".seals")));
    // The five accounts made at the start wait for the auditor; acknowledged, none wait.
    QVERIFY2(viewer.accountChangesLabel()->text().startsWith(
                 QLatin1String("5 account change(s) wait for your acknowledgement")),
             qPrintable(viewer.accountChangesLabel()->text()));
    QVERIFY(viewer.acknowledgeButton()->isEnabled());
    QTest::mouseClick(viewer.acknowledgeButton(), Qt::LeftButton);
    QVERIFY2(viewer.accountChangesLabel()->text().startsWith(QLatin1String("No account change")),
             qPrintable(viewer.accountChangesLabel()->text()));
    QVERIFY(!viewer.acknowledgeButton()->isEnabled());
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'account.acknowledge'"))
                 .toInt(),
             1);
    // The trail is the auditor's alone.
    TestDatabase::signIn(*database, QStringLiteral("officer"));
    AuditViewer refused(*database);
    QCOMPARE(refused.model()->rowCount(), 0);
    QVERIFY(refused.chainLabel()->text().contains(QLatin1String("may not")));
}

// Only the administrator is offered "Back Up Now…"; the other roles may not back up.
void TestAccessWindow::backUpNowForTheAdministrator_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("offered");
    QTest::newRow("administrator") << QStringLiteral("admin") << true;
    QTest::newRow("security") << QStringLiteral("security") << false;
    QTest::newRow("auditor") << QStringLiteral("auditor") << false;
    QTest::newRow("officer") << QStringLiteral("officer") << false;
    QTest::newRow("reviewer") << QStringLiteral("reviewer") << false;
}

void TestAccessWindow::backUpNowForTheAdministrator()
{
    QFETCH(QString, account);
    QFETCH(bool, offered);
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir, QStringLiteral("office.db"), account);
    QMainWindow window;
    AccessController controller(&window);
    controller.setDatabase(database.get());
    QCOMPARE(controller.backupAction()->isVisible(), offered);
    controller.setDatabase(nullptr);
    if (!offered)
        return;

    // An encrypted copy that opens with its passphrase and passes the checks.
    BackupDialog dialog(*database);
    const QString target = dir.filePath(QStringLiteral("copy.db"));
    dialog.fileField()->setText(target);
    QTest::mouseClick(dialog.encryptBox(), Qt::LeftButton, {},
                      QPoint(4, dialog.encryptBox()->height() / 2));
    QVERIFY(dialog.encryptBox()->isChecked());
    QTest::keyClicks(dialog.passphraseField(), QStringLiteral("county-backup-2026"));
    QTest::keyClicks(dialog.repeatField(), QStringLiteral("county-backup-2026"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.madeFile(), target);
    QVERIFY(BackupCrypto::isEncrypted(target));
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    BackupCrypto::decryptFile(target, plain, QStringLiteral("county-backup-2026"));
    Backups::verify(plain);
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'"))
                 .toInt(),
             1);
}

// A short or mistyped passphrase and an existing file are refused with a message; nothing is
// written and nothing is audited.
void TestAccessWindow::backupDialogRefusesBadInput()
{
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir, QStringLiteral("office.db"), QStringLiteral("admin"));
    const QString existing = dir.filePath(QStringLiteral("existing.db"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kept as it is");
    }
    const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
    struct Attempt
    {
        QString file;
        bool encrypt;
        QString passphrase;
        QString repeat;
        QString message;
    };
    const QVector<Attempt> attempts{
        {QString(), false, {}, {}, QStringLiteral("Name the file")},
        {existing, false, {}, {}, QStringLiteral("exists already")},
        {fresh, true, QStringLiteral("short"), QStringLiteral("short"),
         QStringLiteral("at least 8")},
        {fresh, true, QStringLiteral("passphrase-1"), QStringLiteral("passphrase-2"),
         QStringLiteral("differ")},
    };
    for (const Attempt &attempt : attempts) {
        BackupDialog dialog(*database);
        dialog.fileField()->setText(attempt.file);
        dialog.encryptBox()->setChecked(attempt.encrypt);
        dialog.passphraseField()->setText(attempt.passphrase);
        dialog.repeatField()->setText(attempt.repeat);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.messageLabel()->text().contains(attempt.message),
                 qPrintable(dialog.messageLabel()->text()));
    }
    QVERIFY(!QFileInfo::exists(fresh));
    QFile kept(existing);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("kept as it is"));
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'"))
                 .toInt(),
             0);
}

QTEST_MAIN(TestAccessWindow)
#include "test_access_window.moc"
