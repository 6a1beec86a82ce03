#include "access/accesscontroller.h"
#include "access/accountsdialog.h"
#include "access/changepassworddialog.h"
#include "access/logindialog.h"
#include "dialogs/commissionsettingsform.h"
#include "dialogs/settingsdialog.h"
#include "directory/directoryfilterbar.h"
#include "directory/directorypanel.h"
#include "directory/unittreedialog.h"
#include "directory/unittreepanel.h"
#include "domain/role.h"
#include "domain/session.h"
#include "import/spreadsheetimportdialog.h"
#include "items/cadredirectorymodel.h"
#include "items/unittreemodel.h"
#include "madeuproster.h"
#include "mainwindow.h"
#include "reports/reportlanguage.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "window/dossiertabs.h"
#include "window/firststeps.h"
#include "window/mainwindowactions.h"
#include "window/startpage.h"
#include "windowsteps.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

#include <functional>

namespace {

struct Account
{
    QString name;
    QString firstPassword; // the administrator's, changed at the first sign-in
    QString ownPassword;
    QString person;
    QString post;
    Role role;
};

using MadeUpRoster::Cadre;

// The administrator makes the others' accounts, with a first password each.
const Account kAdministrator = {
    QStringLiteral("admin"), {}, QStringLiteral("qinghe-admin-2024"), {}, {}, Role::Administrator,
};
const Account kOfficer = {
    QStringLiteral("wangfang"),           QStringLiteral("first-wangfang"),
    QStringLiteral("wangfang-own-1"),     QStringLiteral("王芳"),
    QStringLiteral("党风政风监督室主任"), Role::CaseOfficer,
};
const Account kSecurity = {
    QStringLiteral("liming"), QStringLiteral("first-liming"), QStringLiteral("liming-own-1"),
    QStringLiteral("李明"),   QStringLiteral("办公室副主任"), Role::SecurityOfficer,
};
const Account kAuditor = {
    QStringLiteral("zhaoli"), QStringLiteral("first-zhaoli"),       QStringLiteral("zhaoli-own-1"),
    QStringLiteral("赵丽"),   QStringLiteral("案件监督管理室干部"), Role::Auditor,
};

} // namespace

// A new county commission's first day, through the window alone: the administrator creates the
// database and signs in, names the commission and makes the accounts of the separated
// administrators (三员) and of a case officer; the officer signs in, sets a password of their
// own, imports the organization department's roster of 300 cadres and finds them in the
// directory and the unit tree; the administrators see no dossier facts.
//
// The slots run in order, each going on from where the one before left the window.
// With INTEGRITY_DOSSIER_SCREENSHOTS set, each step's window or dialog is saved there as PNG,
// for the user guide, in the interface language the program would choose on this system.
class TestViewFirstDay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theAdministratorCreatesTheDatabase();
    void theAdministratorNamesTheCommissionAndMakesTheAccounts();
    void theOfficerSignsInWithAPasswordOfTheirOwn();
    void theOfficerEntersTheUnitTree();
    void theOfficerImportsTheRoster();
    void theDirectoryShowsTheRoster();
    void theSeparatedAdministratorsSeeNoDossierFacts();

private:
    template<typename Dialog>
    void onDialog(const std::function<void(Dialog *)> &act);
    void answer(const QList<QPair<QString, QString>> &questions);
    void addAccount(AccountsDialog *dialog, const Account &account);
    void grantRole(AccountsDialog *dialog, const QString &name, Role role);
    void signOut();
    void signIn(const Account &account, const QString &password, bool firstTime);
    bool offersTheWorkOf(Role role) const;
    void checkNoDossierFacts(const Account &account);
    void screenshot(QWidget *widget, const QString &name);

    // The commission's own folder, not the program's data folder that the file dialog suggests.
    QTemporaryDir m_folder{QDir::tempPath() + QStringLiteral("/清河县纪委监委-XXXXXX")};
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    QVector<Cadre> m_roster;
    QObject *m_handlers = nullptr; // the innermost HandlerScope's
};

