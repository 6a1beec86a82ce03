#include "commands/recordcommands.h"
#include "directory/cadredirectory.h"
#include "domain/pinyin.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/searchgrams.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTest>

// Pinyin keys computed on write, and the directory search: name substrings of one, two and
// three characters (the trigram index cannot answer the short ones), initials, unit, position.
class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void pinyinKeys_data();
    void pinyinKeys();
    void directorySearch_data();
    void directorySearch();
    void unitSubtreeAndTopLeaders();
    void renamingAUnitUpdatesTheIndex();
    void shortWordsAreFoundByTheirGrams();
    void shortWordsWithOtherConditions_data();
    void shortWordsWithOtherConditions();
    void aFileOfTheVersionBeforeIsSearchedToo();
    void theGramsWrittenAreTheGramsFilled();

private:
    void buildFixture(Database &database);
    qint64 m_town = 0;
    qint64 m_waterBureau = 0;
};

void TestSearch::pinyinKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("initials");
    QTest::addColumn<QString>("full");
    QTest::newRow("plain") << "张建国"
                           << "zjg"
                           << "zhangjianguo";
    QTest::newRow("surname 曾 read zeng") << "曾志伟"
                                          << "zzw"
                                          << "zengzhiwei";
    QTest::newRow("surname 单 read shan") << "单丽娟"
                                          << "slj"
                                          << "shanlijuan";
    QTest::newRow("surname 解 read xie") << "解明"
                                         << "xm"
                                         << "xieming";
    QTest::newRow("surname 仇 read qiu") << "仇建"
                                         << "qj"
                                         << "qiujian";
    QTest::newRow("compound surname") << "欧阳海"
                                      << "oyh"
                                      << "ouyanghai";
    QTest::newRow("polyphonic given name, first reading") << "王长江"
                                                          << "wcj"
                                                          << "wangchangjiang";
    QTest::newRow("polyphonic given name, second reading") << "王长江"
                                                           << "wzj"
                                                           << "wangzhangjiang";
    QTest::newRow("乐 as surname yue") << "乐平"
                                       << "yp"
                                       << "yueping";
    QTest::newRow("乐 as given name le") << "李乐"
                                         << "ll"
                                         << "lile";
    QTest::newRow("乐 as given name yue") << "李乐"
                                          << "ly"
                                          << "liyue";
}

void TestSearch::pinyinKeys()
{
    QFETCH(QString, name);
    QFETCH(QString, initials);
    QFETCH(QString, full);
    const PinyinKeys keys = Pinyin::keysForName(name);
    QVERIFY2(keys.initials.contains(initials), qPrintable(keys.initials.join(QLatin1Char(','))));
    QVERIFY2(keys.full.contains(full), qPrintable(keys.full.join(QLatin1Char(','))));
}

void TestSearch::buildFixture(Database &database)
{
    const qint64 county
        = TestDatabase::addUnit(database, QStringLiteral("中共清河县委"), QStringLiteral("county"));
    m_town = TestDatabase::addUnit(database, QStringLiteral("城关镇"), QStringLiteral("township"),
                                   county);
    m_waterBureau = TestDatabase::addUnit(database, QStringLiteral("县水利局"),
                                          QStringLiteral("department"), county);
    TestDatabase::addCadre(database, QStringLiteral("张建国"), m_waterBureau,
                           QStringLiteral("党组书记、局长"), true);
    TestDatabase::addCadre(database, QStringLiteral("张建华"), m_town, QStringLiteral("副镇长"));
    TestDatabase::addCadre(database, QStringLiteral("李建国"), m_town, QStringLiteral("党委书记"),
                           true);
    TestDatabase::addCadre(database, QStringLiteral("曾志伟"), m_waterBureau,
                           QStringLiteral("副局长"));
    TestDatabase::addCadre(database, QStringLiteral("单丽娟"), m_town, QStringLiteral("镇长"));
    TestDatabase::addCadre(database, QStringLiteral("王长江"), m_town, QStringLiteral("组织委员"));
}

