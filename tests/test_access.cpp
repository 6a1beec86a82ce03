#include "access/access.h"
#include "access/accesserror.h"
#include "access/accounts.h"
#include "access/passwordhash.h"
#include "domain/session.h"
#include "dossier/dossier.h"
#include "dossier/opinionservice.h"
#include "interchange/interchangeexporter.h"
#include "records/recordrepository.h"
#include "statistics/yearlystatistics.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Accounts, roles and the own-dossier rule, checked in the models where every caller (window,
// command line, import) meets them.
class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void rolesHoldTheirPermissions_data();
    void rolesHoldTheirPermissions();
    void passwordsAreSaltedArgon2id();
    void firstStartCreatesTheAdministrator();
    void wrongPasswordsLockTheAccountForGrowingDelays();
    void unknownNamesAndWrongPasswordsLookTheSame();
    void nobodySignedInMayDoNothing();
    void reviewerCannotChangeAnything();
    void administratorCannotReadDossiers();
    void ownAndCloseRelativesDossiersAreClosed_data();
    void ownAndCloseRelativesDossiersAreClosed();
    void unitScopeLimitsTheDossiers();
    void linkedAccountCannotExportEverything();
    void administratorsAreSeparated();
    void passwordChangesAndResets();
    void commandLineSignsIn();

private:
    struct County
    {
        qint64 town = 0;
        qint64 bureau = 0;
        qint64 zhang = 0; // in the bureau
        qint64 li = 0;    // in the town
    };
    static County makeCounty(Database &database);
    std::unique_ptr<Database> m_relatives;
    County m_county;
    qint64 m_stranger = 0;
    static qint64 auditCount(const Database &database, const QString &action);
};

TestAccess::County TestAccess::makeCounty(Database &database)
{
    County county;
    const qint64 top
        = TestDatabase::addUnit(database, QStringLiteral("清河县"), QStringLiteral("county"));
    county.town = TestDatabase::addUnit(database, QStringLiteral("城关镇"),
                                        QStringLiteral("township"), top);
    county.bureau = TestDatabase::addUnit(database, QStringLiteral("县水利局"),
                                          QStringLiteral("department"), top);
    county.zhang = TestDatabase::addCadre(database, QStringLiteral("张建国"), county.bureau,
                                          QStringLiteral("局长"), true);
    county.li = TestDatabase::addCadre(database, QStringLiteral("李明"), county.town,
                                       QStringLiteral("镇长"));
    return county;
}