// The helpers check as they go; a step goes on only while they passed, since what follows needs
// the window as they leave it.
#define RETURN_IF_FAILED()                                                                         \
    do {                                                                                           \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

using namespace WindowSteps;

namespace {

const char *const kHandled = "firstDayHandled";
const QString kCommission = QStringLiteral("清河县纪委监委");
const QStringList kUnits = {
    QStringLiteral("清河县/城关镇"),         QStringLiteral("清河县/王官庄镇"),
    QStringLiteral("清河县/连庄镇"),         QStringLiteral("清河县/清河县水利局"),
    QStringLiteral("清河县/清河县教育局"),   QStringLiteral("清河县/清河县财政局"),
    QStringLiteral("清河县/清河县人民医院"), QStringLiteral("清河县/清河县供水有限公司"),
};

// An interface text as the user reads it: the English source, or its translation when the
// screenshots are taken in Chinese.
QString ui(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

int rowOf(const QTableWidget *table, const QString &accountName)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == accountName)
            return row;
    }
    return -1;
}

QString leafName(const QString &unitPath)
{
    return unitPath.section(QLatin1Char('/'), -1);
}

} // namespace

// Modal dialogs wait in exec() until they close, so the test acts in them from a timer: `act`
// runs on the next dialog of type Dialog to show, once. One that does not show in time fails
// the test, and the dialog standing in its way is closed.
template<typename Dialog>
void TestViewFirstDay::onDialog(const std::function<void(Dialog *)> &act)
{
    auto *timer = new QTimer(m_handlers ? m_handlers : this);
    timer->setInterval(20);
    timer->setObjectName(QLatin1String(Dialog::staticMetaObject.className()));
    const QDeadlineTimer deadline(30000);
    connect(timer, &QTimer::timeout, timer, [timer, deadline, act] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible() && !dialog->property(kHandled).toBool()) {
            timer->stop();
            timer->deleteLater();
            dialog->setProperty(kHandled, true);
            if (!QTest::qWaitForWindowExposed(dialog))
                QTest::qFail("the dialog is not on screen", __FILE__, __LINE__);
            else
                act(dialog);
            if (QTest::currentTestFailed())
                closeModalDialogs();
        } else if (deadline.hasExpired()) {
            timer->stop();
            timer->deleteLater();
            const QWidget *front = QApplication::activeModalWidget();
            const QString message
                = QStringLiteral("no %1 showed; in front: %2")
                      .arg(QLatin1String(Dialog::staticMetaObject.className()),
                           front ? front->windowTitle() : QStringLiteral("the window"));
            QTest::qFail(qPrintable(message), __FILE__, __LINE__);
            closeModalDialogs();
        }
    });
    timer->start();
}

// Answers the input dialogs that ask one question after another (the accounts dialog's), each
// checked to ask what it should.
void TestViewFirstDay::answer(const QList<QPair<QString, QString>> &questions)
{
    if (questions.isEmpty())
        return;
    onDialog<QInputDialog>([this, questions](QInputDialog *dialog) {
        const QPair<QString, QString> question = questions.first();
        QCOMPARE(dialog->labelText(), question.first);
        if (auto *choice = dialog->findChild<QComboBox *>()) {
            const int index = choice->findText(question.second);
            QVERIFY2(index >= 0, qPrintable(question.second));
            choice->setCurrentIndex(index);
        } else {
            type(dialog->findChild<QLineEdit *>(), question.second);
        }
        answer(questions.mid(1));
        clickAccept(dialog);
    });
}

void TestViewFirstDay::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("INTEGRITY_DOSSIER_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QVERIFY(QDir().mkpath(folder));
    // Labels whose text just changed are laid out again first, or they show cut short.
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name), "PNG"));
}

