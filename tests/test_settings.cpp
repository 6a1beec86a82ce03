#include "access/accesserror.h"
#include "dialogs/commissionsettingsform.h"
#include "dialogs/settingsdialog.h"
#include "domain/dataerror.h"
#include "domain/rules.h"
#include "settings/programsettings.h"
#include "storage/database.h"
#include "storage/rulesstore.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
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
    void storedValuesTheRulesRefuseGiveTheDefault_data();
    void storedValuesTheRulesRefuseGiveTheDefault();
    void severalAtOnceAreAllOrNothing();
    void admonitionMonthsReachTheRules();
    void settingsPageChangesTheDatabase();
    void settingsPageIsReadOnlyForOthers();
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
    QTest::newRow("admonition 3 months") << "admonition_months"
                                         << "3" << true;
    QTest::newRow("admonition 0 months") << "admonition_months"
                                         << "0" << false;
    QTest::newRow("admonition 25 months") << "admonition_months"
                                          << "25" << false;
    QTest::newRow("alerts 30 days") << "alert_days"
                                    << "30" << true;
    QTest::newRow("alerts 91 days") << "alert_days"
                                    << "91" << false;
    // The program's own keys are not settings anyone changes.
    QTest::newRow("database identity") << "database_id"
                                       << "another" << false;
    QTest::newRow("seal file") << "seal_file"
                               << "/tmp/seals" << false;
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

void TestSettings::storedValuesTheRulesRefuseGiveTheDefault_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("read");
    QTest::newRow("idle lock 0") << "idle_lock_minutes"
                                 << "0"
                                 << "10";
    QTest::newRow("idle lock words") << "idle_lock_minutes"
                                     << "ten"
                                     << "10";
    QTest::newRow("admonition -1") << "admonition_months"
                                   << "-1"
                                   << "6";
    QTest::newRow("threshold 7") << "similarity_threshold"
                                 << "7"
                                 << "0.5";
    QTest::newRow("blank name") << "commission_name"
                                << "  "
                                << "县纪委监委";
    QTest::newRow("good name") << "commission_name"
                               << "清河县纪委监委"
                               << "清河县纪委监委";
    QTest::newRow("alerts 0 days") << "alert_days"
                                   << "0"
                                   << "0";
}

void TestSettings::storedValuesTheRulesRefuseGiveTheDefault()
{
    // What an older version or a hand edit left in the table never reaches a reader unchecked.
    QFETCH(QString, key);
    QFETCH(QString, stored);
    QFETCH(QString, read);
    auto database = TestDatabase::inMemory(QStringLiteral("admin"));
    Sql::run(database->connection(),
             QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
             {key, stored});
    QCOMPARE(SettingsStore(database->connection()).text(key), read);
    QCOMPARE(ProgramSettings(*database).value(key), read);
}

void TestSettings::severalAtOnceAreAllOrNothing()
{
    auto database = TestDatabase::inMemory(QStringLiteral("admin"));
    ProgramSettings settings(*database);
    try {
        settings.set({{QStringLiteral("idle_lock_minutes"), QStringLiteral("15")},
                      {QStringLiteral("backups_kept"), QStringLiteral("many")}});
        QFAIL("a bad value was taken");
    } catch (const DataError &error) {
        // Named as the settings page names it, never by its key.
        QVERIFY2(error.message().contains(QLatin1String("Automatic backups kept")),
                 qPrintable(error.message()));
        QVERIFY(!error.message().contains(QLatin1String("backups_kept")));
    }
    QCOMPARE(settings.value(QStringLiteral("idle_lock_minutes")), QStringLiteral("10"));
    QCOMPARE(changesAudited(*database), 0);
    settings.set({{QStringLiteral("idle_lock_minutes"), QStringLiteral("15")},
                  {QStringLiteral("backups_kept"), QStringLiteral("20")}});
    QCOMPARE(settings.value(QStringLiteral("idle_lock_minutes")), QStringLiteral("15"));
    QCOMPARE(settings.value(QStringLiteral("backups_kept")), QStringLiteral("20"));
    QCOMPARE(changesAudited(*database), 2);
}

void TestSettings::admonitionMonthsReachTheRules()
{
    // DESIGN.md: the admonition's period is a configurable parameter, localities differ.
    auto database = TestDatabase::inMemory(QStringLiteral("admin"));
    QCOMPARE(RulesStore::load(database->connection()).admonitionMonths(),
             Rules::defaultAdmonitionMonths);
    ProgramSettings(*database).set(QStringLiteral("admonition_months"), QStringLiteral("12"));
    const Rules rules = RulesStore::load(database->connection());
    QCOMPARE(rules.admonitionMonths(), 12);
    QCOMPARE(rules.months(QStringLiteral("admonition"), QDate(2025, 1, 1)).value_or(0), 12);
}

void TestSettings::settingsPageChangesTheDatabase()
{
    auto database = TestDatabase::inMemory(QStringLiteral("admin"));
    SettingsDialog dialog(database.get());
    CommissionSettingsForm *form = dialog.databaseSettings();
    QVERIFY(form && form->mayChange());
    auto *name = qobject_cast<QLineEdit *>(form->field(QStringLiteral("commission_name")));
    auto *months = qobject_cast<QSpinBox *>(form->field(QStringLiteral("admonition_months")));
    QVERIFY(name && months);
    QCOMPARE(name->text(), QStringLiteral("县纪委监委"));
    QCOMPARE(months->value(), 6);
    QCOMPARE(months->maximum(), 24);
    QVERIFY(!months->suffix().isEmpty());
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);

    // A wrong value is named while it is wrong, and no longer.
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(!form->problemLabel()->isHidden());
    QVERIFY(form->problemLabel()->text().contains(QLatin1String("Commission name")));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Qinghe"));
    QVERIFY(form->problemLabel()->isHidden());
    QVERIFY(ok->isEnabled());
    name->setText(QStringLiteral("清河县纪委监委"));
    months->setValue(3);

    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const SettingsStore store(database->connection());
    QCOMPARE(store.value(Setting::CommissionName), QStringLiteral("清河县纪委监委"));
    QCOMPARE(store.value(Setting::AdmonitionMonths), 3);
    QCOMPARE(changesAudited(*database), 2);
}

void TestSettings::settingsPageIsReadOnlyForOthers()
{
    auto database = TestDatabase::inMemory(QStringLiteral("officer"));
    SettingsDialog dialog(database.get());
    CommissionSettingsForm *form = dialog.databaseSettings();
    QVERIFY(form && !form->mayChange());
    auto *name = qobject_cast<QLineEdit *>(form->field(QStringLiteral("commission_name")));
    QVERIFY(name && name->isReadOnly());
    QTest::keyClicks(name, QStringLiteral("x"));
    QCOMPARE(name->text(), QStringLiteral("县纪委监委"));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(changesAudited(*database), 0);
    // No database open: the page has the computer's language alone.
    SettingsDialog alone(nullptr);
    QVERIFY(!alone.databaseSettings());
}

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