qint64 TestAccess::auditCount(const Database &database, const QString &action)
{
    return Sql::scalar(database.connection(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
        .toLongLong();
}

void TestAccess::rolesHoldTheirPermissions_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QList<int>>("granted");
    using P = Permission;
    QTest::newRow("administrator")
        << "administrator"
        << QList<int>{int(P::ManageAccounts), int(P::Backup), int(P::ChangeSettings)};
    QTest::newRow("security") << "security" << QList<int>{int(P::GrantRoles)};
    QTest::newRow("auditor") << "auditor" << QList<int>{int(P::ReadAudit)};
    QTest::newRow("officer") << "officer"
                             << QList<int>{int(P::ReadDossiers), int(P::WriteRecords),
                                           int(P::ExportData), int(P::ImportData),
                                           int(P::SeeIdentityNumbers)};
    QTest::newRow("reviewer") << "reviewer" << QList<int>{int(P::ReadDossiers)};
    QTest::newRow("none") << "none" << QList<int>{};
}

void TestAccess::rolesHoldTheirPermissions()
{
    QFETCH(QString, role);
    QFETCH(QList<int>, granted);
    const Role parsed = Roles::fromKey(role);
    QCOMPARE(Roles::key(parsed), role);
    for (int permission = int(Permission::ManageAccounts);
         permission <= int(Permission::SeeIdentityNumbers); ++permission)
        QCOMPARE(Roles::has(parsed, Permission(permission)), granted.contains(permission));
    QVERIFY_THROWS_EXCEPTION(DataError, Roles::fromKey(QStringLiteral("root")));
}

void TestAccess::passwordsAreSaltedArgon2id()
{
    const QString first = PasswordHash::hash(QStringLiteral("廉政档案2026"));
    const QString second = PasswordHash::hash(QStringLiteral("廉政档案2026"));
    QVERIFY2(first.startsWith(QLatin1String("$argon2id$")), qPrintable(first));
    QVERIFY(first != second); // each with its own salt
    QVERIFY(PasswordHash::verify(first, QStringLiteral("廉政档案2026")));
    QVERIFY(PasswordHash::verify(second, QStringLiteral("廉政档案2026")));
    QVERIFY(!PasswordHash::verify(first, QStringLiteral("廉政档案2025")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("5f4dcc3b5aa765d61d8327deb882cf99"),
                                  QStringLiteral("password")));
    QVERIFY(PasswordHash::isCurrent(first));
    // An unknown name costs what a known one does: its stand-in hash has today's cost.
    QVERIFY(PasswordHash::isCurrent(PasswordHash::unknownAccountHash()));
    QVERIFY(!PasswordHash::verify(PasswordHash::unknownAccountHash(), QString()));
    QVERIFY(!PasswordHash::verify(PasswordHash::unknownAccountHash(), QStringLiteral("demo")));
}

void TestAccess::firstStartCreatesTheAdministrator()
{
    auto database = TestDatabase::inMemory(QString());
    Accounts accounts(*database);
    QVERIFY(accounts.isEmpty());
    QVERIFY(!database->session());
    QVERIFY_THROWS_EXCEPTION(DataError, accounts.createFirstAdministrator(QStringLiteral("admin"),
                                                                          QStringLiteral("short")));
    QVERIFY(accounts.isEmpty());
    accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("a long secret"));
    QVERIFY(database->session());
    QCOMPARE(database->session()->role, Role::Administrator);
    QCOMPARE(database->actor(), QStringLiteral("admin"));
    const QString stored
        = Sql::scalar(database->connection(), QStringLiteral("SELECT password_hash FROM accounts"))
              .toString();
    QVERIFY(stored.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!stored.contains(QLatin1String("a long secret")));
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             accounts.createFirstAdministrator(QStringLiteral("second"),
                                                               QStringLiteral("another secret")));
    QCOMPARE(auditCount(*database, QStringLiteral("account.create")), 1);
}

void TestAccess::wrongPasswordsLockTheAccountForGrowingDelays()
{
    QCOMPARE(Accounts::lockoutSeconds(1), 0);
    QCOMPARE(Accounts::lockoutSeconds(Accounts::kFreeAttempts), 30);
    QCOMPARE(Accounts::lockoutSeconds(Accounts::kFreeAttempts + 1), 60);
    QCOMPARE(Accounts::lockoutSeconds(Accounts::kFreeAttempts + 20), 3600);

    auto database = TestDatabase::inMemory(QString());
    TestDatabase::addDemoAccounts(*database);
    Accounts accounts(*database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int attempt = 1; attempt <= Accounts::kFreeAttempts; ++attempt)
        QVERIFY_THROWS_EXCEPTION(
            AccessError, accounts.signIn(QStringLiteral("officer"), QStringLiteral("guess"), now));
    // Paused: even the right password is refused from here, in the same words as a wrong one.
    QString wrongWords;
    try {
        accounts.signIn(QStringLiteral("officer"), QStringLiteral("guess"), now);
    } catch (const AccessError &error) {
        wrongWords = error.message();
    }
    try {
        accounts.signIn(QStringLiteral("officer"), QStringLiteral("demo"), now.addSecs(10));
        QFAIL("a paused sign-in went through");
    } catch (const AccessError &error) {
        QCOMPARE(error.message(), wrongWords);
    }
    QVERIFY(!database->session());
    // The same name from another computer is not held up: nobody locks a colleague out.
    accounts.signIn(QStringLiteral("officer"), QStringLiteral("demo"), now.addSecs(10),
                    QStringLiteral("another-pc/wang"));
    QVERIFY(database->session());
    accounts.signOut();
    QCOMPARE(auditCount(*database, QStringLiteral("login.failed")),
             qint64(Accounts::kFreeAttempts));
    // Once the delay has passed the right password works here too and the count starts again.
    accounts.signIn(QStringLiteral("officer"), QStringLiteral("demo"), now.addSecs(3700));
    QVERIFY(database->session());
    QCOMPARE(auditCount(*database, QStringLiteral("login")), 2);
    QCOMPARE(
        Sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM sign_in_failures"))
            .toInt(),
        0);
}

