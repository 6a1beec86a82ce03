#include "backup/integritycheck.h"
#include "domain/dataerror.h"
#include "records/recordrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The audit trail: one entry per write, in the same transaction, hash-chained, append-only.
class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void everyWriteLeavesOneEntry();
    void chainVerifies();
    void auditRowsCannotBeChangedOrDeleted();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void refusedWriteLeavesNoEntry();
};

void TestAudit::everyWriteLeavesOneEntry()
{
    auto database = TestDatabase::inMemory();
    const QSqlDatabase db = database->connection();
    // The demo accounts and the sign-in are in the trail already.
    const int signedIn = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
    const qint64 cadre = TestDatabase::addCadre(*database, QStringLiteral("张建国"), unit,
                                                QStringLiteral("局长"), true);
    RecordRepository repository(*database);
    repository.update(QStringLiteral("cadres"), cadre,
                      {{QStringLiteral("position"), QStringLiteral("党组书记、局长")}});
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
             signedIn + 3);
    QSqlQuery last = Sql::run(db, QStringLiteral("SELECT user_name, action, entity, entity_id, "
                                                 "cadre_id, before, after FROM audit_log "
                                                 "ORDER BY id DESC LIMIT 1"));
    QVERIFY(last.next());
    QCOMPARE(last.value(0).toString(), QStringLiteral("officer"));
    QCOMPARE(last.value(1).toString(), QStringLiteral("update"));
    QCOMPARE(last.value(2).toString(), QStringLiteral("cadres"));
    QCOMPARE(last.value(3).toLongLong(), cadre);
    QCOMPARE(last.value(4).toLongLong(), cadre);
    const auto before = QJsonDocument::fromJson(last.value(5).toString().toUtf8()).object();
    const auto after = QJsonDocument::fromJson(last.value(6).toString().toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("position")).toString(), QStringLiteral("局长"));
    QCOMPARE(after.value(QStringLiteral("position")).toString(), QStringLiteral("党组书记、局长"));
    QVERIFY(!after.contains(QStringLiteral("name"))); // field-level: only what changed

    // A change that changes nothing writes nothing.
    repository.update(QStringLiteral("cadres"), cadre,
                      {{QStringLiteral("position"), QStringLiteral("党组书记、局长")}});
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
             signedIn + 3);
    repository.remove(QStringLiteral("cadres"), cadre);
    QCOMPARE(
        Sql::scalar(db, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"))
            .toString(),
        QStringLiteral("delete"));
}

void TestAudit::chainVerifies()
{
    auto database = TestDatabase::inMemory();
    const qint64 signedIn = AuditLog::verify(database->connection()).entries;
    const qint64 unit
        = TestDatabase::addUnit(*database, QStringLiteral("城关镇"), QStringLiteral("township"));
    for (int i = 0; i < 20; ++i)
        TestDatabase::addCadre(*database, QStringLiteral("干部%1").arg(i), unit);
    const auto verification = AuditLog::verify(database->connection());
    QVERIFY(verification.intact);
    QCOMPARE(verification.entries, signedIn + 21);
    QCOMPARE(verification.headHash.size(), 64);
    QVERIFY(checkIntegrity(*database).ok());
}

void TestAudit::auditRowsCannotBeChangedOrDeleted()
{
    auto database = TestDatabase::inMemory();
    TestDatabase::addUnit(*database, QStringLiteral("县财政局"));
    QSqlQuery query(database->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone'")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("cannot be changed")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("cannot be deleted")));
}

void TestAudit::tamperingIsFound_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<qint64>("firstBroken");
    QTest::newRow("changed user") << "UPDATE audit_log SET user_name = 'someone' WHERE id = 3"
                                  << qint64(3);
    QTest::newRow("changed after") << "UPDATE audit_log SET after = '{}' WHERE id = 2" << qint64(2);
    QTest::newRow("deleted entry") << "DELETE FROM audit_log WHERE id = 2" << qint64(3);
    QTest::newRow("rehashed entry")
        << "UPDATE audit_log SET hash = prev_hash WHERE id = 4" << qint64(4);
}

void TestAudit::tamperingIsFound()
{
    QFETCH(QString, statement);
    QFETCH(qint64, firstBroken);
    auto database = TestDatabase::inMemory();
    const qint64 unit
        = TestDatabase::addUnit(*database, QStringLiteral("东坝乡"), QStringLiteral("township"));
    for (int i = 0; i < 4; ++i)
        TestDatabase::addCadre(*database, QStringLiteral("干部%1").arg(i), unit);
    QSqlQuery query(database->connection());
    // Someone with the file and an SQLite tool can drop the guards; the chain still tells.
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    QVERIFY(query.exec(statement));
    const auto verification = AuditLog::verify(database->connection());
    QVERIFY(!verification.intact);
    QCOMPARE(verification.firstBrokenId, firstBroken);
    const IntegrityReport report = checkIntegrity(*database);
    QVERIFY(!report.ok());
    QVERIFY(report.problems.join(QString()).contains(QStringLiteral("audit")));
}

void TestAudit::refusedWriteLeavesNoEntry()
{
    auto database = TestDatabase::inMemory();
    const QSqlDatabase db = database->connection();
    TestDatabase::addUnit(*database, QStringLiteral("县审计局"));
    RecordRepository repository(*database);
    const int entries = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    QVERIFY_THROWS_EXCEPTION(
        DataError, repository.create(QStringLiteral("cadres"),
                                     {{QStringLiteral("dossier_number"), QStringLiteral("X-1")},
                                      {QStringLiteral("name"), QStringLiteral("李四")},
                                      {QStringLiteral("gender"), QStringLiteral("unknown")},
                                      {QStringLiteral("unit_id"), 1}}));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), entries);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cadres")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
