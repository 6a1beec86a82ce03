#include "records/recordrepository.h"
#include "reports/dossiersummary.h"
#include "reports/reporthtml.h"
#include "reports/reportpagination.h"
#include "reports/reportrenderer.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <memory>

// Tables that break cleanly across pages, read back page by page with pdftotext as a reader
// of the paper would: no row begins on one page and ends on the next, and every page a table
// runs onto starts with its header row. Each long text carries a word at its start and one at
// its end ("row007begin" … "row007end"), so a row cut by a page break shows as a start and an
// end on different pages.
namespace {

QString pageText(const QString &path, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                   QString::number(page), QStringLiteral("-l"), QString::number(page), path,
                   QStringLiteral("-")});
    process.waitForFinished(60000);
    // Words of neighbouring columns may share a line: only the characters' order counts.
    return QString::fromUtf8(process.readAllStandardOutput())
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

QString marker(int row, const char *end)
{
    return QStringLiteral("row%1%2").arg(row, 3, 10, QLatin1Char('0')).arg(QLatin1String(end));
}

// A long text, longer for some rows than others, between its row's two words.
QString longText(int row)
{
    const QString sentence
        = QString::fromUtf8("针对该同志在分管领域工程项目审批、资金拨付和干部选拔任用等方面存在的"
                            "苗头性、倾向性问题，指出其履行全面从严治党主体责任不到位，");
    return marker(row, "begin") + QLatin1Char(' ') + sentence.repeated(1 + row % 4)
           + QLatin1Char(' ') + marker(row, "end");
}

struct Placement
{
    QMap<int, int> begins; // row → page
    QMap<int, int> ends;
    QList<int> pagesWithRows;
    QStringList texts; // per page, from the first
};

Placement placementOf(const QString &path, int pages, int rows)
{
    Placement placement;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(path, page);
        placement.texts << text;
        bool any = false;
        for (int row = 0; row < rows; ++row) {
            if (text.contains(marker(row, "begin"))) {
                placement.begins.insert(row, page);
                any = true;
            }
            if (text.contains(marker(row, "end"))) {
                placement.ends.insert(row, page);
                any = true;
            }
        }
        if (any)
            placement.pagesWithRows << page;
    }
    return placement;
}

// A device as the renderer sets one up, and its text block.
struct Paper
{
    QBuffer buffer;
    QPdfWriter writer{&buffer};
    QSizeF block;

    Paper()
    {
        buffer.open(QIODevice::WriteOnly);
        writer.setResolution(300);
        ReportRenderer::setUpDevice(writer);
        const QMarginsF margins
            = ReportRenderer::marginsMillimetres() * (writer.logicalDpiX() / 25.4);
        block = (QRectF(0, 0, writer.width(), writer.height()) - margins).size();
    }
};

// The parts' pages and texts, as `ReportPagination::parts` cuts the paper laying out at first
// `linesAhead` lines, a block or a table row each (0: all of them).
QStringList partsOf(const QTextDocument &document, int linesAhead)
{
    Paper paper;
    QStringList parts;
    for (const auto &part :
         ReportPagination::parts(document, &paper.writer, paper.block, linesAhead))
        parts << QStringLiteral("%1 pages: %2").arg(part.pages).arg(part.document->toPlainText());
    return parts;
}

// The bottom of the last text line of the last table in `body`, laid out as the renderer lays
// out a paper but on one endless page, in the device's pixels; and the text block's height.
QPair<double, double> tableFootAndPage(const QString &body)
{
    Paper paper;
    const auto document = ReportHtml::document(body);
    document->setDocumentMargin(0);
    document->documentLayout()->setPaintDevice(&paper.writer);
    document->setPageSize(QSizeF(paper.block.width(), 1e7));
    QTextTable *table = nullptr;
    for (auto it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *found = qobject_cast<QTextTable *>(it.currentFrame()))
            table = found;
    }
    double bottom = 0;
    for (int column = 0; table && column < table->columns(); ++column) {
        const QTextBlock block
            = table->cellAt(table->rows() - 1, column).firstCursorPosition().block();
        const QTextLayout *layout = block.layout();
        const QTextLine last = layout->lineAt(layout->lineCount() - 1);
        bottom = std::max(bottom, document->documentLayout()->blockBoundingRect(block).top()
                                      + last.y() + last.height());
    }
    return {bottom, paper.block.height()};
}

QString rowsTable(const QStringList &texts)
{
    QVector<QStringList> rows;
    for (int row = 0; row < texts.size(); ++row)
        rows << QStringList{QStringLiteral("2024年%1月1日").arg(row % 12 + 1), texts[row]};
    return ReportHtml::table({QString::fromUtf8("日期"), QString::fromUtf8("摘要")}, rows,
                             {25, 75});
}

