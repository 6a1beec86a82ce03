#include "domain/dataerror.h"
#include "statistics/statisticaggregates.h"
#include "storage/database.h"
#include "storage/derivedschema.h"
#include "storage/migrationhistory.h"
#include "storage/schemacheck.h"
#include "storage/sql.h"
#include "storage/sqlscript.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The schema migrations cannot drift: a released migration never changes (each one's SHA-256 is
// pinned here), versions only grow, a database made at any earlier version is upgraded to the
// newest with its records, its schema the migrations' own and its kept counts right, and a
// database whose history does not match its version is refused, unchanged.
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void releasedMigrationsNeverChange_data();
    void releasedMigrationsNeverChange();
    void versionsOnlyGrow();
    void everyEarlierVersionIsUpgraded_data();
    void everyEarlierVersionIsUpgraded();
    void aSkippedMigrationIsRefused();
    void aDatabaseOfTheReleasedTextsIsUpgraded();
    void derivedTriggersAreMadeAgainWhenTheyDiffer();
};

namespace {

// A database file as the program made it at `version`, with `skipped` migrations left out (as
// a build that skipped them would have), filled with a few records through plain SQL.
// With `released`, migrations 001, 004, 005, 006 and 010 are read as they were first released,
// with the views and every per-table trigger written out (tests/golden/released-migrations), as
// the databases in use were made.
QStringList releasedStatements(const MigrationHistory::Script &script)
{
    const QString file = qEnvironmentVariable("INTEGRITY_DOSSIER_SOURCE_DIR")
                         + QStringLiteral("/tests/golden/released-migrations/")
                         + script.resource.section(QLatin1Char('/'), -1);
    QFile text(file);
    if (!text.open(QIODevice::ReadOnly))
        return MigrationHistory::statements(script);
    return splitSqlScript(QString::fromUtf8(text.readAll()));
}

void makeDatabase(const QString &path, int version, const QList<int> &skipped = {},
                  bool released = false)
{
    const QString name = QStringLiteral("old-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const MigrationHistory::Script &script : MigrationHistory::scripts()) {
            if (script.version > version || skipped.contains(script.version))
                continue;
            const QStringList statements
                = released ? releasedStatements(script) : MigrationHistory::statements(script);
            for (const QString &statement : statements)
                Sql::run(db, statement);
        }
        Sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        Sql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId()));
        const QString now = QStringLiteral("2024-05-06T08:00:00.000Z");
        Sql::run(db, QStringLiteral("INSERT INTO units (id, name, kind) VALUES "
                                    "(1, '清河县', 'county'), (2, '清河县水利局', 'department')"));
        Sql::run(db, QStringLiteral("UPDATE units SET parent_id = 1 WHERE id = 2"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO cadres (id, dossier_number, name, gender, unit_id, "
                                "position, is_top_leader, created_at, updated_at) VALUES "
                                "(1, 'M-1', '张建国', 'male', 2, '局长', 1, ?, ?), "
                                "(2, 'M-2', '李红', 'female', 2, '科员', 0, ?, ?)"),
                 {now, now, now, now});
        Sql::run(db, QStringLiteral("INSERT INTO talks (cadre_id, kind, held_by, talk_date) VALUES "
                                    "(1, 'reminder', 'discipline_commission', '2024-03-05'), "
                                    "(2, 'integrity', 'party_committee', '2024-04-01')"));
        Sql::run(db, QStringLiteral("INSERT INTO sanctions (cadre_id, system, kind, "
                                    "effective_date) VALUES (1, 'party', 'warning', "
                                    "'2024-04-20')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestMigrations::releasedMigrationsNeverChange_data()
{
    QTest::addColumn<QString>("sha256");
    // A migration, once released, is never edited: a change goes into a new one. Add a row
    // here for each new migration as it is released. 001, 004, 005, 006 and 010 were re-based
    // once, when the views cadre_timeline and statistic_sources and the 190 per-table triggers
    // became the program's own (DerivedSchema): the released texts are kept in
    // tests/golden/released-migrations, and aDatabaseOfTheReleasedTextsIsUpgraded proves that a
    // database they made upgrades to the same schema and counts.
    QTest::newRow("001_schema.sql")
        << QStringLiteral("172ce6d6c29ce830579720179546275c00969a168b8dff144af39a211f5845b1");
    QTest::newRow("002_accounts.sql")
        << QStringLiteral("fd0726f6440b7fa6c1c42d20a5f6b4a10728c18dfcb85714537d50716099d104");
    QTest::newRow("004_statistic_counts.sql")
        << QStringLiteral("78403c4fdf3356e22f014d75626592d593d79dd277d33a09a6bf24e7ed04f486");
    QTest::newRow("005_timeline_summary.sql")
        << QStringLiteral("09ff436d87a7bc3b99e14cd1c58f6d970844378f7064147c1de32ae793f76327");
    QTest::newRow("006_four_forms_counts.sql")
        << QStringLiteral("8a7cc2d89087f7298d28eedcd32f52383d5fd63d7408b2510d5516b806f7c05c");
    QTest::newRow("007_summary_templates.sql")
        << QStringLiteral("46cf5b1a56155a70367c7fd5989b12f0292d92eaa306bdc32e860f54009ecfef");
    QTest::newRow("008_statistic_totals.sql")
        << QStringLiteral("823e740aca98d430690f776199457b7520942adf9e3cc47f02efd3899f527100");
    QTest::newRow("009_audit_seals.sql")
        << QStringLiteral("6cc069e5ebbe66604fa3ccd6a617e1a08e6b4fd3e12674fc7c59a2b6e8927e63");
    QTest::newRow("010_record_changes.sql")
        << QStringLiteral("9249e0dc48974321bf8320c89fc0151592a15ebb999ef258180b0a54d248a21c");
    QTest::newRow("011_derived_objects.sql")
        << QStringLiteral("2f0737becd30775bfefe4977b59341550fbc09c2c6cfdaae001532626db56e5c");
    QTest::newRow("012_unit_retirement.sql")
        << QStringLiteral("0f8516da2a13eeada9e5068044851714b363365528295bff062d9a9598f3148b");
    QTest::newRow("013_suspension_lifted.sql")
        << QStringLiteral("23e1af990958d58adceff4ec9b4897a6ab8fc53f8c78891b242a54bfcbe4fda0");
    QTest::newRow("014_team_members.sql")
        << QStringLiteral("a70c04dac43b84cc8f08a5707842053e93752a7dd3fa94bb0498250dd33d1881");
    QTest::newRow("015_case_review.sql")
        << QStringLiteral("7a466b7d5ec4371ebf1c234ee2656303a6aeab3cd56f423baba538232ae80339");
    QTest::newRow("016_review_packages.sql")
        << QStringLiteral("40b2565f03456e67bf5bef9864d5940594874c037851c1e73c7e2cacaefded4b");
}

void TestMigrations::releasedMigrationsNeverChange()
{
    QFETCH(QString, sha256);
    QFile file(QStringLiteral(":/sql/") + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY2(file.open(QIODevice::ReadOnly), "a released migration is gone");
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()),
             sha256);
}

void TestMigrations::versionsOnlyGrow()
{
    const QVector<MigrationHistory::Script> scripts = MigrationHistory::scripts();
    QVERIFY(scripts.size() >= 9);
    QStringList pinned;
    for (int i = 0; i < scripts.size(); ++i) {
        QVERIFY2(scripts[i].version > 0, qPrintable(scripts[i].resource));
        if (i > 0) {
            // Strictly one more than the one before; 3 was never released.
            const int expected = scripts[i - 1].version == 2 ? 4 : scripts[i - 1].version + 1;
            QCOMPARE(scripts[i].version, expected);
        }
    }
    QCOMPARE(Database::latestSchemaVersion(), scripts.back().version);
}

void TestMigrations::everyEarlierVersionIsUpgraded_data()
{
    QTest::addColumn<int>("version");
    const QVector<MigrationHistory::Script> scripts = MigrationHistory::scripts();
    for (int i = 0; i + 1 < scripts.size(); ++i)
        QTest::addRow("from %d", scripts[i].version) << scripts[i].version;
}

void TestMigrations::everyEarlierVersionIsUpgraded()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    makeDatabase(path, version);
    if (QTest::currentTestFailed())
        return;
    const auto database = Database::open(path);
    const QSqlDatabase db = database->connection();
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    // The records came through, and the schema is the newest one exactly.
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cadres")).toInt(), 2);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM talks")).toInt(), 2);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sanctions")).toInt(), 1);
    const QStringList schema = SchemaCheck::differences(db);
    QVERIFY2(schema.isEmpty(), qPrintable(schema.join(QLatin1Char('\n'))));
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QVERIFY(!Sql::run(db, QStringLiteral("PRAGMA foreign_key_check")).next());
    // The counts that later migrations keep were counted for the records already there.
    const QVector<AggregateDrift> drifts = StatisticAggregates::verify(db);
    QVERIFY2(drifts.isEmpty(),
             qPrintable(drifts.isEmpty()
                            ? QString()
                            : drifts.first().indicator + QLatin1Char(' ') + drifts.first().period));
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM statistic_counts")).toInt() > 0);
}

