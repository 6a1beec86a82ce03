#include "reports/reporthtml.h"
#include "reports/reportrenderer.h"
#include "reports/tablewidths.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

// The widths of printed tables' columns: texts are broken as Chinese is set, dates and short
// labels stay whole, and the long texts take the room. Checked first on the model of line
// breaking, then on the paper as Qt lays it out.
namespace {

const QString findingDate = QString::fromUtf8("2024年10月15日");
const QString finding
    = QString::fromUtf8("重大物资采购未经党组会集体研究决定，且未按规定履行招标程序");
const QString notice = QString::fromUtf8("清河纪整改〔2024〕102号");

// A findings table as the dossier summary prints it: six columns, three of them dates.
QVector<QStringList> findingRows(int count)
{
    QVector<QStringList> rows;
    for (int row = 0; row < count; ++row)
        rows << QStringList{findingDate,
                            finding.left(10 + row % 20),
                            QString::fromUtf8("固定监督周"),
                            findingDate,
                            QString::fromUtf8(row % 3 ? "已整改" : "未整改"),
                            findingDate};
    return rows;
}

const QStringList findingHeaders{QString::fromUtf8("发现日期"), QString::fromUtf8("发现的问题"),
                                 QString::fromUtf8("监督检查"), QString::fromUtf8("整改期限"),
                                 QString::fromUtf8("状态"),     QString::fromUtf8("完成日期")};

// The lines of each cell's text in the first data row, laid out on A4 as the renderer does.
QVector<int> laidOutLines(const QStringList &headers, const QVector<QStringList> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    ReportRenderer::setUpDevice(writer);
    const auto document = ReportHtml::document(ReportHtml::table(headers, rows));
    const QMarginsF margins = ReportRenderer::marginsMillimetres() * (300 / 25.4);
    document->documentLayout()->setPaintDevice(&writer);
    document->setDocumentMargin(0);
    document->setPageSize(QSizeF(writer.width() - margins.left() - margins.right(),
                                 writer.height() - margins.top() - margins.bottom()));
    document->pageCount();
    QVector<int> lines;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (rows.first().contains(block.text()) && lines.size() < rows.first().size())
            lines << block.layout()->lineCount();
    }
    return lines;
}

} // namespace

class TestTableWidths : public QObject
{
    Q_OBJECT

private slots:
    void linesBreakAsChineseIsSet_data();
    void linesBreakAsChineseIsSet();
    void widthsAddUpToTheLine();
    void tooWideDatesBreakWhereTheyRead();
    void datesAndLabelsStayWhole();
    void longTextTakesTheRoom();
    void tooLongForAnyHeightSharesByLength();
};

void TestTableWidths::linesBreakAsChineseIsSet_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("width");
    QTest::addColumn<int>("lines");
    QTest::newRow("a date on one line") << findingDate << 8.0 << 1;
    QTest::newRow("a date breaks after its year") << findingDate << 5.0 << 2;
    QTest::newRow("a date narrower than its day") << findingDate << 3.5 << 3;
    QTest::newRow("a period on one line")
        << QString::fromUtf8("2026年2月10日至2028年2月9日") << 17.0 << 1;
    QTest::newRow("a period breaks after 至")
        << QString::fromUtf8("2026年2月10日至2028年2月9日") << 10.0 << 2;
    QTest::newRow("a short label stays whole") << QString::fromUtf8("已整改") << 2.0 << 2;
    QTest::newRow("Chinese breaks between characters")
        << QString::fromUtf8("一二三四五六七八") << 4.0 << 2;
    QTest::newRow("no line starts with a closing mark")
        << QString::fromUtf8("一二三，四五六七") << 3.0 << 3;
    QTest::newRow("a number is not broken") << QStringLiteral("20241015") << 3.0 << 2;
    QTest::newRow("a line break starts a line") << QString::fromUtf8("一二\n三四") << 10.0 << 2;
}

void TestTableWidths::linesBreakAsChineseIsSet()
{
    QFETCH(QString, text);
    QFETCH(double, width);
    QFETCH(int, lines);
    QCOMPARE(TableWidths::lines(text, width), lines);
}