QString shortText(int row)
{
    return marker(row, "begin") + QLatin1Char(' ') + marker(row, "end");
}

// A text of about `halfPages` halves of a page in the table's wide column.
QString tallText(int row, int halfPages)
{
    return marker(row, "begin") + QLatin1Char(' ')
           + QString::fromUtf8("整改落实情况逐项说明。").repeated(50 * halfPages) + QLatin1Char(' ')
           + marker(row, "end");
}

QString leadLines(int lines)
{
    QString html;
    for (int line = 0; line < lines; ++line)
        html += ReportHtml::paragraph(QString::fromUtf8("该同志任职期间的有关情况说明。"));
    return html;
}

QString closing()
{
    return ReportHtml::heading(QString::fromUtf8("三、其他"))
           + ReportHtml::paragraph(QString::fromUtf8("无。"));
}

} // namespace

class TestReportPagination : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void longSummaryKeepsRowsWhole();
    void rowTallerThanAPageRunsOn();
    void noPageIsLeftEmpty_data();
    void noPageIsLeftEmpty();
    void papersBreakCleanly_data();
    void papersBreakCleanly();

private:
    QTemporaryDir m_dir;
};

void TestReportPagination::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed: run scripts/dependencies");
}

void TestReportPagination::longSummaryKeepsRowsWhole()
{
    auto database = TestDatabase::inMemory();
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("清河县水利局"));
    const qint64 cadre = TestDatabase::addCadre(*database, QStringLiteral("张建国"), unit,
                                                QStringLiteral("局长"), true);
    constexpr int talks = 64;
    RecordRepository records(*database);
    for (int row = 0; row < talks; ++row) {
        records.create(QStringLiteral("talks"),
                       {{QStringLiteral("cadre_id"), cadre},
                        {QStringLiteral("kind"), QStringLiteral("reminder")},
                        {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
                        {QStringLiteral("talk_date"),
                         QDate(2015, 1, 5).addDays(row * 30).toString(Qt::ISODate)},
                        {QStringLiteral("interviewer"), QStringLiteral("王纪检")},
                        {QStringLiteral("reason"), longText(row)}});
    }
    const DossierSummary summary(*database);
    SummaryOptions options;
    options.sections = {QStringLiteral("talks")};
    const auto document
        = summary.build(cadre, QDate(2026, 11, 20), options, QStringLiteral("李档案"));
    const QString path = m_dir.filePath(QStringLiteral("long-summary.pdf"));
    const int pages = ReportRenderer::writePdf(path, {document.get()}, {}, summary.title(cadre));
    QVERIFY2(pages >= 10, qPrintable(QString::number(pages)));

    const Placement placement = placementOf(path, pages, talks);
    QCOMPARE(placement.begins.size(), talks);
    QCOMPARE(placement.ends.size(), talks);
    for (int row = 0; row < talks; ++row) {
        QVERIFY2(placement.begins[row] == placement.ends[row],
                 qPrintable(QStringLiteral("row %1 begins on page %2 and ends on page %3")
                                .arg(row)
                                .arg(placement.begins[row])
                                .arg(placement.ends[row])));
        if (row > 0)
            QVERIFY(placement.begins[row] >= placement.begins[row - 1]); // in date order
    }
    // Every page the table runs onto starts with its header row, before any of its rows.
    for (const int page : placement.pagesWithRows) {
        const QString &text = placement.texts[page - 1];
        const int header = text.indexOf(QString::fromUtf8("日期谈话类型"));
        QVERIFY2(header >= 0, qPrintable(QStringLiteral("no header on page %1").arg(page)));
        const int firstRow = text.indexOf(QRegularExpression(QStringLiteral("row\\d{3}begin")));
        QVERIFY2(firstRow < 0 || header < firstRow,
                 qPrintable(QStringLiteral("header after a row on page %1").arg(page)));
    }
    // The footer counts the pages of the paper, after the rows moved.
    QVERIFY(placement.texts.last().contains(QStringLiteral("第%1页共%1页").arg(pages)));
}

