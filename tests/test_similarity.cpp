#include "records/recordrepository.h"
#include "similarity/materialsimilarity.h"
#include "similarity/shingles.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

// Copied, lightly edited and independent self-examination materials, on 5-character shingles.
namespace {

const char *const problems = "一是理论学习不够深入。对新思想的学习满足于读原文、记笔记，"
                             "联系分管工作思考不多，学用结合不紧。";
const char *const duties = "二是履行一岗双责不到位。对分管领域廉政风险点排查不细，"
                           "对苗头性问题提醒不及时，存在好人主义思想。";
const char *const style = "三是工作作风不够扎实。深入基层调研次数偏少，"
                          "听取群众意见不够广泛，解决实际问题的办法不多。";
const char *const measures = "下一步，我将以此次民主生活会为契机，坚持问题导向，"
                             "逐项制定整改措施，明确整改时限，确保整改到位。";

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

QString original()
{
    return text(problems) + text(duties) + text(style) + text(measures);
}

// The same paragraphs in another order.
QString reordered()
{
    return text(style) + text(problems) + text(measures) + text(duties);
}

// A few words changed.
QString edited()
{
    QString copy = original();
    copy.replace(text("读原文"), text("抄原文"));
    copy.replace(text("排查不细"), text("梳理不全"));
    copy.replace(text("次数偏少"), text("时间不多"));
    copy.replace(text("明确整改时限"), text("压实整改责任"));
    return copy;
}

// Written independently on the same subject, with the usual set phrases.
QString independent()
{
    return text("对照党章党规，查找出以下几个方面的不足：政治理论武装有欠缺，"
                "往往以干代学，系统性学习少；担当作为有差距，面对矛盾问题有畏难情绪，"
                "推动重点项目进度偏慢；廉洁自律有松懈，对身边工作人员要求不够严格，"
                "对家属子女教育管理抓得不紧。今后我将加强学习、改进作风，"
                "自觉接受组织和群众监督。");
}

} // namespace

class TestSimilarity : public QObject
{
    Q_OBJECT

private slots:
    void texts_data();
    void texts();
    void punctuationAndSpacesDoNotHideACopy();
    void sharedPassages();
    void pairsOfAUnit();
    void thresholdSetting();
    void demoCopiesAreFoundAndNothingElse();
};

void TestSimilarity::texts_data()
{
    QTest::addColumn<QString>("other");
    QTest::addColumn<double>("atLeast");
    QTest::addColumn<double>("below");

    QTest::newRow("copied") << original() << 1.0 << 1.01;
    QTest::newRow("paragraphs reordered") << reordered() << 0.85 << 1.0;
    QTest::newRow("a few words changed") << edited() << 0.6 << 0.95;
    QTest::newRow("independent") << independent() << 0.0 << 0.15;
    QTest::newRow("empty") << QString() << 0.0 << 0.01;
}

void TestSimilarity::texts()
{
    QFETCH(QString, other);
    QFETCH(double, atLeast);
    QFETCH(double, below);

    const double similarity = Shingles(original()).similarity(Shingles(other));
    QVERIFY2(similarity >= atLeast && similarity < below, qPrintable(QString::number(similarity)));
    // Symmetric.
    QCOMPARE(Shingles(other).similarity(Shingles(original())), similarity);
}

void TestSimilarity::punctuationAndSpacesDoNotHideACopy()
{
    QString respaced = original();
    respaced.replace(text("，"), text(" , "));
    respaced.replace(text("。"), text("\n\n"));
    QCOMPARE(Shingles(original()).similarity(Shingles(respaced)), 1.0);
}

void TestSimilarity::sharedPassages()
{
    const QString mine = text("开头不同的话。") + text(duties) + text("结尾也不一样");
    const auto ranges = Shingles::sharedPassages(mine, Shingles(original()));
    QCOMPARE(ranges.size(), 1);
    const QString passage = mine.mid(ranges.first().first, ranges.first().second);
    // The copied paragraph, its inner punctuation included; the final full stop is not a letter.
    QCOMPARE(passage + text("。"), text(duties));
    QVERIFY(Shingles::sharedPassages(independent(), Shingles(original())).size() <= 3);
}

