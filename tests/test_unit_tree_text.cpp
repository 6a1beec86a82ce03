#include "domain/dataerror.h"
#include "spreadsheets/importreceipt.h"
#include "spreadsheets/unittreetext.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTest>

// A unit tree typed or pasted as text: indented by tabs, spaces or spreadsheet columns, or
// written as paths; kinds given in a cell or read from the name; units already in the tree
// found and left alone; names repeated or units that cannot be told apart refused.
class TestUnitTreeText : public QObject
{
    Q_OBJECT

private slots:
    void readsTheTree_data();
    void readsTheTree();
    void makesTheNewUnitsAndTakesThemBack();
    void aProblemMakesNoUnit();
};

namespace {

// "path|kind|new" or "path|kind|there" or "path|problem: …" per unit.
QStringList described(const QVector<PastedUnit> &units)
{
    QStringList lines;
    for (const PastedUnit &unit : units)
        lines << (unit.problem.isEmpty()
                      ? QStringLiteral("%1|%2|%3")
                            .arg(unit.path, unit.kind,
                                 unit.existingId != 0 ? QStringLiteral("there")
                                                      : QStringLiteral("new"))
                      : QStringLiteral("%1|problem: %2").arg(unit.path, unit.problem));
    return lines;
}

} // namespace

void TestUnitTreeText::readsTheTree_data()
{
    QTest::addColumn<QStringList>("tree"); // units the database holds, as paths
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("indented by tabs")
        << QStringList{} << "清河县\n\t城关镇\n\t\t城关镇财政所\n\t清河县水利局\n"
        << QStringList{"清河县|county|new", "清河县/城关镇|township|new",
                       "清河县/城关镇/城关镇财政所|institution|new",
                       "清河县/清河县水利局|department|new"};
    QTest::newRow("indented by spaces, with list marks")
        << QStringList{} << "清河县\n  1. 城关镇\n  2、王官庄镇\n      （一）王官庄镇卫生院\n\n"
        << QStringList{"清河县|county|new", "清河县/城关镇|township|new",
                       "清河县/王官庄镇|township|new",
                       "清河县/王官庄镇/王官庄镇卫生院|institution|new"};
    QTest::newRow("paths, the units above them implied")
        << QStringList{} << "清河县/城关镇\r\n清河县 / 城关镇 / 城关镇财政所\r\n"
        << QStringList{"清河县|county|new", "清河县/城关镇|township|new",
                       "清河县/城关镇/城关镇财政所|institution|new"};
    QTest::newRow("spreadsheet columns with a kind cell")
        << QStringList{} << "清河县\t\t县\n\t城关镇\t乡镇\n\t城关中心\t部门\n\t清河县人民医院\n"
        << QStringList{"清河县|county|new", "清河县/城关镇|township|new",
                       "清河县/城关中心|department|new", "清河县/清河县人民医院|institution|new"};
    QTest::newRow("units already in the tree are found")
        << QStringList{"清河县", "清河县/城关镇"} << "城关镇\n\t城关镇财政所\n清河县水利局"
        << QStringList{"清河县|county|there", "清河县/城关镇|township|there",
                       "清河县/城关镇/城关镇财政所|institution|new",
                       "清河县/清河县水利局|department|new"};
    QTest::newRow("a unit named twice")
        << QStringList{} << "清河县\n\t城关镇\n\t城关镇"
        << QStringList{"清河县|county|new",
                       "清河县/城关镇|problem: line 3 names the same unit again"};
    QTest::newRow("two units of the name")
        << QStringList{"清河县", "清河县/城关镇", "河东县", "河东县/城关镇"} << "城关镇\n"
        << QStringList{"城关镇|problem: 2 units are called 城关镇 (河东县/城关镇, 清河县/城关镇): "
                       "write the unit's path, such as 河东县/城关镇"};
}