void TestSearch::directorySearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("one character") << "张" << QStringList{"张建国", "张建华"};
    QTest::newRow("two characters") << "建国" << QStringList{"李建国", "张建国"};
    QTest::newRow("three characters") << "张建国" << QStringList{"张建国"};
    QTest::newRow("pinyin initials") << "zjg" << QStringList{"张建国"};
    QTest::newRow("pinyin initials, upper case") << "ZJG" << QStringList{"张建国"};
    // Initials match anywhere in the name: wzj (王长江) holds zj too.
    QTest::newRow("two initials") << "zj" << QStringList{"王长江", "张建国", "张建华"};
    QTest::newRow("surname 曾 as zeng") << "zzw" << QStringList{"曾志伟"};
    QTest::newRow("surname 单 as shan") << "shanli" << QStringList{"单丽娟"};
    QTest::newRow("either reading of 长") << "wzj" << QStringList{"王长江"};
    QTest::newRow("full pinyin") << "jianguo" << QStringList{"李建国", "张建国"};
    QTest::newRow("unit") << "水利局" << QStringList{"曾志伟", "张建国"};
    QTest::newRow("position, two characters") << "镇长" << QStringList{"单丽娟", "张建华"};
    QTest::newRow("two words") << "张 水利" << QStringList{"张建国"};
    QTest::newRow("no match") << "赵钱孙" << QStringList{};
    QTest::newRow("quotes are text, not syntax") << "\"zjg" << QStringList{};
    QTest::newRow("empty shows everyone")
        << "" << QStringList{"李建国", "单丽娟", "王长江", "曾志伟", "张建国", "张建华"};
}

void TestSearch::directorySearch()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    auto database = TestDatabase::inMemory();
    buildFixture(*database);
    const CadreDirectory directory(*database);
    CadreFilter filter;
    filter.text = text;
    QStringList found;
    for (const CadreRow &row :
         directory.page(filter, CadreDirectory::SortKey::Name, Qt::AscendingOrder, 0, 100))
        found << row.name;
    QCOMPARE(directory.count(filter), names.size());
    QCOMPARE(found, names); // sorted by pinyin
}

void TestSearch::unitSubtreeAndTopLeaders()
{
    auto database = TestDatabase::inMemory();
    buildFixture(*database);
    const CadreDirectory directory(*database);
    CadreFilter filter;
    filter.unitId = m_town;
    QCOMPARE(directory.count(filter), 4);
    filter.topLeadersOnly = true;
    const auto rows
        = directory.page(filter, CadreDirectory::SortKey::Name, Qt::AscendingOrder, 0, 10);
    QCOMPARE(int(rows.size()), 1);
    QCOMPARE(rows.front().name, QStringLiteral("李建国"));
    filter = {};
    filter.unitId = 1; // the county: every unit below it
    QCOMPARE(directory.count(filter), 6);
}

void TestSearch::renamingAUnitUpdatesTheIndex()
{
    auto database = TestDatabase::inMemory();
    buildFixture(*database);
    RecordRepository(*database).update(QStringLiteral("units"), m_waterBureau,
                                       {{QStringLiteral("name"), QStringLiteral("县水务局")}});
    const CadreDirectory directory(*database);
    CadreFilter filter;
    filter.text = QStringLiteral("水务局");
    QCOMPARE(directory.count(filter), 2);
    filter.text = QStringLiteral("水利局");
    QCOMPARE(directory.count(filter), 0);
}

void TestSearch::shortWordsAreFoundByTheirGrams()
{
    auto database = TestDatabase::inMemory();
    buildFixture(*database);
    CadreDirectory directory(*database);
    CadreFilter filter;
    // A two-character word across a name and nothing else: 建华 is one name's, 国李 nobody's
    // (two names side by side are no gram).
    filter.text = QStringLiteral("建华");
    QCOMPARE(directory.count(filter), 1);
    filter.text = QStringLiteral("国李");
    QCOMPARE(directory.count(filter), 0);
    // Renamed, deleted: the grams follow.
    const qint64 id = TestDatabase::addCadre(*database, QStringLiteral("欧阳娜"), m_town);
    filter.text = QStringLiteral("欧阳");
    QCOMPARE(directory.count(filter), 1);
    RecordRepository(*database).update(QStringLiteral("cadres"), id,
                                       {{QStringLiteral("name"), QStringLiteral("司马娜")}});
    directory.refresh(); // as the window does after every write
    QCOMPARE(directory.count(filter), 0);
    filter.text = QStringLiteral("司马");
    QCOMPARE(directory.count(filter), 1);
    RecordRepository(*database).remove(QStringLiteral("cadres"), id);
    directory.refresh();
    QCOMPARE(directory.count(filter), 0);
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT count(*) FROM cadre_grams WHERE cadre_id = ?"),
                         {id})
                 .toInt(),
             0);
}