void TestReportPagination::rowTallerThanAPageRunsOn()
{
    // A row longer than a page cannot be kept whole: it continues on the next page (the only
    // place a row may be cut), and the rows around it still are whole.
    QVector<QStringList> rows;
    for (int row = 0; row < 6; ++row) {
        QString text = longText(row);
        if (row == 3)
            text = marker(row, "begin") + QLatin1Char(' ')
                   + QString::fromUtf8("整改落实情况逐项说明。").repeated(220) + QLatin1Char(' ')
                   + marker(row, "end");
        rows << QStringList{QStringLiteral("2024年%1月1日").arg(row + 1), text};
    }
    const auto document = ReportHtml::document(
        ReportHtml::heading(QString::fromUtf8("一、整改情况"))
        + ReportHtml::table({QString::fromUtf8("日期"), QString::fromUtf8("情况")}, rows,
                            {25, 75}));
    const QString path = m_dir.filePath(QStringLiteral("tall-row.pdf"));
    const int pages = ReportRenderer::writePdf(path, {document.get()}, {}, QStringLiteral("tall"));
    QVERIFY(pages >= 2);
    const Placement placement = placementOf(path, pages, int(rows.size()));
    QCOMPARE(placement.begins.size(), rows.size());
    QCOMPARE(placement.ends.size(), rows.size());
    QVERIFY(placement.ends[3] > placement.begins[3]);
    for (int row = 0; row < rows.size(); ++row) {
        if (row != 3)
            QCOMPARE(placement.begins[row], placement.ends[row]);
    }
}

void TestReportPagination::noPageIsLeftEmpty_data()
{
    QTest::addColumn<int>("leadLines");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("longRows");
    // Where the page breaks fall moves with the text above the table and with the rows'
    // heights; a cut after a one-line row left the least room on its page.
    for (const int leadLines : {0, 1, 2, 3, 5, 8}) {
        QTest::addRow("one-line rows, %d lines above", leadLines) << leadLines << 70 << false;
        QTest::addRow("long rows, %d lines above", leadLines) << leadLines << 30 << true;
    }
}

void TestReportPagination::noPageIsLeftEmpty()
{
    // Every page a paper runs onto holds some of it: cutting a table at a page's foot must
    // not leave the space below the table's end to spill onto a page of its own.
    QFETCH(int, leadLines);
    QFETCH(int, rows);
    QFETCH(bool, longRows);
    QString body = ReportHtml::heading(QString::fromUtf8("一、基本情况"));
    for (int line = 0; line < leadLines; ++line)
        body += ReportHtml::paragraph(QString::fromUtf8("该同志任职期间的有关情况说明。"));
    QVector<QStringList> cells;
    for (int row = 0; row < rows; ++row)
        cells << QStringList{QStringLiteral("2024年%1月1日").arg(row % 12 + 1),
                             longRows
                                 ? longText(row)
                                 : marker(row, "begin") + QLatin1Char(' ') + marker(row, "end")};
    body += ReportHtml::heading(QString::fromUtf8("二、谈话情况"))
            + ReportHtml::table({QString::fromUtf8("日期"), QString::fromUtf8("情况")}, cells,
                                {25, 75})
            + ReportHtml::heading(QString::fromUtf8("三、其他"))
            + ReportHtml::paragraph(QString::fromUtf8("无。"));
    const auto document = ReportHtml::document(body);
    const QString path = m_dir.filePath(QStringLiteral("no-empty-page.pdf"));
    const int pages = ReportRenderer::writePdf(path, {document.get()}, {}, QStringLiteral("x"));
    QVERIFY(pages >= 3);
    const Placement placement = placementOf(path, pages, rows);
    QCOMPARE(placement.begins.size(), rows);
    for (int page = 1; page <= pages; ++page) {
        const QString text = placement.texts[page - 1];
        const QString footer = QStringLiteral("第%1页共%2页").arg(page).arg(pages);
        QVERIFY2(text.contains(footer), qPrintable(text));
        QVERIFY2(!QString(text).remove(footer).isEmpty(),
                 qPrintable(QStringLiteral("page %1 of %2 is empty").arg(page).arg(pages)));
    }
    for (int row = 0; row < rows; ++row)
        QCOMPARE(placement.begins[row], placement.ends[row]);
    QVERIFY(placement.texts.last().contains(QString::fromUtf8("无。")));
}