void TestAccess::unknownNamesAndWrongPasswordsLookTheSame()
{
    auto database = TestDatabase::inMemory(QString());
    TestDatabase::addDemoAccounts(*database);
    QString unknown;
    QString wrong;
    try {
        Accounts(*database).signIn(QStringLiteral("nobody"), QStringLiteral("demo"));
    } catch (const AccessError &error) {
        unknown = error.message();
    }
    try {
        Accounts(*database).signIn(QStringLiteral("officer"), QStringLiteral("wrong"));
    } catch (const AccessError &error) {
        wrong = error.message();
    }
    QVERIFY(!unknown.isEmpty());
    QCOMPARE(unknown, wrong);
}

void TestAccess::nobodySignedInMayDoNothing()
{
    auto database = TestDatabase::inMemory();
    const County county = makeCounty(*database);
    Accounts(*database).signOut();
    QVERIFY(!database->session());
    RecordRepository repository(*database);
    QVERIFY_THROWS_EXCEPTION(
        AccessError, repository.update(QStringLiteral("cadres"), county.zhang,
                                       {{QStringLiteral("position"), QStringLiteral("x")}}));
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             DossierLoader(*database).load(county.zhang, QDate(2026, 11, 20)));
    QCOMPARE(auditCount(*database, QStringLiteral("access.refused")), 2);
    QCOMPARE(auditCount(*database, QStringLiteral("logout")), 1);
}

