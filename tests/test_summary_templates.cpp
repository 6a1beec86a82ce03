#include "access/accesserror.h"
#include "domain/dataerror.h"
#include "reports/summarytemplates.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTest>

// Summary templates shared in the database: each change one transaction with its audit entry,
// read by everyone who may print, changed by case officers only, bad names refused with
// nothing changed.
namespace {

qint64 count(const Database &database, const QString &statement)
{
    return Sql::scalar(database.connection(), statement).toLongLong();
}

qint64 templateEntries(const Database &database)
{
    return count(database, QStringLiteral("SELECT count(*) FROM audit_log "
                                          "WHERE entity = 'summary_template'"));
}

SummaryOptions promotionCheck()
{
    SummaryOptions options;
    options.sections = {QStringLiteral("clues"), QStringLiteral("measures")};
    options.from = QDate(2021, 1, 1);
    options.includeClosedClues = false;
    return options;
}

} // namespace

class TestSummaryTemplates : public QObject
{
    Q_OBJECT

private slots:
    void changesAreAudited();
    void badNamesChangeNothing();
    void reviewersReadButCannotChange();
    void adoptKeepsTheCommissionsTemplates();
};

void TestSummaryTemplates::changesAreAudited()
{
    auto database = TestDatabase::inMemory();
    SummaryTemplates templates(*database);
    QVERIFY(templates.canChange());
    templates.save(QStringLiteral("  提拔考察 "), promotionCheck());
    QCOMPARE(templates.names(), QStringList{QStringLiteral("提拔考察")});
    QCOMPARE(*templates.load(QStringLiteral("提拔考察")), promotionCheck());
    QCOMPARE(templateEntries(*database), 1);

    SummaryOptions everything; // all sections, no dates, closed clues too
    templates.save(QStringLiteral("提拔考察"), everything);
    QCOMPARE(*templates.load(QStringLiteral("提拔考察")), everything);
    templates.rename(QStringLiteral("提拔考察"), QStringLiteral("干部考察"));
    QVERIFY(!templates.load(QStringLiteral("提拔考察")));
    QVERIFY(templates.load(QStringLiteral("干部考察")));
    templates.remove(QStringLiteral("干部考察"));
    QVERIFY(templates.names().isEmpty());
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action "
                                        "FROM audit_log WHERE entity = 'summary_template' "
                                        "ORDER BY id)"))
                 .toString(),
             QStringLiteral("create,update,update,delete"));
}

void TestSummaryTemplates::badNamesChangeNothing()
{
    auto database = TestDatabase::inMemory();
    SummaryTemplates templates(*database);
    templates.save(QStringLiteral("提拔考察"), promotionCheck());
    templates.save(QStringLiteral("案件审理"), {});
    const qint64 entries = templateEntries(*database);
    QVERIFY_THROWS_EXCEPTION(DataError, templates.save(QStringLiteral("   "), {}));
    SummaryOptions reversed;
    reversed.from = QDate(2026, 5, 1);
    reversed.until = QDate(2026, 1, 1);
    QVERIFY_THROWS_EXCEPTION(DataError, templates.save(QStringLiteral("倒序"), reversed));
    QVERIFY_THROWS_EXCEPTION(
        DataError, templates.rename(QStringLiteral("提拔考察"), QStringLiteral("案件审理")));
    QVERIFY_THROWS_EXCEPTION(DataError,
                             templates.rename(QStringLiteral("提拔考察"), QStringLiteral(" ")));
    QVERIFY_THROWS_EXCEPTION(DataError,
                             templates.rename(QStringLiteral("没有"), QStringLiteral("新")));
    QVERIFY_THROWS_EXCEPTION(DataError, templates.remove(QStringLiteral("没有")));
    QCOMPARE(templates.names(),
             (QStringList{QStringLiteral("提拔考察"), QStringLiteral("案件审理")}));
    QCOMPARE(*templates.load(QStringLiteral("提拔考察")), promotionCheck());
    QCOMPARE(templateEntries(*database), entries);
}

void TestSummaryTemplates::reviewersReadButCannotChange()
{
    auto database = TestDatabase::inMemory();
    SummaryTemplates(*database).save(QStringLiteral("提拔考察"), promotionCheck());
    TestDatabase::signIn(*database, QStringLiteral("reviewer"));
    SummaryTemplates templates(*database);
    QVERIFY(!templates.canChange());
    QCOMPARE(*templates.load(QStringLiteral("提拔考察")), promotionCheck());
    const qint64 entries = templateEntries(*database);
    QVERIFY_THROWS_EXCEPTION(AccessError, templates.save(QStringLiteral("新"), {}));
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             templates.rename(QStringLiteral("提拔考察"), QStringLiteral("新")));
    QVERIFY_THROWS_EXCEPTION(AccessError, templates.remove(QStringLiteral("提拔考察")));
    QVERIFY_THROWS_EXCEPTION(AccessError, templates.adopt({{QStringLiteral("新"), {}}}));
    QCOMPARE(templates.names(), QStringList{QStringLiteral("提拔考察")});
    QCOMPARE(templateEntries(*database), entries);

    // The administrator keeps accounts and backups and reads no dossiers, nor their templates.
    TestDatabase::signIn(*database, QStringLiteral("admin"));
    QVERIFY_THROWS_EXCEPTION(AccessError, SummaryTemplates(*database).names());
}

void TestSummaryTemplates::adoptKeepsTheCommissionsTemplates()
{
    auto database = TestDatabase::inMemory();
    SummaryTemplates templates(*database);
    templates.save(QStringLiteral("交流"), promotionCheck());
    SummaryOptions reversed;
    reversed.from = QDate(2026, 5, 1);
    reversed.until = QDate(2026, 1, 1);
    const int added = templates.adopt({{QStringLiteral("交流"), {}},
                                       {QStringLiteral("评先评优"), {}},
                                       {QStringLiteral(" "), {}},
                                       {QStringLiteral("倒序"), reversed}});
    QCOMPARE(added, 1);
    QCOMPARE(templates.names(), (QStringList{QStringLiteral("交流"), QStringLiteral("评先评优")}));
    QCOMPARE(*templates.load(QStringLiteral("交流")), promotionCheck());
}

QTEST_MAIN(TestSummaryTemplates)
#include "test_summary_templates.moc"