void TestSearch::shortWordsWithOtherConditions_data()
{
    // A short word's matches come from its grams; what else the filter asks is applied to them.
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("topLeadersOnly");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("one word, descending")
        << "张" << false << true << QStringList{"张建华", "张建国"};
    QTest::newRow("two short words") << "张 镇" << false << false << QStringList{"张建华"};
    QTest::newRow("short and long word") << "建 水利局" << false << false << QStringList{"张建国"};
    QTest::newRow("and top leaders") << "建国" << true << false << QStringList{"李建国", "张建国"};
    QTest::newRow("top leaders, descending") << "长" << true << true << QStringList{"张建国"};
    QTest::newRow("pinyin and a character") << "zj 华" << false << false << QStringList{"张建华"};
}

void TestSearch::shortWordsWithOtherConditions()
{
    QFETCH(QString, text);
    QFETCH(bool, topLeadersOnly);
    QFETCH(bool, descending);
    QFETCH(QStringList, names);
    auto database = TestDatabase::inMemory();
    buildFixture(*database);
    const CadreDirectory directory(*database);
    CadreFilter filter;
    filter.text = text;
    filter.topLeadersOnly = topLeadersOnly;
    QStringList found;
    for (const CadreRow &row :
         directory.page(filter, CadreDirectory::SortKey::Name,
                        descending ? Qt::DescendingOrder : Qt::AscendingOrder, 0, 100))
        found << row.name;
    QCOMPARE(found, names);
    QCOMPARE(directory.count(filter), names.size());
    // A page further on holds what is left.
    const auto rest = directory.page(filter, CadreDirectory::SortKey::Name,
                                     descending ? Qt::DescendingOrder : Qt::AscendingOrder, 1, 100);
    QCOMPARE(int(rest.size()), std::max(0, int(names.size()) - 1));
}

void TestSearch::aFileOfTheVersionBeforeIsSearchedToo()
{
    // A file of the version before, opened for reading only, is not upgraded: it lacks the index
    // a page of matches is sorted from, and its searches find the same all the same.
    auto database = TestDatabase::inMemory();
    buildFixture(*database);
    Sql::run(database->connection(), QStringLiteral("DROP INDEX cadres_page_order"));
    const CadreDirectory directory(*database);
    CadreFilter filter;
    filter.text = QStringLiteral("张");
    QStringList found;
    for (const CadreRow &row :
         directory.page(filter, CadreDirectory::SortKey::Name, Qt::AscendingOrder, 0, 100))
        found << row.name;
    QCOMPARE(found, (QStringList{"张建国", "张建华"}));
}

void TestSearch::theGramsWrittenAreTheGramsFilled()
{
    // The grams the program writes with each cadre, and those the database makes from the
    // search table in one statement (an upgrade, an import, the demo), are the same.
    auto database = TestDatabase::inMemory();
    buildFixture(*database);
    TestDatabase::addCadre(*database, QStringLiteral("乐"), m_town, QStringLiteral("A  B|C"));
    const auto grams = [&] {
        QStringList all;
        QSqlQuery query = Sql::run(database->connection(),
                                   QStringLiteral("SELECT gram, cadre_id FROM cadre_grams"));
        while (query.next())
            all << query.value(0).toString() + QLatin1Char('/') + query.value(1).toString();
        all.sort();
        return all;
    };
    const QStringList written = grams();
    QVERIFY(written.size() > 100);
    QVERIFY(!written.join(QLatin1Char(',')).contains(QLatin1Char('|')));
    QVERIFY(SearchGrams::of(QStringLiteral("ab c")) == (QStringList{"a", "ab", "b", "c"}));
    SearchGrams::fill(database->connection());
    QCOMPARE(grams(), written);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