void TestAccess::reviewerCannotChangeAnything()
{
    auto database = TestDatabase::inMemory();
    const County county = makeCounty(*database);
    Accounts(*database).signIn(QStringLiteral("reviewer"), QStringLiteral("demo"));
    const QSqlDatabase db = database->connection();
    const qint64 entries = AuditLog::verify(db).entries;
    RecordRepository repository(*database);
    QVERIFY_THROWS_EXCEPTION(
        AccessError,
        repository.create(QStringLiteral("talks"),
                          {{QStringLiteral("cadre_id"), county.zhang},
                           {QStringLiteral("kind"), QStringLiteral("reminder")},
                           {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
                           {QStringLiteral("talk_date"), QStringLiteral("2026-06-03")}}));
    QVERIFY_THROWS_EXCEPTION(
        AccessError, repository.update(QStringLiteral("cadres"), county.zhang,
                                       {{QStringLiteral("position"), QStringLiteral("x")}}));
    QVERIFY_THROWS_EXCEPTION(AccessError, repository.remove(QStringLiteral("cadres"), county.li));
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             TestDatabase::addUnit(*database, QStringLiteral("新单位")));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM talks")).toInt(), 0);
    QCOMPARE(
        Sql::scalar(db, QStringLiteral("SELECT position FROM cadres WHERE id = ?"), {county.zhang})
            .toString(),
        QStringLiteral("局长"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cadres")).toInt(), 2);
    // Each refusal is in the trail, and nothing else was written.
    QCOMPARE(AuditLog::verify(db).entries, entries + 4);
    QCOMPARE(auditCount(*database, QStringLiteral("access.refused")), 4);
    // Reading is what a reviewer is for; the look is recorded once per sign-in.
    const Dossier dossier = DossierLoader(*database).load(county.zhang, QDate(2026, 11, 20));
    QCOMPARE(dossier.name, QStringLiteral("张建国"));
    DossierLoader(*database).load(county.zhang, QDate(2026, 11, 20));
    QCOMPARE(auditCount(*database, QStringLiteral("dossier.view")), 1);
    QVERIFY(AuditLog::verify(db).intact);
}

void TestAccess::administratorCannotReadDossiers()
{
    auto database = TestDatabase::inMemory();
    const County county = makeCounty(*database);
    for (const char *account : {"admin", "security", "auditor"}) {
        Accounts(*database).signIn(QString::fromLatin1(account), QStringLiteral("demo"));
        const QSqlDatabase db = database->connection();
        QVERIFY_THROWS_EXCEPTION(AccessError,
                                 DossierLoader(*database).load(county.zhang, QDate(2026, 11, 20)));
        QVERIFY_THROWS_EXCEPTION(
            AccessError, OpinionService(*database).decide(county.zhang, QDate(2026, 11, 20)));
        QVERIFY_THROWS_EXCEPTION(AccessError, StatisticsService(*database).year(2026));
        QVERIFY_THROWS_EXCEPTION(
            AccessError, RecordRepository(*database).load(QStringLiteral("cadres"), county.zhang));
    }
}

void TestAccess::ownAndCloseRelativesDossiersAreClosed_data()
{
    QTest::addColumn<QString>("relation");
    QTest::addColumn<bool>("key");
    QTest::addColumn<bool>("reverse"); // recorded in the relative's dossier instead
    QTest::addColumn<bool>("closed");
    for (const char *relation :
         {"spouse", "father", "mother", "son", "daughter", "brother", "sister"}) {
        QTest::addRow("%s", relation) << relation << true << false << true;
        QTest::addRow("%s, recorded the other way", relation) << relation << true << true << true;
    }
    QTest::newRow("other relative") << "other" << true << false << false;
    QTest::newRow("not a key relative") << "son" << false << false << false;
}

void TestAccess::ownAndCloseRelativesDossiersAreClosed()
{
    QFETCH(QString, relation);
    QFETCH(bool, key);
    QFETCH(bool, reverse);
    QFETCH(bool, closed);
    // One county for every row: Zhang's account is the officer's, linked to Zhang by the
    // security administrator, and signed in once. Each row records its relation inside a
    // transaction that is rolled back after it, so the next row starts from the same county.
    if (!m_relatives) {
        m_relatives = TestDatabase::inMemory();
        m_county = makeCounty(*m_relatives);
        m_stranger = TestDatabase::addCadre(*m_relatives, QStringLiteral("王芳"), m_county.town);
        Accounts(*m_relatives).signIn(QStringLiteral("security"), QStringLiteral("demo"));
        Accounts accounts(*m_relatives);
        for (const AccountInfo &info : accounts.list())
            if (info.name == QLatin1String("officer"))
                accounts.linkCadre(info.id, m_county.zhang);
        Accounts(*m_relatives).signIn(QStringLiteral("officer"), QStringLiteral("demo"));
    }
    const County &county = m_county;
    const QSqlDatabase db = m_relatives->connection();
    Transaction row(db);
    // Recorded as the program records it (the officer may not write Zhang's own dossier).
    Sql::run(db,
             QStringLiteral("INSERT INTO relatives (cadre_id, relation, name, relative_cadre_id, "
                            "is_key) VALUES (?, ?, ?, ?, ?)"),
             {reverse ? county.li : county.zhang, relation,
              reverse ? QStringLiteral("张建国") : QStringLiteral("李明"),
              reverse ? county.zhang : county.li, key ? 1 : 0});
    const qint64 before
        = Sql::scalar(db, QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();

    // The own dossier: never, whatever the relation.
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             DossierLoader(*m_relatives).load(county.zhang, QDate(2026, 11, 20)));
    QVERIFY_THROWS_EXCEPTION(
        AccessError, OpinionService(*m_relatives).decide(county.zhang, QDate(2026, 11, 20)));
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             RecordRepository(*m_relatives)
                                 .update(QStringLiteral("cadres"), county.zhang,
                                         {{QStringLiteral("position"), QStringLiteral("县长")}}));
    // The relative's: closed for the close relations recorded as key relatives.
    if (closed) {
        QVERIFY_THROWS_EXCEPTION(AccessError,
                                 DossierLoader(*m_relatives).load(county.li, QDate(2026, 11, 20)));
    } else {
        QCOMPARE(DossierLoader(*m_relatives).load(county.li, QDate(2026, 11, 20)).name,
                 QStringLiteral("李明"));
    }
    // Anyone else's: open as ever.
    QCOMPARE(DossierLoader(*m_relatives).load(m_stranger, QDate(2026, 11, 20)).name,
             QStringLiteral("王芳"));
    QSqlQuery refused = Sql::run(db,
                                 QStringLiteral("SELECT cadre_id FROM audit_log WHERE action "
                                                "= 'access.refused' AND id > ? ORDER BY id"),
                                 {before});
    QList<qint64> refusedCadres;
    while (refused.next())
        refusedCadres << refused.value(0).toLongLong();
    QList<qint64> expected{county.zhang, county.zhang, county.zhang};
    if (closed)
        expected << county.li;
    QCOMPARE(refusedCadres, expected);
}

void TestAccess::unitScopeLimitsTheDossiers()
{
    auto database = TestDatabase::inMemory();
    const County county = makeCounty(*database);
    const qint64 village = TestDatabase::addUnit(*database, QStringLiteral("城关镇东村"),
                                                 QStringLiteral("township"), county.town);
    const qint64 villager = TestDatabase::addCadre(*database, QStringLiteral("赵强"), village);
    Accounts(*database).signIn(QStringLiteral("security"), QStringLiteral("demo"));
    Accounts accounts(*database);
    qint64 reviewer = 0;
    for (const AccountInfo &info : accounts.list())
        if (info.name == QLatin1String("reviewer"))
            reviewer = info.id;
    QVERIFY_THROWS_EXCEPTION(DataError, accounts.setScope(reviewer, false, {}));
    accounts.setScope(reviewer, false, {county.town});
    QCOMPARE(auditCount(*database, QStringLiteral("account.scope")), 1);
    Accounts(*database).signIn(QStringLiteral("reviewer"), QStringLiteral("demo"));
    const QSqlDatabase db = database->connection();
    QCOMPARE(DossierLoader(*database).load(county.li, QDate(2026, 11, 20)).name,
             QStringLiteral("李明"));
    QCOMPARE(DossierLoader(*database).load(villager, QDate(2026, 11, 20)).name,
             QStringLiteral("赵强"));
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             DossierLoader(*database).load(county.zhang, QDate(2026, 11, 20)));
}

