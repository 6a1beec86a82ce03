#include "records/recordrepository.h"
#include "similarity/materialsimilarity.h"
#include "similarity/similaritywindow.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>

// The side-by-side view of two alike materials: the pairs listed, the shared passages
// highlighted in both texts and nothing else.
class TestViewSimilarity : public QObject
{
    Q_OBJECT

private slots:
    void showsPairsSideBySide();
};

namespace {

QColor backgroundAt(QTextBrowser *browser, int position)
{
    QTextCursor cursor(browser->document());
    cursor.setPosition(position + 1); // the format of the character before the cursor
    return cursor.charFormat().background().color();
}

} // namespace

void TestViewSimilarity::showsPairsSideBySide()
{
    auto database = TestDatabase::inMemory();
    RecordRepository repository(*database);
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县供销社"));
    const qint64 wang = TestDatabase::addCadre(*database, QStringLiteral("王芳"), unit);
    const qint64 zhao = TestDatabase::addCadre(*database, QStringLiteral("赵强"), unit);
    const QString shared = QStringLiteral("一是理论学习不够深入，联系分管工作思考不多。"
                                          "二是履行一岗双责不到位，对苗头性问题提醒不及时。");
    auto add = [&](qint64 cadreId, const QString &content) {
        repository.create(QStringLiteral("self_examination_materials"),
                          {{QStringLiteral("unit_id"), unit},
                           {QStringLiteral("cadre_id"), cadreId},
                           {QStringLiteral("year"), 2025},
                           {QStringLiteral("meeting"), QStringLiteral("organizational_life")},
                           {QStringLiteral("title"), QStringLiteral("个人对照检查材料")},
                           {QStringLiteral("content"), content},
                           {QStringLiteral("submitted_date"), QStringLiteral("2026-01-20")}});
    };
    add(wang, QStringLiteral("王芳写的开头。") + shared);
    add(zhao, shared + QStringLiteral("赵强自己的结尾。"));

    SimilarityWindow window(*database);
    window.show();
    QCOMPARE(window.pairsTable()->rowCount(), 1);
    QVERIFY(window.pairsTable()->item(0, 4)->text().endsWith(QLatin1Char('%')));
    QCOMPARE(window.leftText()->toPlainText().isEmpty(), false);
    QCOMPARE(window.leftHighlights().size(), 1);
    QCOMPARE(window.rightHighlights().size(), 1);

    // Zhao's (the later id) text on the left: the shared part starts it, highlighted; his own
    // ending is not.
    const QString left = window.leftText()->toPlainText();
    QVERIFY(left.startsWith(shared.left(5)));
    const QColor highlight = backgroundAt(window.leftText(), 2);
    QVERIFY(highlight.isValid());
    QCOMPARE(highlight, QColor(0xff, 0xe0, 0x82));
    QVERIFY(backgroundAt(window.leftText(), int(left.size()) - 3) != highlight);
    const QString right = window.rightText()->toPlainText();
    QVERIFY(backgroundAt(window.rightText(), 1) != highlight); // 王芳's own opening
    QCOMPARE(backgroundAt(window.rightText(), int(right.indexOf(shared.left(4))) + 1), highlight);

    // A threshold above the pair's similarity lists nothing and clears the texts.
    window.setThreshold(1.0);
    window.findPairs();
    QCOMPARE(window.pairsTable()->rowCount(), 0);
    QVERIFY(window.leftText()->toPlainText().isEmpty());

    window.setThreshold(0.3);
    window.findPairs();
    QSignalSpy requested(&window, &SimilarityWindow::dossierRequested);
    emit window.pairsTable()->cellDoubleClicked(0, 0);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), zhao);
}

QTEST_MAIN(TestViewSimilarity)
#include "test_view_similarity.moc"
