#include "access/accesserror.h"
#include "settings/programsettings.h"
#include "storage/database.h"
#include "storage/dataerror.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTest>

// The settings a commission may change: who may, which values are taken, and that a change is
// audited while a refused one changes nothing.
class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsUntilChanged();
    void values_data();
    void values();
    void onlyTheAdministratorChangesSettings_data();
    void onlyTheAdministratorChangesSettings();
};

namespace {

int changesAudited(const Database &database)
{
    return Sql::scalar(database.connection(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'settings.change'"))
        .toInt();
}

} // namespace

void TestSettings::defaultsUntilChanged()
{
    auto database = TestDatabase::inMemory(QStringLiteral("admin"));
    ProgramSettings settings(*database);
    QCOMPARE(settings.value(QStringLiteral("idle_lock_minutes")), QStringLiteral("10"));
    QCOMPARE(settings.value(QStringLiteral("backups_kept")), QStringLiteral("10"));
    QCOMPARE(settings.value(QStringLiteral("similarity_threshold")), QStringLiteral("0.5"));
    QVERIFY_THROWS_EXCEPTION(DataError, settings.value(QStringLiteral("no_such_setting")));
}

void TestSettings::values_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("taken");
    QTest::newRow("idle lock 15") << "idle_lock_minutes"
                                  << "15" << true;
    QTest::newRow("idle lock 0") << "idle_lock_minutes"
                                 << "0" << false;
    QTest::newRow("idle lock 241") << "idle_lock_minutes"
                                   << "241" << false;
    QTest::newRow("idle lock words") << "idle_lock_minutes"
                                     << "ten" << false;
    QTest::newRow("backups 30") << "backups_kept"
                                << "30" << true;
    QTest::newRow("backups 2.5") << "backups_kept"
                                 << "2.5" << false;
    QTest::newRow("threshold 0.7") << "similarity_threshold"
                                   << "0.7" << true;
    QTest::newRow("threshold 1.5") << "similarity_threshold"
                                   << "1.5" << false;
    QTest::newRow("threshold 0.05") << "similarity_threshold"
                                    << "0.05" << false;
    QTest::newRow("commission") << "commission_name"
                                << "清河县纪委监委" << true;
    QTest::newRow("commission blank") << "commission_name"
                                      << "   " << false;
    QTest::newRow("marking") << "confidentiality_marking"
                             << "机密" << true;
    QTest::newRow("unknown key") << "no_such_setting"
                                 << "1" << false;
}

void TestSettings::values()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, taken);
    auto database = TestDatabase::inMemory(QStringLiteral("admin"));
    ProgramSettings settings(*database);
    if (taken) {
        settings.set(key, value);
        QCOMPARE(settings.value(key), value);
        QCOMPARE(changesAudited(*database), 1);
        settings.set(key, value); // the same value again is no change
        QCOMPARE(changesAudited(*database), 1);
        return;
    }
    const QString rows = Sql::scalar(database->connection(),
                                     QStringLiteral("SELECT group_concat(key || '=' || value) "
                                                    "FROM settings"))
                             .toString();
    try {
        settings.set(key, value);
        QFAIL("a bad value was taken");
    } catch (const DataError &error) {
        QVERIFY(!error.message().isEmpty());
    }
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT group_concat(key || '=' || value) FROM settings"))
                 .toString(),
             rows);
    QCOMPARE(changesAudited(*database), 0);
}

void TestSettings::onlyTheAdministratorChangesSettings_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("administrator") << "admin" << true;
    QTest::newRow("security") << "security" << false;
    QTest::newRow("auditor") << "auditor" << false;
    QTest::newRow("officer") << "officer" << false;
    QTest::newRow("reviewer") << "reviewer" << false;
}

void TestSettings::onlyTheAdministratorChangesSettings()
{
    QFETCH(QString, account);
    QFETCH(bool, allowed);
    auto database = TestDatabase::inMemory(account);
    ProgramSettings settings(*database);
    if (allowed) {
        settings.set(QStringLiteral("backups_kept"), QStringLiteral("20"));
        QCOMPARE(settings.value(QStringLiteral("backups_kept")), QStringLiteral("20"));
        return;
    }
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             settings.set(QStringLiteral("backups_kept"), QStringLiteral("20")));
    QCOMPARE(settings.value(QStringLiteral("backups_kept")), QStringLiteral("10"));
    QCOMPARE(changesAudited(*database), 0);
}

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
