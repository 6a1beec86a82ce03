#include "access/access.h"
#include "access/accesserror.h"
#include "access/accounts.h"
#include "access/auditseals.h"
#include "directory/cadredirectory.h"
#include "domain/dataerror.h"
#include "records/recordrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/serversecurity.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The server enforces the roles too: each account signs in to the server as its own role, and a
// direct connection with an account's password (as psql would make it) sees and changes no more
// than the program lets that account see and change. The trail is the server's to write.
class TestServerSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aPasswordSetByTheAdministratorOpensNothing();
    void theSeparatedAdministratorsSeeNoDossierFacts_data();
    void theSeparatedAdministratorsSeeNoDossierFacts();
    void aReviewerSeesItsUnitsOnly();
    void noOneReadsTheirOwnOrARelativesDossier();
    void noAccountWritesTheTrail_data();
    void noAccountWritesTheTrail();
    void theServerNamesWhoWroteAnEntry();
    void aTemporaryTableStandsInForNothing();
    void noAccountRaisesItself_data();
    void noAccountRaisesItself();
    void writesFollowTheRoles_data();
    void writesFollowTheRoles();
    void theProgramWorksOnAnAccountsOwnConnection();
    void papersCarryTheTrailsHeadOnEveryConnection_data();
    void papersCarryTheTrailsHeadOnEveryConnection();
    void theAuditorSealsTheTrailOnItsOwnRole();
    void theWindowOfASeparatedAdministratorStillShowsTheDirectory();
    void anAccountMadeInTheProgramSignsInToTheServer();

private:
    // A connection of its own with an account's server role, over TCP as a colleague's PC
    // would make it, with the password the server checks.
    struct Raw
    {
        QString name;
        QSqlDatabase db;
        ~Raw();
        QVariant scalar(const QString &statement) const;
        // The SQLSTATE the server refused `statement` with; empty when it ran.
        QString refusal(const QString &statement) const;
    };
    std::unique_ptr<Raw> connect(const QString &account, const QString &password = {}) const;
    ServerAddress accountAddress(const QString &account, const QString &password) const;
    static QString ownPassword(const QString &account);
    qint64 accountId(const QString &name) const;
    qint64 ownerCount(const QString &statement) const;

    ServerAddress m_address;
    std::unique_ptr<Database> m_owner;
    qint64 m_unitA = 0;
    qint64 m_unitB = 0;
    qint64 m_self = 0;      // the case officer's own cadre
    qint64 m_spouse = 0;    // its key relative
    qint64 m_colleague = 0; // in unit A
    qint64 m_outsider = 0;  // in unit B
};

TestServerSecurity::Raw::~Raw()
{
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QVariant TestServerSecurity::Raw::scalar(const QString &statement) const
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        qWarning() << statement << query.lastError().text();
    return query.next() ? query.value(0) : QVariant();
}

QString TestServerSecurity::Raw::refusal(const QString &statement) const
{
    QSqlQuery query(db);
    return query.exec(statement) ? QString() : query.lastError().nativeErrorCode();
}

ServerAddress TestServerSecurity::accountAddress(const QString &account,
                                                 const QString &password) const
{
    const QString name
        = Sql::scalar(m_owner->connection(), QStringLiteral("SELECT dossier_name()")).toString();
    return ServerAddress::parse(QStringLiteral("postgresql://127.0.0.1:%1/%2?sslmode=disable")
                                    .arg(m_address.port())
                                    .arg(m_address.database()))
        .withUser(ServerSecurity::roleName(account, name), password);
}

std::unique_ptr<TestServerSecurity::Raw> TestServerSecurity::connect(const QString &account,
                                                                     const QString &password) const
{
    static int made = 0;
    auto raw = std::make_unique<Raw>();
    raw->name = QStringLiteral("raw-%1").arg(++made);
    raw->db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), raw->name);
    accountAddress(account, password.isEmpty() ? ownPassword(account) : password)
        .configure(raw->db);
    if (!raw->db.open())
        return nullptr;
    return raw;
}

QString TestServerSecurity::ownPassword(const QString &account)
{
    return QStringLiteral("Own-%1-pass-2026").arg(account);
}