void TestReportPagination::papersBreakCleanly_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("runningOn"); // rows taller than a page
    const QString talks = ReportHtml::heading(QString::fromUtf8("二、谈话情况"));

    QStringList many;
    for (int row = 0; row < 90; ++row)
        many << (row % 7 == 3 ? tallText(row, 1) : longText(row));
    QTest::addRow("a table of many pages")
        << talks + rowsTable(many) + closing() << 90 << QList<int>();

    QTest::addRow("rows taller than what is left on a page")
        << leadLines(6) + talks
               + rowsTable({longText(0), tallText(1, 1), shortText(2), tallText(3, 1),
                            tallText(4, 1), longText(5)})
               + closing()
        << 6 << QList<int>();
    for (const int lines : {12, 16, 19})
        QTest::addRow("first row taller than what is left, %d lines above", lines)
            << leadLines(lines) + talks + rowsTable({tallText(0, 1), shortText(1)}) + closing() << 2
            << QList<int>();
    QTest::addRow("a row taller than a page")
        << talks + rowsTable({longText(0), tallText(1, 3), longText(2), shortText(3)}) + closing()
        << 4 << QList<int>{1};

    // Body lines are 38 px, 22 to a page: somewhere among these the heading of the table, or
    // the closing one, is left at a page's foot.
    for (int lines = 17; lines <= 22; ++lines)
        QTest::addRow("a heading at a page foot, %d lines above", lines)
            << leadLines(lines) + talks
                   + rowsTable({shortText(0), shortText(1), shortText(2), shortText(3)}) + closing()
            << 4 << QList<int>();

    // A table whose last row ends at the page's foot, a little before it, or a little after:
    // the space above it is measured so, in the fonts of this run.
    const auto endingAt = [&](double spacer) {
        QStringList rows;
        for (int row = 0; row < 8; ++row)
            rows << shortText(row);
        return QStringLiteral("<p style=\"font-size:16pt;margin:0;margin-bottom:%1px;\">%2</p>")
                   .arg(spacer)
                   .arg(QString::fromUtf8("有关情况说明。"))
               + talks + rowsTable(rows) + closing();
    };
    double spacer = 100; // above the heading's margin, which it would collapse with
    for (int round = 0; round < 3; ++round) {
        const auto [foot, page] = tableFootAndPage(endingAt(spacer));
        spacer += (page - foot) * 96 / 300;
    }
    for (const int off : {-24, -16, -12, -11, -10, -9, -8, -6, -4, -2, 0, 2, 4})
        QTest::addRow("a table ending at a page foot, %+d px", off)
            << endingAt(spacer + off) << 8 << QList<int>();
}

void TestReportPagination::papersBreakCleanly()
{
    // However many lines (blocks and table rows) are laid out at a time to find where a page
    // breaks, the paper is cut the same; and read back from the PDF, no row is cut by a page
    // break (but one taller than a page), every page a table runs onto starts with its header,
    // no heading is left at a page's foot and no page is empty.
    QFETCH(QString, body);
    QFETCH(int, rows);
    QFETCH(QList<int>, runningOn);
    const auto document = ReportHtml::document(body);
    const QStringList parts = partsOf(*document, 0);
    QCOMPARE(partsOf(*document, 2), parts);
    QCOMPARE(partsOf(*document, 7), parts);
    QCOMPARE(partsOf(*document, ReportPagination::linesAheadOfACut), parts);

    const QString path = m_dir.filePath(QStringLiteral("clean-breaks.pdf"));
    const int pages = ReportRenderer::writePdf(path, {document.get()}, {}, QStringLiteral("x"));
    QVERIFY(pages >= 1);
    const Placement placement = placementOf(path, pages, rows);
    QCOMPARE(placement.begins.size(), rows);
    QCOMPARE(placement.ends.size(), rows);
    for (int row = 0; row < rows; ++row) {
        if (!runningOn.contains(row))
            QVERIFY2(placement.begins[row] == placement.ends[row],
                     qPrintable(QStringLiteral("row %1 begins on page %2 and ends on page %3")
                                    .arg(row)
                                    .arg(placement.begins[row])
                                    .arg(placement.ends[row])));
        if (row > 0)
            QVERIFY(placement.begins[row] >= placement.ends[row - 1]);
    }
    const QStringList headings{QString::fromUtf8("二、谈话情况"), QString::fromUtf8("三、其他")};
    for (int page = 1; page <= pages; ++page) {
        const QString footer = QStringLiteral("第%1页共%2页").arg(page).arg(pages);
        const QString text = QString(placement.texts[page - 1]).remove(footer);
        QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("page %1 is empty").arg(page)));
        const int firstRow
            = text.indexOf(QRegularExpression(QStringLiteral("row\\d{3}(begin|end)")));
        if (firstRow >= 0) {
            // pdftotext reads the cells column by column: each header above its column.
            for (const char *header : {"日期", "摘要"}) {
                const int at = text.indexOf(QString::fromUtf8(header));
                QVERIFY2(at >= 0 && at < firstRow,
                         qPrintable(QStringLiteral("no header above the rows of page %1: %2")
                                        .arg(page)
                                        .arg(text)));
            }
        }
        for (const QString &heading : headings) {
            const int at = text.indexOf(heading);
            QVERIFY2(at < 0 || at + heading.size() < text.size(),
                     qPrintable(
                         QStringLiteral("%1 left at the foot of page %2").arg(heading).arg(page)));
        }
    }
    QVERIFY(placement.texts.last().contains(QString::fromUtf8("无。")));
}

QTEST_MAIN(TestReportPagination)
#include "test_report_pagination.moc"