void TestViewFirstDay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegrityDossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_view_first_day"));
    QSettings().clear();
    // Signing in is part of the day: no account from the environment.
    qunsetenv("INTEGRITY_DOSSIER_USER");
    qunsetenv("INTEGRITY_DOSSIER_PASSWORD");
    // Screenshots for the guide speak the language the program would choose here, loaded as
    // the program loads it; the checks read the same translation.
    if (qEnvironmentVariableIsSet("INTEGRITY_DOSSIER_SCREENSHOTS")
        && LanguageSetting::usesChinese(LanguageSetting::load(), QLocale::system())) {
        ReportLanguage::chinese("MainWindow", QStringLiteral("Integrity Dossier")); // the resource
        QVERIFY(m_translator.load(QStringLiteral(":/reports/integrity-dossier_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qtTranslator.load(QStringLiteral("qt_zh_CN"), qtFolder)
            || m_qtTranslator.load(QStringLiteral("qtbase_zh_CN"), qtFolder))
            QCoreApplication::installTranslator(&m_qtTranslator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    QVERIFY(m_folder.isValid());
    m_path = m_folder.filePath(ui("MainWindow", "dossiers.db"));

    m_roster = MadeUpRoster::make(kUnits);

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestViewFirstDay::cleanupTestCase()
{
    closeModalDialogs();
    m_window.reset();
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QCoreApplication::removeTranslator(&m_translator);
}

// Start page ▸ New Database…: a file name in the file dialog, then the first administrator.
void TestViewFirstDay::theAdministratorCreatesTheDatabase()
{
    const HandlerScope handlers(m_handlers);
    QVERIFY(!QFileInfo::exists(m_path));
    QVERIFY(!m_window->database());
    auto *start = m_window->findChild<StartPage *>();
    QVERIFY(start && start->isVisible());
    QPushButton *create = buttonWithText(start, ui("StartPage", "&New Database…"));
    QVERIFY(create);

    bool created = false;
    onDialog<QFileDialog>([&](QFileDialog *files) {
        QCOMPARE(files->windowTitle(), ui("MainWindow", "New Database"));
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        // The suggested name, kept; the folder, chosen by typing it and Save, which opens it.
        const QString suggested = name->text();
        QCOMPARE(suggested, QFileInfo(m_path).fileName());
        type(name, QDir::toNativeSeparators(m_folder.path()));
        clickAccept(files);
        QVERIFY(files->isVisible());
        QCOMPARE(QFileInfo(files->directory().path()), QFileInfo(m_folder.path()));
        type(name, suggested);
        screenshot(files, QStringLiteral("first-day-1-new-database.png"));
        onDialog<LoginDialog>([&](LoginDialog *login) {
            QVERIFY(login->isFirstStart());
            QCOMPARE(login->windowTitle(), ui("LoginDialog", "Create the Administrator"));
            QCOMPARE(login->nameField()->text(), kAdministrator.name);
            type(login->passwordField(), kAdministrator.ownPassword);
            type(login->repeatField(), kAdministrator.ownPassword);
            screenshot(login, QStringLiteral("first-day-2-administrator.png"));
            // Two different passwords are refused, and the dialog stays for another try.
            type(login->repeatField(), kAdministrator.ownPassword + QLatin1Char('x'));
            clickAccept(login);
            QVERIFY(login->isVisible());
            QCOMPARE(login->messageLabel()->text(), ui("LoginDialog", "The two passwords differ."));
            type(login->repeatField(), kAdministrator.ownPassword);
            clickAccept(login);
            created = true;
        });
        clickAccept(files);
    });
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(created);
    QVERIFY(QFileInfo::exists(m_path));
    QVERIFY(m_window->database());
    QCOMPARE(QFileInfo(m_window->database()->path()), QFileInfo(m_path));
    const Session *session = m_window->database()->session();
    QVERIFY(session);
    QCOMPARE(session->accountName, kAdministrator.name);
    QCOMPARE(session->role, Role::Administrator);
    QVERIFY(!start->isVisible());
}

// The first steps show by themselves on a new database; the administrator does the first two
// from there: the commission's name in the settings, and the accounts.
void TestViewFirstDay::theAdministratorNamesTheCommissionAndMakesTheAccounts()
{
    const HandlerScope handlers(m_handlers);
    bool guided = false;
    onDialog<FirstSteps>([&](FirstSteps *guide) {
        QCOMPARE(guide->stateOf(0)->text(), ui("FirstSteps", "Not yet"));
        QCOMPARE(guide->stateOf(1)->text(), ui("FirstSteps", "Not yet"));
        // The tree and the roster are a case officer's work, not the administrator's.
        QVERIFY(guide->buttonOf(0)->isEnabled());
        QVERIFY(guide->buttonOf(1)->isEnabled());
        QVERIFY(!guide->buttonOf(2)->isEnabled());
        QVERIFY(!guide->buttonOf(3)->isEnabled());

        bool named = false;
        onDialog<SettingsDialog>([&](SettingsDialog *settings) {
            QVERIFY(settings->databaseSettings());
            QVERIFY(settings->databaseSettings()->mayChange());
            type(qobject_cast<QLineEdit *>(
                     settings->databaseSettings()->field(QStringLiteral("commission_name"))),
                 kCommission);
            clickAccept(settings);
            named = true;
        });
        QTest::mouseClick(guide->buttonOf(0), Qt::LeftButton);
        QVERIFY(named);
        QCOMPARE(guide->stateOf(0)->text(), ui("FirstSteps", "Done"));

        bool accounts = false;
        onDialog<AccountsDialog>([&](AccountsDialog *dialog) {
            QCOMPARE(dialog->table()->rowCount(), 1); // the administrator alone
            // The security administrator comes last: once there is one, only they grant roles.
            for (const Account *account : {&kOfficer, &kAuditor, &kSecurity}) {
                addAccount(dialog, *account);
                grantRole(dialog, account->name, account->role);
            }
            QCOMPARE(dialog->table()->rowCount(), 4);
            // Each account's units and state (here: must change password) have their columns.
            QCOMPARE(dialog->table()->columnCount(), 7);
            // The person and the post, as papers will print them.
            const int officer = rowOf(dialog->table(), kOfficer.name);
            QCOMPARE(dialog->table()->item(officer, 1)->text(), kOfficer.person);
            QCOMPARE(dialog->table()->item(officer, 2)->text(), kOfficer.post);
            screenshot(dialog, QStringLiteral("first-day-3-accounts.png"));
            accounts = true;
            dialog->reject(); // Close
        });
        QTest::mouseClick(guide->buttonOf(1), Qt::LeftButton);
        QVERIFY(accounts);
        QCOMPARE(guide->stateOf(1)->text(), ui("FirstSteps", "Done"));
        guided = true;
        guide->reject();
    });
    QTRY_VERIFY_WITH_TIMEOUT(guided, 60000);
    QVERIFY(m_window->windowTitle().contains(kCommission));
}

// The accounts dialog's New…: name, first password, the person and the post, one question
// after another.
void TestViewFirstDay::addAccount(AccountsDialog *dialog, const Account &account)
{
    const int before = dialog->table()->rowCount();
    answer({{ui("AccountsDialog", "Name:"), account.name},
            {ui("AccountsDialog",
                "First password (the account must change it when it first signs in):"),
             account.firstPassword},
            {ui("AccountsDialog", "The person's name, as papers print it:"), account.person},
            {ui("AccountsDialog", "The person's post:"), account.post}});
    QTest::mouseClick(buttonWithText(dialog, ui("AccountsDialog", "&New…")), Qt::LeftButton);
    QCOMPARE(dialog->table()->rowCount(), before + 1);
    const int row = rowOf(dialog->table(), account.name);
    QVERIFY2(row >= 0, qPrintable(account.name));
    QCOMPARE(dialog->table()->item(row, 3)->text(), Roles::displayName(Role::None));
}

// Role…: the account's row, then the role from the list.
void TestViewFirstDay::grantRole(AccountsDialog *dialog, const QString &name, Role role)
{
    QTableWidget *table = dialog->table();
    const int row = rowOf(table, name);
    QVERIFY2(row >= 0, qPrintable(name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, 0)).center());
    QCOMPARE(table->currentRow(), row);
    answer({{ui("AccountsDialog", "Role:"), Roles::displayName(role)}});
    QTest::mouseClick(buttonWithText(dialog, ui("AccountsDialog", "&Role…")), Qt::LeftButton);
    QCOMPARE(table->item(rowOf(table, name), 3)->text(), Roles::displayName(role));
}

// File ▸ Close Database: there is no other way to sign out; the start page shows again.
void TestViewFirstDay::signOut()
{
    m_window->actions()->closeDatabase->trigger();
    QVERIFY(!m_window->database());
    QVERIFY(m_window->findChild<StartPage *>()->isVisible());
}

// The start page's recent database, the sign-in dialog, and on the first sign-in the password
// of the account's own that the window asks for before anything else.
void TestViewFirstDay::signIn(const Account &account, const QString &password, bool firstTime)
{
    const HandlerScope handlers(m_handlers);
    auto *recent = m_window->findChild<StartPage *>()->findChild<QListWidget *>();
    QVERIFY(recent);
    QCOMPARE(recent->count(), 1);
    QCOMPARE(recent->item(0)->text(), QFileInfo(m_path).fileName());

    bool signedIn = false;
    bool changed = false;
    onDialog<LoginDialog>([&](LoginDialog *login) {
        QVERIFY(!login->isFirstStart());
        QCOMPARE(login->windowTitle(), ui("LoginDialog", "Sign In"));
        type(login->nameField(), account.name);
        type(login->passwordField(), password);
        if (account.role == Role::CaseOfficer)
            screenshot(login, QStringLiteral("first-day-4-sign-in.png"));
        clickAccept(login);
        signedIn = true;
    });
    if (firstTime) {
        onDialog<ChangePasswordDialog>([&](ChangePasswordDialog *change) {
            type(change->currentField(), password);
            type(change->newField(), account.ownPassword);
            type(change->repeatField(), account.ownPassword);
            clickAccept(change);
            QVERIFY2(!change->isVisible(), qPrintable(change->messageLabel()->text()));
            changed = true;
        });
    }
    // The start page is laid out once it shows again.
    QTRY_VERIFY(recent->viewport()->rect().contains(recent->visualItemRect(recent->item(0))));
    // A double click is a click and then the double click (QTest's double click is the second
    // half alone).
    const QPoint item = recent->visualItemRect(recent->item(0)).center();
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, item);
    QTest::mouseDClick(recent->viewport(), Qt::LeftButton, {}, item);
    QVERIFY(signedIn);
    QVERIFY(m_window->database());
    QVERIFY(m_window->database()->session());
    QCOMPARE(m_window->database()->session()->accountName, account.name);
    if (firstTime) {
        QTRY_VERIFY_WITH_TIMEOUT(changed, 30000);
        QVERIFY(!m_window->database()->session()->mustChangePassword);
        // The window offers the account's work at once, without signing in again.
        QVERIFY(offersTheWorkOf(account.role));
    }
}

// The window offers each role its own work: the officer imports, the security administrator
// reaches the accounts, the auditor the audit trail.
bool TestViewFirstDay::offersTheWorkOf(Role role) const
{
    switch (role) {
    case Role::CaseOfficer:
        return m_window->actions()->importRoster->isEnabled();
    case Role::SecurityOfficer:
        return m_window->access()->accountsAction()->isVisible();
    case Role::Auditor:
        return m_window->access()->auditAction()->isVisible();
    default:
        return true;
    }
}

void TestViewFirstDay::theOfficerSignsInWithAPasswordOfTheirOwn()
{
    signOut();
    RETURN_IF_FAILED();
    signIn(kOfficer, kOfficer.firstPassword, true);
    RETURN_IF_FAILED();
    const Session *session = m_window->database()->session();
    QCOMPARE(session->role, Role::CaseOfficer);
    QCOMPARE(session->realName, kOfficer.person);
    QCOMPARE(session->post, kOfficer.post);
    QVERIFY(m_window->windowTitle().contains(kCommission));
    // Signed in with a password of their own, the officer may work: import, add cadres.
    QVERIFY(m_window->actions()->importRoster->isEnabled());
    QVERIFY(m_window->actions()->newItem->isEnabled());
    QVERIFY(m_window->directoryPanel()->model()->showsFacts());
    QCOMPARE(m_window->directoryPanel()->model()->totalCount(), 0);
}

// Help ▸ First Steps ▸ the unit tree: the county's units pasted as an indented list, shown as
// a tree before they are made, made with one click.
void TestViewFirstDay::theOfficerEntersTheUnitTree()
{
    const HandlerScope handlers(m_handlers);
    QString text = QStringLiteral("清河县\n");
    for (const QString &unit : kUnits)
        text += QLatin1Char('\t') + leafName(unit) + QLatin1Char('\n');
    bool entered = false;
    onDialog<FirstSteps>([&](FirstSteps *guide) {
        QCOMPARE(guide->stateOf(2)->text(), ui("FirstSteps", "Not yet"));
        QVERIFY(guide->buttonOf(2)->isEnabled());
        onDialog<UnitTreeDialog>([&](UnitTreeDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), ui("UnitTreeDialog", "Enter the Unit Tree"));
            auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("text"));
            QVERIFY(edit);
            edit->setFocus();
            // Pasted as a user pastes: from the clipboard into the box.
            QGuiApplication::clipboard()->setText(text);
            edit->paste();
            QTRY_COMPARE(dialog->newUnits(), int(kUnits.size()) + 1);
            auto *create = dialog->findChild<QPushButton *>(QStringLiteral("create"));
            QVERIFY(create->isEnabled());
            screenshot(dialog, QStringLiteral("first-day-4b-unit-tree.png"));
            QTest::mouseClick(create, Qt::LeftButton);
            entered = true;
        });
        QTest::mouseClick(guide->buttonOf(2), Qt::LeftButton);
        QVERIFY(entered);
        QCOMPARE(guide->stateOf(2)->text(), ui("FirstSteps", "Done"));
        guide->reject();
    });
    m_window->actions()->firstSteps->trigger();
    QVERIFY(entered);
    QCOMPARE(Sql::scalar(m_window->database()->connection(),
                         QStringLiteral("SELECT count(*) FROM units"))
                 .toInt(),
             int(kUnits.size()) + 1);
    QVERIFY(m_window->actions()->undo->isEnabled());
}