void TestSimilarity::pairsOfAUnit()
{
    auto database = TestDatabase::inMemory();
    RecordRepository repository(*database);
    const qint64 unit = TestDatabase::addUnit(*database, text("县供销社"));
    const qint64 other = TestDatabase::addUnit(*database, text("县林业局"));
    const qint64 wang = TestDatabase::addCadre(*database, text("王芳"), unit);
    const qint64 zhao = TestDatabase::addCadre(*database, text("赵强"), unit);
    const qint64 qian = TestDatabase::addCadre(*database, text("钱伟"), unit);
    const qint64 sun = TestDatabase::addCadre(*database, text("孙丽"), other);
    auto add = [&](qint64 unitId, qint64 cadreId, int year, const QString &content) {
        QVariantMap values{{text("unit_id"), unitId},
                           {text("year"), year},
                           {text("meeting"), text("democratic_life")},
                           {text("title"), QStringLiteral("%1年度对照检查材料").arg(year)},
                           {text("content"), content},
                           {text("submitted_date"), QStringLiteral("%1-01-20").arg(year + 1)}};
        if (cadreId)
            values.insert(text("cadre_id"), cadreId);
        return repository.create(text("self_examination_materials"), values);
    };
    const qint64 team2024 = add(unit, 0, 2024, original());
    const qint64 team2025 = add(unit, 0, 2025, reordered()); // last year's, reordered
    const qint64 wang2025 = add(unit, wang, 2025, independent());
    const qint64 zhao2025 = add(unit, zhao, 2025, edited()); // the team's text, edited
    add(unit, qian, 2025, text(duties) + text("另有自己的体会，写得很长很长很不一样。"));
    // The same text in another unit is not a colleague's.
    add(other, sun, 2025, original());

    const MaterialSimilarity similarity(*database);
    const QVector<MaterialPair> pairs = similarity.pairs(2025, {}, 0.5);
    QCOMPARE(pairs.size(), 2);
    bool previousYear = false;
    bool colleagues = false;
    for (const MaterialPair &pair : pairs) {
        if (pair.relation == MaterialPair::Relation::PreviousYear) {
            previousYear = true;
            QCOMPARE(pair.materialId, team2025);
            QCOMPARE(pair.otherId, team2024);
            QCOMPARE(pair.otherYear, 2024);
            QVERIFY(pair.similarity > 0.85);
        } else {
            colleagues = true;
            QCOMPARE(QSet<qint64>({pair.materialId, pair.otherId}),
                     QSet<qint64>({team2025, zhao2025}));
            QCOMPARE(pair.unitId, unit);
        }
        QVERIFY(pair.materialId != wang2025 && pair.otherId != wang2025);
    }
    QVERIFY(previousYear && colleagues);
    // One unit's year alone.
    QCOMPARE(similarity.pairs(2025, StatisticScope{other}, 0.5).size(), 0);
    QCOMPARE(similarity.pairs(2025, StatisticScope{unit}, 0.5).size(), 2);
    QCOMPARE(similarity.material(zhao2025).author, text("赵强"));
}

void TestSimilarity::thresholdSetting()
{
    auto database = TestDatabase::inMemory();
    const MaterialSimilarity similarity(*database);
    QCOMPARE(similarity.threshold(), 0.5);
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT OR REPLACE INTO settings (key, value) VALUES ('similarity_threshold', '0.8')")));
    QCOMPARE(similarity.threshold(), 0.8);
    QVERIFY(query.exec(
        QStringLiteral("UPDATE settings SET value = 'much' WHERE key = 'similarity_threshold'")));
    QCOMPARE(similarity.threshold(), 0.5);
}

void TestSimilarity::demoCopiesAreFoundAndNothingElse()
{
    const QTemporaryDir dir;
    auto database = TestDatabase::demoCounty(dir);
    const MaterialSimilarity similarity(*database);
    const QVector<int> years = similarity.years();
    QVERIFY(years.size() >= 2);
    // The demo copies only in the latest year: last year's team material, and one member's
    // from another in the same units.
    const QVector<MaterialPair> latest = similarity.pairs(years.first());
    int previousYear = 0;
    int colleagues = 0;
    QSet<qint64> units;
    for (const MaterialPair &pair : latest) {
        units.insert(pair.unitId);
        if (pair.relation == MaterialPair::Relation::PreviousYear) {
            ++previousYear;
            QCOMPARE(pair.cadreId, qint64(0));
            QCOMPARE(pair.otherYear, years.first() - 1);
        } else {
            ++colleagues;
            QVERIFY(pair.cadreId != 0);
        }
    }
    QVERIFY(previousYear > 0);
    QVERIFY(colleagues > 0);
    QCOMPARE(colleagues, units.size()); // one pair of members per copying unit
    for (int year : years.mid(1))
        QVERIFY2(similarity.pairs(year).isEmpty(), qPrintable(QString::number(year)));
}

QTEST_GUILESS_MAIN(TestSimilarity)
#include "test_similarity.moc"