qint64 TestServerSecurity::accountId(const QString &name) const
{
    return Sql::scalar(m_owner->connection(),
                       QStringLiteral("SELECT id FROM accounts WHERE name = ?"), {name})
        .toLongLong();
}

qint64 TestServerSecurity::ownerCount(const QString &statement) const
{
    return Sql::scalar(m_owner->connection(), statement).toLongLong();
}

void TestServerSecurity::initTestCase()
{
    // A database of its own, secured under its own name: the suite sets its accounts' passwords.
    m_address = TestDatabase::newServerDatabase(true);
    m_owner = Database::openServer(m_address, Database::Mode::CreateOrOpen);
    QVERIFY(m_owner->serverAccount().isEmpty());
    TestDatabase::addDemoAccounts(*m_owner);
    TestDatabase::signIn(*m_owner, QStringLiteral("officer"));
    m_unitA = TestDatabase::addUnit(*m_owner, QStringLiteral("县水利局"));
    m_unitB = TestDatabase::addUnit(*m_owner, QStringLiteral("县交通运输局"));
    m_self
        = TestDatabase::addCadre(*m_owner, QStringLiteral("周红"), m_unitA, QStringLiteral("科员"));
    m_spouse = TestDatabase::addCadre(*m_owner, QStringLiteral("吴建国"), m_unitA,
                                      QStringLiteral("副局长"));
    m_colleague = TestDatabase::addCadre(*m_owner, QStringLiteral("李明"), m_unitA,
                                         QStringLiteral("局长"), true);
    m_outsider = TestDatabase::addCadre(*m_owner, QStringLiteral("赵强"), m_unitB,
                                        QStringLiteral("局长"), true);
    RecordRepository records(*m_owner);
    records.create(QStringLiteral("relatives"),
                   {{QStringLiteral("cadre_id"), m_self},
                    {QStringLiteral("relation"), QStringLiteral("spouse")},
                    {QStringLiteral("name"), QStringLiteral("吴建国")},
                    {QStringLiteral("relative_cadre_id"), m_spouse},
                    {QStringLiteral("is_key"), 1}});
    for (const qint64 cadre : {m_self, m_spouse, m_colleague, m_outsider})
        records.create(QStringLiteral("talks"),
                       {{QStringLiteral("cadre_id"), cadre},
                        {QStringLiteral("kind"), QStringLiteral("reminder")},
                        {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
                        {QStringLiteral("talk_date"), QStringLiteral("2026-03-02")},
                        {QStringLiteral("summary"), QStringLiteral("提醒谈话")}});
    // The security administrator links the case officer to its cadre and keeps the reviewer to
    // unit A; the administrator gives every account a password of the administrator's choosing.
    TestDatabase::signIn(*m_owner, QStringLiteral("security"));
    Accounts(*m_owner).linkCadre(accountId(QStringLiteral("officer")), m_self);
    Accounts(*m_owner).setScope(accountId(QStringLiteral("reviewer")), false, {m_unitA});
    TestDatabase::signIn(*m_owner, QStringLiteral("admin"));
    for (const char *name : {"admin", "security", "auditor", "officer", "reviewer"})
        Accounts(*m_owner).resetPassword(accountId(QLatin1String(name)),
                                         QStringLiteral("Set-by-admin-2026"));
}

void TestServerSecurity::cleanupTestCase()
{
    m_owner.reset();
}

void TestServerSecurity::aPasswordSetByTheAdministratorOpensNothing()
{
    for (const char *account : {"admin", "security", "auditor", "officer", "reviewer"}) {
        const QString name = QLatin1String(account);
        QVERIFY2(!connect(name, QStringLiteral("wrong-password")), account);
        {
            const auto raw = connect(name, QStringLiteral("Set-by-admin-2026"));
            QVERIFY2(raw, account);
            // Until its owner sets a password of their own, the account holds no role.
            QCOMPARE(raw->scalar(QStringLiteral("SELECT count(*) FROM cadres")).toLongLong(), 0);
            QCOMPARE(raw->scalar(QStringLiteral("SELECT count(*) FROM talks")).toLongLong(), 0);
        }
        // Its owner sets one through the program, on a connection made with the account's role.
        auto own = Database::openServer(accountAddress(name, QStringLiteral("Set-by-admin-2026")));
        QCOMPARE(own->serverAccount(), name);
        Accounts accounts(*own);
        accounts.signIn(name, QStringLiteral("Set-by-admin-2026"));
        QVERIFY_THROWS_EXCEPTION(
            AccessError,
            accounts.changePassword(QStringLiteral("not-the-password"), ownPassword(name)));
        accounts.changePassword(QStringLiteral("Set-by-admin-2026"), ownPassword(name));
        QVERIFY2(!connect(name, QStringLiteral("Set-by-admin-2026")), account);
        QVERIFY2(connect(name), account);
    }
    QVERIFY(AuditLog::verify(m_owner->connection()).intact);
}

void TestServerSecurity::theSeparatedAdministratorsSeeNoDossierFacts_data()
{
    QTest::addColumn<QString>("account");
    QTest::newRow("系统管理员") << QStringLiteral("admin");
    QTest::newRow("安全保密管理员") << QStringLiteral("security");
    QTest::newRow("安全审计员") << QStringLiteral("auditor");
}

void TestServerSecurity::theSeparatedAdministratorsSeeNoDossierFacts()
{
    QFETCH(QString, account);
    const auto raw = connect(account);
    QVERIFY(raw);
    for (const char *table : {"talks", "relatives", "positions", "clues", "cases", "sanctions",
                              "opinion_answers", "statistic_counts", "cadre_timeline"})
        QCOMPARE(raw->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                     .toLongLong(),
                 0);
    // The directory's names, units and positions, as the window shows them; nothing more.
    QCOMPARE(raw->scalar(QStringLiteral("SELECT count(name) FROM cadres")).toLongLong(), 4);
    QCOMPARE(raw->refusal(QStringLiteral("SELECT id_number FROM cadres")), QStringLiteral("42501"));
    QCOMPARE(raw->refusal(QStringLiteral("SELECT * FROM cadres")), QStringLiteral("42501"));
    QCOMPARE(raw->refusal(QStringLiteral("SELECT birth_date FROM cadres")),
             QStringLiteral("42501"));
    // The auditor reads the whole trail; the others none of it.
    const qint64 entries = ownerCount(QStringLiteral("SELECT count(*) FROM audit_log"));
    QCOMPARE(raw->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(),
             account == QLatin1String("auditor") ? entries : 0);
}

void TestServerSecurity::aReviewerSeesItsUnitsOnly()
{
    const auto raw = connect(QStringLiteral("reviewer"));
    QVERIFY(raw);
    QCOMPARE(raw->scalar(QStringLiteral("SELECT count(*) FROM cadres")).toLongLong(), 3);
    QCOMPARE(raw->scalar(QStringLiteral("SELECT count(*) FROM talks")).toLongLong(), 3);
    QCOMPARE(
        raw->scalar(
               QStringLiteral("SELECT count(*) FROM talks WHERE cadre_id = %1").arg(m_outsider))
            .toLongLong(),
        0);
    QCOMPARE(raw->scalar(QStringLiteral("SELECT count(*) FROM cadre_grams WHERE cadre_id = %1")
                             .arg(m_outsider))
                 .toLongLong(),
             0);
    // Through the views too: they read their tables as the reader.
    QCOMPARE(raw->scalar(QStringLiteral("SELECT count(DISTINCT cadre_id) FROM cadre_timeline"))
                 .toLongLong(),
             3);
}

void TestServerSecurity::noOneReadsTheirOwnOrARelativesDossier()
{
    const auto raw = connect(QStringLiteral("officer"));
    QVERIFY(raw);
    QCOMPARE(raw->scalar(QStringLiteral("SELECT count(*) FROM talks")).toLongLong(), 2);
    for (const qint64 closed : {m_self, m_spouse}) {
        QCOMPARE(
            raw->scalar(
                   QStringLiteral("SELECT count(*) FROM talks WHERE cadre_id = %1").arg(closed))
                .toLongLong(),
            0);
        QCOMPARE(
            raw->scalar(
                   QStringLiteral("SELECT count(*) FROM relatives WHERE cadre_id = %1").arg(closed))
                .toLongLong(),
            0);
        QCOMPARE(
            raw->scalar(
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE cadre_id = %1").arg(closed))
                .toLongLong(),
            0);
    }
    // Their names stay in the directory, as the window shows them.
    QCOMPARE(raw->scalar(QStringLiteral("SELECT count(*) FROM cadres")).toLongLong(), 4);

    // The program refuses them in its own words on the account's own connection as well.
    auto own = Database::openServer(
        accountAddress(QStringLiteral("officer"), ownPassword(QStringLiteral("officer"))));
    Accounts(*own).signIn(QStringLiteral("officer"), ownPassword(QStringLiteral("officer")));
    QVERIFY(Access::visibility(*own).barred.contains(m_spouse));
    try {
        Access::requireDossier(*own, m_spouse, Permission::ReadDossiers);
        QFAIL("a relative's dossier was opened");
    } catch (const AccessError &error) {
        QVERIFY2(error.message().contains(QLatin1String("close relative")),
                 qPrintable(error.message()));
    }
    Access::requireDossier(*own, m_colleague, Permission::ReadDossiers);
}

void TestServerSecurity::noAccountWritesTheTrail_data()
{
    QTest::addColumn<QString>("account");
    for (const char *account : {"admin", "security", "auditor", "officer", "reviewer"})
        QTest::newRow(account) << QString::fromLatin1(account);
}

void TestServerSecurity::noAccountWritesTheTrail()
{
    QFETCH(QString, account);
    const auto raw = connect(account);
    QVERIFY(raw);
    for (const char *statement :
         {"INSERT INTO audit_log (id, at, user_name, action, entity, prev_hash, hash) VALUES "
          "(999999, '2026-01-01', 'x', 'x', 'x', 'x', 'x')",
          "UPDATE audit_log SET user_name = 'someone else'", "DELETE FROM audit_log",
          "UPDATE audit_head SET entries = 1", "UPDATE record_changes SET changes = 0",
          "DELETE FROM audit_seals", "TRUNCATE audit_log"})
        QCOMPARE(raw->refusal(QLatin1String(statement)), QStringLiteral("42501"));
}

void TestServerSecurity::theServerNamesWhoWroteAnEntry()
{
    const auto raw = connect(QStringLiteral("officer"));
    QVERIFY(raw);
    const QVariant id = raw->scalar(
        QStringLiteral(
            "SELECT dossier_audit_append('admin', 'dossier.view', 'cadres', %1, %1, '', '', NULL)")
            .arg(m_colleague));
    QVERIFY(id.toLongLong() > 0);
    QCOMPARE(Sql::scalar(m_owner->connection(),
                         QStringLiteral("SELECT user_name FROM audit_log WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("officer"));
    // Hashed as the program hashes its entries: the chain and its head verify.
    const AuditLog::Verification trail = AuditLog::verify(m_owner->connection());
    QVERIFY2(trail.intact, qPrintable(trail.problem));
    QCOMPARE(AuditLog::storedHead(m_owner->connection()).first, id.toLongLong());
    QCOMPARE(AuditLog::storedHead(m_owner->connection()).second, trail.headHash);
}

void TestServerSecurity::aTemporaryTableStandsInForNothing()
{
    // A connection's temporary tables come first in its search path: the server's rules must
    // never read an account's stand-in for the accounts or the relatives.
    const auto raw = connect(QStringLiteral("officer"));
    QVERIFY(raw);
    QVERIFY(raw->refusal(QStringLiteral("CREATE TEMP TABLE accounts (id BIGINT, name TEXT, role "
                                        "TEXT, cadre_id BIGINT, all_units BIGINT, disabled "
                                        "BIGINT, must_change_password BIGINT)"))
                .isEmpty());
    QVERIFY(raw->refusal(QStringLiteral("INSERT INTO pg_temp.accounts VALUES (%1, 'officer', "
                                        "'auditor', NULL, 1, 0, 0)")
                             .arg(accountId(QStringLiteral("officer"))))
                .isEmpty());
    QVERIFY(raw->refusal(QStringLiteral("CREATE TEMP TABLE relatives (cadre_id BIGINT, "
                                        "relative_cadre_id BIGINT, is_key BIGINT, relation TEXT)"))
                .isEmpty());
    QCOMPARE(raw->scalar(QStringLiteral("SELECT dossier_role()")).toString(),
             QStringLiteral("officer"));
    QCOMPARE(
        raw->scalar(QStringLiteral("SELECT count(*) FROM talks WHERE cadre_id = %1").arg(m_spouse))
            .toLongLong(),
        0);
    QCOMPARE(raw->scalar(QStringLiteral("SELECT count(*) FROM public.audit_log WHERE cadre_id IS "
                                        "NULL"))
                 .toLongLong(),
             0);
}

void TestServerSecurity::noAccountRaisesItself_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("statement");
    QTest::newRow("officer makes itself administrator")
        << QStringLiteral("officer")
        << QStringLiteral("UPDATE accounts SET role = 'administrator' WHERE name = 'officer'");
    QTest::newRow("reviewer widens its own units")
        << QStringLiteral("reviewer")
        << QStringLiteral("UPDATE accounts SET all_units = 1 WHERE name = 'reviewer'");
    QTest::newRow("officer unlinks its own cadre")
        << QStringLiteral("officer")
        << QStringLiteral("UPDATE accounts SET cadre_id = NULL WHERE name = 'officer'");
    QTest::newRow("security gives itself dossiers")
        << QStringLiteral("security")
        << QStringLiteral("UPDATE accounts SET role = 'officer' WHERE name = 'security'");
    QTest::newRow("administrator grants a role beside the security administrator")
        << QStringLiteral("admin")
        << QStringLiteral("UPDATE accounts SET role = 'officer' WHERE name = 'auditor'");
    QTest::newRow("administrator makes an officer")
        << QStringLiteral("admin")
        << QStringLiteral("INSERT INTO accounts (name, password_hash, role, created_at) VALUES "
                          "('mole', 'x', 'officer', '2026-01-01')");
    QTest::newRow("auditor changes another's password")
        << QStringLiteral("auditor")
        << QStringLiteral("UPDATE accounts SET password_hash = 'x' WHERE name = 'officer'");
    QTest::newRow("reviewer reads the password hashes")
        << QStringLiteral("reviewer") << QStringLiteral("SELECT password_hash FROM accounts");
    QTest::newRow("security reads the password hashes")
        << QStringLiteral("security") << QStringLiteral("SELECT password_hash FROM accounts");
    QTest::newRow("admin deletes an account")
        << QStringLiteral("admin") << QStringLiteral("DELETE FROM accounts WHERE name = 'auditor'");
    QTest::newRow("auditor sets another's server password")
        << QStringLiteral("auditor")
        << QStringLiteral("SELECT dossier_account_role((SELECT id FROM accounts WHERE name = "
                          "'officer'), 'SCRAM-SHA-256$4096:AAAA$BBBB:CCCC')");
}

void TestServerSecurity::noAccountRaisesItself()
{
    QFETCH(QString, account);
    QFETCH(QString, statement);
    const auto raw = connect(account);
    QVERIFY(raw);
    QCOMPARE(raw->refusal(statement), QStringLiteral("42501"));
    // Nor may it join the group of those who read dossiers.
    const QString group
        = Sql::scalar(m_owner->connection(), QStringLiteral("SELECT dossier_name() || '_readers'"))
              .toString();
    QCOMPARE(raw->refusal(QStringLiteral("GRANT \"%1\" TO CURRENT_USER").arg(group)),
             QStringLiteral("42501"));
}

void TestServerSecurity::writesFollowTheRoles_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("cadre");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("officer, a colleague")
        << QStringLiteral("officer") << QStringLiteral("colleague") << true;
    QTest::newRow("officer, its own dossier")
        << QStringLiteral("officer") << QStringLiteral("self") << false;
    QTest::newRow("officer, its spouse's")
        << QStringLiteral("officer") << QStringLiteral("spouse") << false;
    QTest::newRow("reviewer, in its units")
        << QStringLiteral("reviewer") << QStringLiteral("colleague") << false;
    QTest::newRow("administrator")
        << QStringLiteral("admin") << QStringLiteral("colleague") << false;
}

void TestServerSecurity::writesFollowTheRoles()
{
    QFETCH(QString, account);
    QFETCH(QString, cadre);
    QFETCH(bool, allowed);
    const qint64 id = cadre == QLatin1String("self")     ? m_self
                      : cadre == QLatin1String("spouse") ? m_spouse
                                                         : m_colleague;
    const auto raw = connect(account);
    QVERIFY(raw);
    QVERIFY(raw->refusal(QStringLiteral("BEGIN")).isEmpty());
    const QString insert
        = raw->refusal(QStringLiteral("INSERT INTO talks (cadre_id, kind, held_by, talk_date) "
                                      "VALUES (%1, 'reminder', 'discipline_commission', "
                                      "'2026-04-01')")
                           .arg(id));
    raw->refusal(QStringLiteral("ROLLBACK"));
    QCOMPARE(insert.isEmpty(), allowed);
    if (!allowed)
        QCOMPARE(insert, QStringLiteral("42501"));
    QVERIFY(raw->refusal(QStringLiteral("BEGIN")).isEmpty());
    raw->refusal(
        QStringLiteral("UPDATE talks SET summary = 'changed' WHERE cadre_id = %1").arg(id));
    const qint64 changed
        = raw->scalar(QStringLiteral("SELECT count(*) FROM talks WHERE summary = 'changed'"))
              .toLongLong();
    raw->refusal(QStringLiteral("ROLLBACK"));
    QCOMPARE(changed > 0, allowed);
}

void TestServerSecurity::theProgramWorksOnAnAccountsOwnConnection()
{
    auto own = Database::openServer(
        accountAddress(QStringLiteral("officer"), ownPassword(QStringLiteral("officer"))));
    Accounts accounts(*own);
    // Only the connection's own account signs in on it.
    try {
        accounts.signIn(QStringLiteral("reviewer"), ownPassword(QStringLiteral("reviewer")));
        QFAIL("another account signed in on the officer's connection");
    } catch (const AccessError &error) {
        QVERIFY2(error.message().contains(QLatin1String("officer")), qPrintable(error.message()));
    }
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             accounts.signIn(QStringLiteral("officer"), QStringLiteral("wrong")));
    accounts.signIn(QStringLiteral("officer"), ownPassword(QStringLiteral("officer")));
    const qint64 before = ownerCount(QStringLiteral("SELECT count(*) FROM talks"));
    const qint64 talk = RecordRepository(*own).create(
        QStringLiteral("talks"),
        {{QStringLiteral("cadre_id"), m_colleague},
         {QStringLiteral("kind"), QStringLiteral("reminder")},
         {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
         {QStringLiteral("talk_date"), QStringLiteral("2026-05-06")},
         {QStringLiteral("summary"), QStringLiteral("当面提醒")}});
    QVERIFY(talk > 0);
    QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM talks")), before + 1);
    QCOMPARE(
        Sql::scalar(m_owner->connection(),
                    QStringLiteral("SELECT user_name FROM audit_log WHERE entity = 'talks' AND "
                                   "entity_id = ?"),
                    {talk})
            .toString(),
        QStringLiteral("officer"));
    QVERIFY(AuditLog::verify(m_owner->connection()).intact);
    QVERIFY(AuditLog::unaccountedChanges(m_owner->connection()).isEmpty());
    // Its directory shows every cadre, with facts about all but its own and its spouse.
    CadreDirectory directory(*own);
    QVERIFY(directory.showsFacts());
    QCOMPARE(directory.count({}), 4);
}

void TestServerSecurity::papersCarryTheTrailsHeadOnEveryConnection_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("readsWholeTrail");
    QTest::newRow("case officer") << QStringLiteral("officer") << false;
    QTest::newRow("reviewer") << QStringLiteral("reviewer") << false;
    QTest::newRow("administrator") << QStringLiteral("admin") << false;
    QTest::newRow("auditor") << QStringLiteral("auditor") << true;
}

void TestServerSecurity::papersCarryTheTrailsHeadOnEveryConnection()
{
    QFETCH(QString, account);
    QFETCH(bool, readsWholeTrail);
    auto own = Database::openServer(accountAddress(account, ownPassword(account)));
    // The verification code printed on a paper names the trail's head, though the account's
    // role reads only part of the trail; check, which reads all of it, is the auditor's.
    const QString code = AuditLog::verificationCode(own->connection());
    QCOMPARE(code, AuditLog::verificationCode(m_owner->connection()));
    QVERIFY(AuditLog::codeMatches(m_owner->connection(), code));
    QCOMPARE(ServerSecurity::readsWholeTrail(own->connection()), readsWholeTrail);
    QVERIFY(ServerSecurity::readsWholeTrail(m_owner->connection()));
}

void TestServerSecurity::theAuditorSealsTheTrailOnItsOwnRole()
{
    auto own = Database::openServer(
        accountAddress(QStringLiteral("auditor"), ownPassword(QStringLiteral("auditor"))));
    Accounts(*own).signIn(QStringLiteral("auditor"), ownPassword(QStringLiteral("auditor")));
    const QString file = AuditSeals::sealFile(own->connection(), own->path());
    QVERIFY2(!file.contains(QLatin1String("postgresql:")), qPrintable(file));
    QFile::remove(file);
    QVERIFY(AuditSeals(*own).seal(QStringLiteral("test")));
    const AuditSeals::Verification seals = AuditSeals::verify(m_owner->connection(), file);
    QVERIFY2(seals.problems.isEmpty(), qPrintable(seals.problems.join(QLatin1Char('\n'))));
    QCOMPARE(seals.seals, 1);
    // Nobody else seals: a case officer's own role may not add one.
    const auto raw = connect(QStringLiteral("officer"));
    QCOMPARE(raw->refusal(QStringLiteral("INSERT INTO audit_seals (at, entries, head_hash, "
                                         "account_name, role, public_key, reason, signature) "
                                         "VALUES ('2026-01-01', 1, 'x', 'officer', 'auditor', "
                                         "'x', 'x', 'x')")),
             QStringLiteral("42501"));
}

void TestServerSecurity::theWindowOfASeparatedAdministratorStillShowsTheDirectory()
{
    auto own = Database::openServer(
        accountAddress(QStringLiteral("security"), ownPassword(QStringLiteral("security"))));
    Accounts(*own).signIn(QStringLiteral("security"), ownPassword(QStringLiteral("security")));
    CadreDirectory directory(*own);
    QVERIFY(!directory.showsFacts());
    QCOMPARE(directory.count({}), 4);
    const auto rows = directory.page({}, CadreDirectory::SortKey::Name, Qt::AscendingOrder, 0, 10);
    QCOMPARE(int(rows.size()), 4);
    // Managing accounts works on its own connection: the list has no password in it.
    QCOMPARE(Accounts(*own).list().size(), 5);
}

void TestServerSecurity::anAccountMadeInTheProgramSignsInToTheServer()
{
    auto own = Database::openServer(
        accountAddress(QStringLiteral("admin"), ownPassword(QStringLiteral("admin"))));
    Accounts accounts(*own);
    accounts.signIn(QStringLiteral("admin"), ownPassword(QStringLiteral("admin")));
    const qint64 clerk
        = accounts.create(QStringLiteral("clerk"), QStringLiteral("Clerk-first-2026"), Role::None);
    {
        const auto raw = connect(QStringLiteral("clerk"), QStringLiteral("Clerk-first-2026"));
        QVERIFY(raw);
        QCOMPARE(raw->scalar(QStringLiteral("SELECT count(*) FROM cadres")).toLongLong(), 0);
    }
    accounts.setDisabled(clerk, true);
    QVERIFY(!connect(QStringLiteral("clerk"), QStringLiteral("Clerk-first-2026")));
    accounts.setDisabled(clerk, false);
    QVERIFY(connect(QStringLiteral("clerk"), QStringLiteral("Clerk-first-2026")));
    QVERIFY(AuditLog::verify(m_owner->connection()).intact);
}

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "test_server_security.moc"