// File ▸ Import from Excel…: the roster in the file dialog, every row shown new, Import.
void TestViewFirstDay::theOfficerImportsTheRoster()
{
    const HandlerScope handlers(m_handlers);
    const QString path = m_folder.filePath(QStringLiteral("花名册.csv"));
    QVERIFY(MadeUpRoster::write(path, m_roster));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("importRosterAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());

    bool imported = false;
    QElapsedTimer clock;
    onDialog<QFileDialog>([&](QFileDialog *files) {
        QCOMPARE(files->windowTitle(), ui("MainWindow", "Import from Excel"));
        type(files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")),
             QDir::toNativeSeparators(path));
        onDialog<SpreadsheetImportDialog>([&](SpreadsheetImportDialog *dialog) {
            QCOMPARE(dialog->kind(), QStringLiteral("cadres"));
            QCOMPARE(dialog->table()->rowCount(), m_roster.size());
            QCOMPARE(dialog->count(ImportRow::Action::New), m_roster.size());
            QCOMPARE(dialog->count(ImportRow::Action::Refused), 0);
            QCOMPARE(dialog->table()->item(0, 1)->text(), m_roster.first().name);
            QCOMPARE(dialog->table()->item(0, 2)->text(), ui("SpreadsheetImportDialog", "New"));
            const QString counts = ui("SpreadsheetImportDialog",
                                      "Headers in row %1. %2 new, %3 to update, %4 the same.")
                                       .arg(1)
                                       .arg(m_roster.size())
                                       .arg(0)
                                       .arg(0);
            QVERIFY2(dialog->summary()->text().startsWith(counts),
                     qPrintable(dialog->summary()->text()));
            // The units the roster names are the ones entered: none is made with it.
            auto *units = dialog->findChild<QLabel *>(QStringLiteral("units"));
            QVERIFY(!units || !units->isVisible());
            QVERIFY(dialog->importButton()->isEnabled());
            screenshot(dialog, QStringLiteral("first-day-5-import.png"));
            clock.start();
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
            imported = true;
        });
        clickAccept(files);
    });
    action->trigger();
    QVERIFY(imported);
    qInfo("The import of %d cadres took %lld ms.", int(m_roster.size()), clock.elapsed());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             ui("MainWindow", "Imported: %1 new, %2 updated. Edit ▸ Undo takes it back.")
                 .arg(m_roster.size())
                 .arg(0));
    QVERIFY(m_window->actions()->undo->isEnabled());
}