void TestTableWidths::widthsAddUpToTheLine()
{
    const TableWidths::Measure measure{42, 1.2};
    for (const int rows : {0, 1, 5, 40}) {
        const QVector<int> widths = TableWidths::fit(findingHeaders, findingRows(rows), measure);
        QCOMPARE(widths.size(), findingHeaders.size());
        QCOMPARE(std::accumulate(widths.begin(), widths.end(), 0), 100);
        for (const int width : widths)
            QVERIFY(width > 0);
    }
    QVERIFY(TableWidths::fit({}, {}, measure).isEmpty());
}

void TestTableWidths::tooWideDatesBreakWhereTheyRead()
{
    const TableWidths::Measure measure{42, 1.2};
    const QString period = QString::fromUtf8("2026年2月10日至2028年2月9日");
    QCOMPARE(TableWidths::setInColumn(findingDate, 30, measure), findingDate);
    QCOMPARE(TableWidths::setInColumn(findingDate, 15, measure),
             QString::fromUtf8("2024年\n10月15日"));
    QCOMPARE(TableWidths::setInColumn(period, 50, measure), period);
    QCOMPARE(TableWidths::setInColumn(period, 30, measure),
             QString::fromUtf8("2026年2月10日至\n2028年2月9日"));
    // A heading that names a date breaks where the date would.
    QCOMPARE(TableWidths::setInColumn(QString::fromUtf8("截至2026年11月20日"), 20, measure),
             QString::fromUtf8("截至2026年\n11月20日"));
    // Other texts are left to the layout.
    QCOMPARE(TableWidths::setInColumn(finding, 10, measure), finding);
}

void TestTableWidths::datesAndLabelsStayWhole()
{
    // A long text beside a date, a label and a number: the text's lines set the rows' height,
    // and the room left keeps the date and the label whole.
    const QStringList headers{QString::fromUtf8("下发日期"), QString::fromUtf8("文书类型"),
                              QString::fromUtf8("文号"), QString::fromUtf8("内容")};
    QVector<QStringList> rows;
    for (int row = 0; row < 12; ++row)
        rows << QStringList{findingDate, QString::fromUtf8("整改通知书"), notice, finding};
    const QVector<int> lines = laidOutLines(headers, rows);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], 1);
    QCOMPARE(lines[1], 1);
    QVERIFY(lines[2] <= lines[3]);
    QVERIFY(lines[3] > 1);

    // Six columns, three of them dates: the dates break after the year rather than make the
    // text of the finding run over more lines than they do, and the labels stay whole.
    const QVector<int> findings = laidOutLines(findingHeaders, findingRows(30));
    QCOMPARE(findings.size(), 6);
    QVERIFY2(
        findings[0] <= 2 && findings[3] <= 2 && findings[5] <= 2,
        qPrintable(QStringLiteral("%1 %2 %3").arg(findings[0]).arg(findings[3]).arg(findings[5])));
    QCOMPARE(findings[2], 1); // 固定监督周
    QCOMPARE(findings[4], 1); // 未整改
    QVERIFY(findings[1] <= 2);
}

void TestTableWidths::longTextTakesTheRoom()
{
    const TableWidths::Measure measure{42, 1.2};
    const QVector<int> widths = TableWidths::fit(findingHeaders, findingRows(30), measure);
    const int widest = int(std::max_element(widths.begin(), widths.end()) - widths.begin());
    QCOMPARE(widest, 1); // 发现的问题
}

void TestTableWidths::tooLongForAnyHeightSharesByLength()
{
    // Two texts of many lines each: neither fits twelve lines, so they share by length.
    const TableWidths::Measure measure{42, 1.2};
    const QVector<int> widths
        = TableWidths::fit({QStringLiteral("a"), QStringLiteral("b")},
                           {{finding.repeated(20), finding.repeated(60)}}, measure);
    QCOMPARE(widths.size(), 2);
    QVERIFY(widths[1] > 2 * widths[0]);
}

QTEST_MAIN(TestTableWidths)
#include "test_table_widths.moc"