void TestMigrations::aSkippedMigrationIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("skipped.db"));
    // Version 5, made by a build that had 5 before 2 and 4.
    makeDatabase(path, 5, {2, 4});
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = fileBytes(path);
    try {
        Database::open(path);
        QFAIL("a database that skipped migrations 2 and 4 was opened");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("skipped a schema migration")),
                 qPrintable(error.message()));
    }
    QCOMPARE(fileBytes(path), before);
    // What it lacks: the accounts of 2 and the kept counts of 4.
    {
        const QString name = QStringLiteral("skipped");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            const QStringList lacking = MigrationHistory::missing(db, 5);
            QVERIFY(lacking.contains(QStringLiteral("table accounts")));
            QVERIFY(lacking.contains(QStringLiteral("table statistic_counts")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // A version no release made (there never was a 3) is refused too.
    const QString three = dir.filePath(QStringLiteral("three.db"));
    makeDatabase(three, 2);
    {
        const QString name = QStringLiteral("three");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(three);
            QVERIFY(db.open());
            Sql::run(db, QStringLiteral("PRAGMA user_version = 3"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY_THROWS_EXCEPTION(DataError, Database::open(three));
}

void TestMigrations::aDatabaseOfTheReleasedTextsIsUpgraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("released.db"));
    makeDatabase(path, 10, {}, true);
    if (QTest::currentTestFailed())
        return;
    QStringList releasedTriggers;
    {
        const QString name = QStringLiteral("released");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query = Sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE "
                                                          "type = 'trigger' ORDER BY name"));
            while (query.next())
                releasedTriggers << query.value(0).toString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY(releasedTriggers.size() > 190);

    const auto database = Database::open(path);
    const QSqlDatabase db = database->connection();
    // The program makes the very triggers the released texts wrote out, and nothing else; a
    // record kind's own statistics triggers are now named after its table.
    for (QString &released : releasedTriggers) {
        for (const auto &[was, is] :
             {std::pair{"statistics_handlings_", "statistics_organizational_handlings_"},
              std::pair{"statistics_personal_matters_", "statistics_personal_matters_reports_"},
              std::pair{"statistics_education_", "statistics_warning_education_events_"}})
            if (released.startsWith(QLatin1String(was)))
                released.replace(0, int(qstrlen(was)), QLatin1String(is));
    }
    releasedTriggers.sort();
    QStringList triggers;
    QSqlQuery query = Sql::run(
        db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    // Statistics added since those texts were released have triggers of their own.
    // So have the tables made since (the case review's records count their changes).
    const QStringList added = {
        QStringLiteral("statistics_admonitions_talks_"), QStringLiteral("case_reviews_counted_"),
        QStringLiteral("case_facts_counted_"),           QStringLiteral("case_evidence_counted_"),
        QStringLiteral("case_statements_counted_"),      QStringLiteral("case_proposals_counted_")};
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (std::none_of(added.cbegin(), added.cend(),
                         [&name](const QString &stem) { return name.startsWith(stem); }))
            triggers << name;
    }
    QCOMPARE(triggers, releasedTriggers);
    const QStringList schema = SchemaCheck::differences(db);
    QVERIFY2(schema.isEmpty(), qPrintable(schema.join(QLatin1Char('\n'))));
    QVERIFY(StatisticAggregates::verify(db).isEmpty());

    // They work: a talk written outside the program moves its count and the count of changes.
    const int changes
        = Sql::scalar(db, QStringLiteral("SELECT changes FROM record_changes")).toInt();
    Sql::run(db, QStringLiteral("INSERT INTO talks (cadre_id, kind, held_by, talk_date) VALUES "
                                "(2, 'reminder', 'party_committee', '2024-06-01')"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT changes FROM record_changes")).toInt(),
             changes + 1);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count FROM statistic_counts WHERE indicator = "
                                            "'talk.reminder' AND period = '2024-06'"))
                 .toInt(),
             1);
    QVERIFY(StatisticAggregates::verify(db).isEmpty());
}

