#include "reports/yearlyreport.h"

#include <QTest>

// The yearly paragraph in the commission's usual wording: every figure of the year in it, the
// shares of the people placed on file, 问责 for the two responsibilities, 廉政党课.
class TestYearlyReport : public QObject
{
    Q_OBJECT

private slots:
    void paragraphSaysEveryFigure_data();
    void paragraphSaysEveryFigure();
};

namespace {

YearlyStatistics year2025()
{
    YearlyStatistics year;
    year.year = 2025;
    const QList<QPair<const char *, qint64>> counts = {{"reminder_talks", 41},
                                                       {"admonition_talks", 7},
                                                       {"inspections", 12},
                                                       {"rectifications", 30},
                                                       {"rectifications_completed", 26},
                                                       {"recommendation_letters", 5},
                                                       {"rectification_notices", 9},
                                                       {"written_self_examinations", 3},
                                                       {"inspection_bulletins", 2},
                                                       {"clues_received", 52},
                                                       {"clues_disposed", 50},
                                                       {"cases_filed", 16},
                                                       {"two_responsibilities_cases", 4},
                                                       {"top_leader_cases", 3},
                                                       {"team_member_cases", 2},
                                                       {"warning_education_sessions", 6},
                                                       {"integrity_lectures", 8}};
    for (const auto &[key, count] : counts)
        year.counts.insert(QString::fromLatin1(key), count);
    year.fourForms[0] = 60;
    year.fourForms[1] = 12;
    year.fourForms[2] = 3;
    year.fourForms[3] = 1;
    return year;
}

} // namespace

void TestYearlyReport::paragraphSaysEveryFigure_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("present");
    const auto row = [](const char *words, bool present = true) {
        QTest::newRow(words) << QString::fromUtf8(words) << present;
    };
    row("2025年，全县共受理问题线索52件，处置各类问题线索50件");
    row("立案审查调查16人");
    // The share is of the people placed on file, and they were held accountable (问责).
    row("其中因“两个责任”落实不力被问责4人，占立案人数的25.0%");
    // The top leaders, then the other members of the leadership teams.
    row("查处“一把手”3人，同比上升50.0%，查处班子其他成员2人");
    row("第一种形态60人次、占78.9%");
    row("开展提醒谈话41人次、诫勉谈话7人次");
    row("发出纪检监察建议书5份、整改通知书9份");
    row("责令书面检查3人次");
    row("印发督查通报2期");
    row("开展警示教育6场次、廉政党课8场次");
    row("廉政讲座", false);
    row("占案件总数", false);
    row("立案查处", false);
}

void TestYearlyReport::paragraphSaysEveryFigure()
{
    QFETCH(QString, words);
    QFETCH(bool, present);
    YearlyStatistics previous;
    previous.year = 2024;
    previous.counts.insert(QStringLiteral("top_leader_cases"), 2);
    const QString paragraph = YearlyReport::paragraph(year2025(), previous);
    QVERIFY2(paragraph.contains(words) == present, qPrintable(paragraph));
}

QTEST_GUILESS_MAIN(TestYearlyReport)
#include "test_yearly_report.moc"
