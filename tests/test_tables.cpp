#include "domain/tables.h"
#include "interchange/interchangeformat.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

// The one list of tables (Tables) against the schema the migrations make, the interchange format
// and the triggers that count record changes: a table added to one of them and forgotten in
// another fails here.
class TestTables : public QObject
{
    Q_OBJECT

private slots:
    void everySchemaTableIsListedOnce();
    void everyTableIsExchangedOrLeftOutOnPurpose();
    void everyWrittenTableCountsItsChanges();
    void theRepositoryWritesTheRecordsAndLinks();
};

namespace {

QStringList schemaTables(const Database &database)
{
    // The full-text index's own tables (cadre_search_data …) come with cadre_search.
    QSqlQuery query = Sql::run(database.connection(),
                               QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite_%' AND name NOT GLOB "
                                              "'cadre_search_*' ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QStringList listed()
{
    QStringList names;
    for (const Tables::Table &table : Tables::all())
        names << table.name;
    return names;
}

} // namespace

void TestTables::everySchemaTableIsListedOnce()
{
    const auto database = Database::openInMemory();
    QStringList names = listed();
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    names.sort();
    QCOMPARE(names, schemaTables(*database));
}

void TestTables::everyTableIsExchangedOrLeftOutOnPurpose()
{
    QStringList exchanged;
    for (const InterchangeFormat::Table &table : InterchangeFormat::tables())
        exchanged << table.name;
    const QStringList excluded = InterchangeFormat::excludedTables();
    for (const QString &name : exchanged)
        QVERIFY2(!excluded.contains(name), qPrintable(name));
    QStringList both = exchanged + excluded;
    both.sort();
    QStringList names = listed();
    names.sort();
    QCOMPARE(both, names);
    // Derived tables and the trail never travel.
    for (const Tables::Table &table : Tables::all())
        if (table.role == Tables::Role::Derived || table.role == Tables::Role::Trail)
            QVERIFY2(excluded.contains(table.name), qPrintable(table.name));
}

void TestTables::everyWrittenTableCountsItsChanges()
{
    const auto database = Database::openInMemory();
    for (const Tables::Table &table : Tables::all()) {
        const bool written = table.role == Tables::Role::Record || table.role == Tables::Role::Link
                             || table.role == Tables::Role::Workflow;
        if (written)
            QVERIFY2(table.countsChanges, qPrintable(table.name));
        const int triggers
            = Sql::scalar(database->connection(),
                          QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                         "'trigger' AND tbl_name = ? AND name GLOB '*_counted_*'"),
                          {table.name})
                  .toInt();
        QCOMPARE(triggers, table.countsChanges ? 3 : 0);
    }
}

void TestTables::theRepositoryWritesTheRecordsAndLinks()
{
    QCOMPARE(RecordRepository::tables(), Tables::named(Tables::Role::Record));
    QCOMPARE(RecordRepository::linkTables(), Tables::named(Tables::Role::Link));
    QVERIFY(RecordRepository::tables().contains(QStringLiteral("talks")));
    QVERIFY(!RecordRepository::tables().contains(QStringLiteral("accounts")));
}

QTEST_GUILESS_MAIN(TestTables)
#include "test_tables.moc"