void TestUnitTreeText::readsTheTree()
{
    QFETCH(QStringList, tree);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    auto database = TestDatabase::inMemory();
    QHash<QString, qint64> ids;
    for (const QString &path : tree) {
        const QString name = path.section(QLatin1Char('/'), -1);
        const QString parent = path.section(QLatin1Char('/'), 0, -2);
        ids.insert(path, TestDatabase::addUnit(*database, name,
                                               parent.isEmpty() ? QStringLiteral("county")
                                                                : QStringLiteral("township"),
                                               ids.value(parent)));
    }
    QCOMPARE(described(UnitTreeText::read(database->connection(), text)), expected);
}

void TestUnitTreeText::makesTheNewUnitsAndTakesThemBack()
{
    auto database = TestDatabase::inMemory();
    const qint64 county
        = TestDatabase::addUnit(*database, QStringLiteral("清河县"), QStringLiteral("county"));
    TestDatabase::addUnit(*database, QStringLiteral("清河县水利局"), QStringLiteral("department"),
                          county);
    const QString text = QStringLiteral("清河县\n\t城关镇\n\t\t城关中心\n\t清河县财政局");
    const QVector<PastedUnit> units = UnitTreeText::read(database->connection(), text);
    // A kind chosen in the preview wins over the one read from the name.
    const ImportReceipt receipt = UnitTreeText::apply(
        *database, units,
        {{QStringLiteral("清河县/城关镇/城关中心"), QStringLiteral("department")}});
    QCOMPARE(receipt.created.size(), 3);
    const auto row = [&database](const char *name) {
        QSqlQuery query = Sql::run(database->connection(),
                                   QStringLiteral("SELECT u.kind, p.name, u.sort_order FROM units "
                                                  "u LEFT JOIN units p ON p.id = u.parent_id "
                                                  "WHERE u.name = ?"),
                                   {QString::fromUtf8(name)});
        return query.next() ? QStringLiteral("%1 under %2 at %3")
                                  .arg(query.value(0).toString(), query.value(1).toString())
                                  .arg(query.value(2).toInt())
                            : QString();
    };
    QCOMPARE(row("城关镇"), QStringLiteral("township under 清河县 at 1"));
    QCOMPARE(row("城关中心"), QStringLiteral("department under 城关镇 at 0"));
    QCOMPARE(row("清河县财政局"), QStringLiteral("department under 清河县 at 2"));
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create' "
                                        "AND entity = 'units'"))
                 .toInt(),
             2 + 3);
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT json_extract(after, '$.new') FROM audit_log "
                                        "WHERE action = 'import' AND entity = 'units'"))
                 .toInt(),
             3);
    // Entered again, every unit is there already.
    for (const PastedUnit &unit : UnitTreeText::read(database->connection(), text))
        QVERIFY2(unit.existingId != 0, qPrintable(unit.path));
    ImportUndo::undo(*database, receipt);
    QCOMPARE(
        Sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM units")).toInt(),
        2);
}

void TestUnitTreeText::aProblemMakesNoUnit()
{
    auto database = TestDatabase::inMemory();
    const QVector<PastedUnit> units
        = UnitTreeText::read(database->connection(), QStringLiteral("清河县\n\t城关镇\n\t城关镇"));
    try {
        UnitTreeText::apply(*database, units);
        QFAIL("a tree with a problem was made");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("Line 2 (城关镇)")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("no unit was made")),
                 qPrintable(error.message()));
    }
    QCOMPARE(
        Sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM units")).toInt(),
        0);
    // A reviewer may not make units.
    TestDatabase::signIn(*database, QStringLiteral("reviewer"));
    QVERIFY_THROWS_EXCEPTION(
        DataError, UnitTreeText::apply(*database, UnitTreeText::read(database->connection(),
                                                                     QStringLiteral("清河县"))));
    QCOMPARE(
        Sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM units")).toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestUnitTreeText)
#include "test_unit_tree_text.moc"