void TestAccess::linkedAccountCannotExportEverything()
{
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir);
    const County county = makeCounty(*database);
    Accounts(*database).signIn(QStringLiteral("security"), QStringLiteral("demo"));
    for (const AccountInfo &info : Accounts(*database).list())
        if (info.name == QLatin1String("officer"))
            Accounts(*database).linkCadre(info.id, county.li);
    Accounts(*database).signIn(QStringLiteral("officer"), QStringLiteral("demo"));
    const QString out = dir.filePath(QStringLiteral("all.json"));
    QVERIFY_THROWS_EXCEPTION(AccessError, InterchangeExporter(*database).exportToFile(out));
    QVERIFY(!QFile::exists(out));
    Accounts(*database).signIn(QStringLiteral("reviewer"), QStringLiteral("demo"));
    QVERIFY_THROWS_EXCEPTION(AccessError, InterchangeExporter(*database).exportToFile(out));
    QVERIFY(!QFile::exists(out));
}

void TestAccess::administratorsAreSeparated()
{
    auto database = TestDatabase::inMemory(QStringLiteral("admin"));
    Accounts accounts(*database);
    // The administrator makes an account, but with no role: granting is the security
    // administrator's, and the demo database has one.
    QVERIFY(!accounts.mayGrant());
    QVERIFY_THROWS_EXCEPTION(
        AccessError,
        accounts.create(QStringLiteral("wang"), QStringLiteral("first pass 1"), Role::CaseOfficer));
    const qint64 wang = accounts.create(QStringLiteral("wang"), QStringLiteral("first pass 1"));
    QVERIFY_THROWS_EXCEPTION(AccessError, accounts.setRole(wang, Role::CaseOfficer));
    QVERIFY_THROWS_EXCEPTION(
        DataError, accounts.create(QStringLiteral("WANG"), QStringLiteral("first pass 2")));
    accounts.signIn(QStringLiteral("security"), QStringLiteral("demo"));
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             accounts.resetPassword(wang, QStringLiteral("x y z w v")));
    accounts.setRole(wang, Role::CaseOfficer);
    QSqlQuery change = Sql::run(database->connection(),
                                QStringLiteral("SELECT user_name, before, after FROM audit_log "
                                               "WHERE action = 'account.role'"));
    QVERIFY(change.next());
    QCOMPARE(change.value(0).toString(), QStringLiteral("security"));
    QVERIFY(change.value(1).toString().contains(QLatin1String("none")));
    QVERIFY(change.value(2).toString().contains(QLatin1String("officer")));
    // The new account signs in and must change its first password: until its owner has set
    // one of their own, the role grants nothing, for whoever knows the first one may be the
    // administrator who chose it.
    accounts.signIn(QStringLiteral("wang"), QStringLiteral("first pass 1"));
    QVERIFY(database->session()->mustChangePassword);
    QVERIFY(!database->session()->can(Permission::WriteRecords));
    QVERIFY_THROWS_EXCEPTION(AccessError, Access::require(*database, Permission::ReadDossiers));
    accounts.changePassword(QStringLiteral("first pass 1"), QStringLiteral("wang's own pass"));
    QVERIFY(database->session()->can(Permission::WriteRecords));
    // An account the administrator disabled cannot sign in.
    accounts.signIn(QStringLiteral("admin"), QStringLiteral("demo"));
    accounts.setDisabled(wang, true);
    QVERIFY_THROWS_EXCEPTION(
        AccessError, accounts.signIn(QStringLiteral("wang"), QStringLiteral("first pass 1")));
}