// The directory lists them all, the unit tree has every unit with its cadres, a unit picked in
// the tree narrows the directory to it, and a name typed in the search box finds its cadre.
void TestViewFirstDay::theDirectoryShowsTheRoster()
{
    DirectoryPanel *directory = m_window->directoryPanel();
    CadreDirectoryModel *cadres = directory->model();
    QCOMPARE(cadres->totalCount(), m_roster.size());
    const QLocale locale;
    QCOMPARE(m_window->countsLabel()->text(),
             ui("MainWindow", "Cadres %1 · Clues %2 · Cases %3")
                 .arg(locale.toString(m_roster.size()), locale.toString(0), locale.toString(0)));

    QMap<QString, int> expected{{QStringLiteral("清河县"), int(m_roster.size())}};
    for (const Cadre &cadre : std::as_const(m_roster))
        ++expected[leafName(cadre.unit)];
    QMap<QString, int> units;
    UnitTreeModel *tree = m_window->unitTreePanel()->model();
    collectUnits(tree, {}, units);
    QCOMPARE(units, expected);

    QTreeView *view = m_window->unitTreePanel()->view();
    view->expandAll();
    screenshot(m_window.get(), QStringLiteral("first-day-6-directory.png"));

    // A town picked in the tree: its cadres alone.
    const QString town = leafName(kUnits.first());
    const QModelIndex townIndex = findUnit(tree, {}, town);
    QVERIFY(townIndex.isValid());
    view->scrollTo(townIndex);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(townIndex).center());
    QTRY_COMPARE(cadres->totalCount(), expected.value(town));
    for (int row = 0; row < cadres->rowCount(); ++row)
        QVERIFY(
            cadres->index(row, CadreDirectoryModel::UnitColumn).data().toString().contains(town));
    QToolButton *allUnits = nullptr;
    for (QToolButton *button : directory->findChildren<QToolButton *>()) {
        if (button->text() == ui("DirectoryPanel", "All units"))
            allUnits = button;
    }
    QVERIFY(allUnits && allUnits->isVisible());
    QTest::mouseClick(allUnits, Qt::LeftButton);
    QTRY_COMPARE(cadres->totalCount(), m_roster.size());

    // A name typed in the search box: that cadre, and Return opens the dossier.
    const Cadre &sought = m_roster.at(137);
    QLineEdit *search = directory->filterBar()->searchField();
    type(search, sought.name);
    QTRY_COMPARE(cadres->totalCount(), 1);
    QCOMPARE(cadres->index(0, CadreDirectoryModel::NameColumn).data().toString(), sought.name);
    QVERIFY(cadres->index(0, CadreDirectoryModel::UnitColumn)
                .data()
                .toString()
                .contains(leafName(sought.unit)));
    QCOMPARE(cadres->index(0, CadreDirectoryModel::PositionColumn).data().toString(),
             sought.position);
    QTest::keyClick(search, Qt::Key_Return); // on to the results
    QTest::keyClick(directory->table(), Qt::Key_Return);
    QCOMPARE(m_window->tabs()->openCadreIds(), QList<qint64>{cadres->cadreId(cadres->index(0, 0))});
    m_window->actions()->closeDossier->trigger();
    QVERIFY(m_window->tabs()->openCadreIds().isEmpty());
    m_window->actions()->clearFilters->trigger();
    QTRY_COMPARE(cadres->totalCount(), m_roster.size());
}