void TestMigrations::derivedTriggersAreMadeAgainWhenTheyDiffer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("derived.db"));
    {
        const auto database = Database::open(path, Database::Mode::CreateOrOpen);
        const QSqlDatabase db = database->connection();
        // Another generation of the triggers (here: one dropped by hand), and a count gone
        // wrong while it was missing.
        Sql::run(db, QStringLiteral("INSERT INTO units (id, name, kind) VALUES (1, '清河县', "
                                    "'county')"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO cadres (id, dossier_number, name, gender, "
                                "unit_id, position, is_top_leader, created_at, updated_at) "
                                "VALUES (1, 'M-1', '张建国', 'male', 1, '局长', 1, ?, ?)"),
                 {QStringLiteral("2024-05-06T08:00:00.000Z"),
                  QStringLiteral("2024-05-06T08:00:00.000Z")});
        Sql::run(db, QStringLiteral("DROP TRIGGER units_counted_update"));
        Sql::run(db, QStringLiteral("UPDATE derived_objects SET digest = 'older'"));
        Sql::run(db, QStringLiteral("DELETE FROM statistic_counts"));
        QVERIFY(!StatisticAggregates::verify(db).isEmpty());
    }
    const auto database = Database::open(path);
    const QSqlDatabase db = database->connection();
    QVERIFY(SchemaCheck::differences(db).isEmpty());
    QVERIFY(StatisticAggregates::verify(db).isEmpty());
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT digest FROM derived_objects")).toString(),
             DerivedSchema::digest());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