void TestAccess::passwordChangesAndResets()
{
    auto database = TestDatabase::inMemory(QStringLiteral("reviewer"));
    Accounts accounts(*database);
    QVERIFY_THROWS_EXCEPTION(AccessError, accounts.changePassword(QStringLiteral("wrong"),
                                                                  QStringLiteral("a new secret")));
    QVERIFY_THROWS_EXCEPTION(
        DataError, accounts.changePassword(QStringLiteral("demo"), QStringLiteral("short")));
    accounts.changePassword(QStringLiteral("demo"), QStringLiteral("a new secret"));
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             accounts.signIn(QStringLiteral("reviewer"), QStringLiteral("demo")));
    accounts.signIn(QStringLiteral("reviewer"), QStringLiteral("a new secret"));
    QCOMPARE(auditCount(*database, QStringLiteral("account.password")), 1);
    // The idle lock: only the signed-in account's password unlocks.
    QVERIFY_THROWS_EXCEPTION(AccessError, accounts.unlock(QStringLiteral("demo")));
    accounts.unlock(QStringLiteral("a new secret"));
    QCOMPARE(database->session()->accountName, QStringLiteral("reviewer"));
}

void TestAccess::commandLineSignsIn()
{
    const QString program = qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE");
    QVERIFY(QFile::exists(program));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    qint64 zhang = 0;
    {
        auto database = TestDatabase::onDisk(dir, QStringLiteral("county.db"));
        zhang = makeCounty(*database).zhang;
    }
    const auto run = [&](const QStringList &arguments, const QString &user,
                         const QString &password) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("INTEGRITY_DOSSIER_USER"));
        environment.remove(QStringLiteral("INTEGRITY_DOSSIER_PASSWORD"));
        if (!password.isNull())
            environment.insert(QStringLiteral("INTEGRITY_DOSSIER_PASSWORD"), password);
        environment.insert(QStringLiteral("INTEGRITY_DOSSIER_NEW_PASSWORD"),
                           QStringLiteral("first pass 9"));
        process.setProcessEnvironment(environment);
        QStringList all = arguments;
        all << QStringLiteral("--db") << path;
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        process.start(program, all);
        process.closeWriteChannel(); // no terminal: an asked password reads as empty
        process.waitForFinished(60000);
        return qMakePair(process.exitCode(), QString::fromUtf8(process.readAllStandardError()));
    };
    const QStringList opinion
        = {QStringLiteral("opinion"), QStringLiteral("--cadre"), QString::number(zhang),
           QStringLiteral("--as-of"), QStringLiteral("2026-11-20")};
    auto result = run(opinion, QString(), QStringLiteral("demo"));
    QCOMPARE(result.first, 2);
    QVERIFY2(result.second.contains(QLatin1String("--user")), qPrintable(result.second));
    result = run(opinion, QStringLiteral("reviewer"), QStringLiteral("wrong"));
    QCOMPARE(result.first, 2);
    QVERIFY2(result.second.contains(QLatin1String("wrong")), qPrintable(result.second));
    QCOMPARE(run(opinion, QStringLiteral("reviewer"), QStringLiteral("demo")).first, 0);
    result = run(opinion, QStringLiteral("admin"), QStringLiteral("demo"));
    QCOMPARE(result.first, 2);
    // Accounts from the command line obey the same separation.
    result = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao")},
                 QStringLiteral("officer"), QStringLiteral("demo"));
    QCOMPARE(result.first, 2);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao")},
                 QStringLiteral("admin"), QStringLiteral("demo"))
                 .first,
             0);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("zhao"),
                  QStringLiteral("reviewer")},
                 QStringLiteral("security"), QStringLiteral("demo"))
                 .first,
             0);
    // The account the administrator made opens nothing with the password the administrator
    // chose, on the command line as in the window, until its owner has set their own.
    result = run(opinion, QStringLiteral("zhao"), QStringLiteral("first pass 9"));
    QCOMPARE(result.first, 2);
    QVERIFY2(result.second.contains(QLatin1String("password of your own")),
             qPrintable(result.second));
    const auto own = [&](const QStringList &arguments, const QString &password) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("INTEGRITY_DOSSIER_PASSWORD"), password);
        environment.insert(QStringLiteral("INTEGRITY_DOSSIER_NEW_PASSWORD"),
                           QStringLiteral("zhao's own pass"));
        process.setProcessEnvironment(environment);
        process.start(program, QStringList(arguments)
                                   << QStringLiteral("--db") << path << QStringLiteral("--user")
                                   << QStringLiteral("zhao"));
        process.waitForFinished(60000);
        return process.exitCode();
    };
    QCOMPARE(
        own({QStringLiteral("user"), QStringLiteral("password")}, QStringLiteral("first pass 9")),
        0);
    QCOMPARE(own(opinion, QStringLiteral("zhao's own pass")), 0);
    auto database = Database::open(path);
    QCOMPARE(auditCount(*database, QStringLiteral("login.failed")), 1);
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT role FROM accounts WHERE name = 'zhao'"))
                 .toString(),
             QStringLiteral("reviewer"));
}

QTEST_GUILESS_MAIN(TestAccess)
#include "test_access.moc"