// What a separated administrator's window must not show: no quick filters, no clue or case
// counts, no import, and a dossier opened from the directory is refused with a message.
void TestViewFirstDay::checkNoDossierFacts(const Account &account)
{
    const HandlerScope handlers(m_handlers);
    DirectoryPanel *directory = m_window->directoryPanel();
    // The directory by name only, to find a cadre by, without a single fact.
    QCOMPARE(directory->model()->totalCount(), m_roster.size());
    QVERIFY2(!directory->model()->showsFacts(), qPrintable(account.name));
    for (QToolButton *button : directory->filterBar()->findChildren<QToolButton *>())
        QVERIFY2(!button->isVisible() || !button->isCheckable(), qPrintable(button->text()));
    QCOMPARE(m_window->countsLabel()->text(),
             ui("MainWindow", "Cadres %1").arg(QLocale().toString(m_roster.size())));
    QVERIFY(!m_window->actions()->importRoster->isEnabled());
    QVERIFY(!m_window->actions()->newItem->isEnabled());

    QString refusal;
    onDialog<QMessageBox>([&](QMessageBox *box) {
        refusal = box->text();
        box->accept();
    });
    directory->table()->setFocus();
    QTest::keyClick(directory->table(), Qt::Key_Return);
    QTRY_VERIFY2(!refusal.isEmpty(), qPrintable(account.name));
    // Refused for the role, not for want of a dossier.
    QVERIFY2(refusal.contains(Roles::displayName(account.role)), qPrintable(refusal));
    QVERIFY(m_window->tabs()->openCadreIds().isEmpty());
}

void TestViewFirstDay::theSeparatedAdministratorsSeeNoDossierFacts()
{
    signOut();
    RETURN_IF_FAILED();
    signIn(kAdministrator, kAdministrator.ownPassword, false);
    RETURN_IF_FAILED();
    checkNoDossierFacts(kAdministrator);
    RETURN_IF_FAILED();
    QVERIFY(m_window->access()->accountsAction()->isVisible());
    QVERIFY(!m_window->access()->auditAction()->isVisible());

    signOut();
    RETURN_IF_FAILED();
    signIn(kSecurity, kSecurity.firstPassword, true);
    RETURN_IF_FAILED();
    checkNoDossierFacts(kSecurity);
    RETURN_IF_FAILED();
    QVERIFY(m_window->access()->accountsAction()->isVisible());
    QVERIFY(!m_window->access()->auditAction()->isVisible());

    signOut();
    RETURN_IF_FAILED();
    signIn(kAuditor, kAuditor.firstPassword, true);
    RETURN_IF_FAILED();
    checkNoDossierFacts(kAuditor);
    RETURN_IF_FAILED();
    QVERIFY(!m_window->access()->accountsAction()->isVisible());
    QVERIFY(m_window->access()->auditAction()->isVisible());
    signOut();
    RETURN_IF_FAILED();
    // Each sign-out of the day is in the trail: officer, administrator, security, auditor.
    const auto database = Database::open(m_path);
    QVERIFY(Sql::scalar(database->connection(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'logout'"))
                .toInt()
            >= 4);
}

QTEST_MAIN(TestViewFirstDay)
#include "test_view_first_day.moc"
