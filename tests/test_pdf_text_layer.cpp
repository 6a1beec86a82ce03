#include "domain/dataerror.h"
#include "reports/pdftextlayer.h"
#include "reports/reportfonts.h"
#include "reports/reportrenderer.h"
#include "testpdf.h"

#include <QBuffer>
#include <QFile>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

// The text layer of printed PDFs: the ToUnicode maps Qt writes are mended so that a reader's
// search and copy find the ideographs the paper shows, in whichever Chinese font the suite runs
// (ctest runs it once per installed supported font).
namespace {

// Characters the Kangxi radicals and the radicals supplement have look-alikes of, as papers use
// them: dates, page footers, 意见, 立案, 干部.
const QString sample = QStringLiteral("2026年11月20日 第1页 共3页 意见 立案 干部 长期 走访 言行 "
                                      "金额 一二三 人民 水利局 工作 见面 马 鱼 鸟 龙 齐 食 风 门");

QString writeRaw(const QString &path, const QString &text)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(ReportFonts::family(ReportFonts::Role::Body));
    font.setPointSize(16);
    painter.setFont(font);
    painter.drawText(QRectF(0, 0, writer.width(), writer.height()), Qt::TextWordWrap, text);
    return path;
}

} // namespace

class TestPdfTextLayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void facesFollowTheStandard();
    void mapsName_data();
    void mapsName();
    void printedTextIsTheDocuments();
    void pdfsOfAnyFontAreMended();
    void otherFilesAreLeftAlone();

private:
    QTemporaryDir m_dir;
};

void TestPdfTextLayer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(ReportFonts::available(), "the suite's font environment has no Chinese font");
}

void TestPdfTextLayer::facesFollowTheStandard()
{
    // What each supported font environment prints with: the standard's faces are Windows
    // fonts, so every role has a stand-in here; serif faces for the body while one is
    // installed, a bold serif for the title.
    struct Expected
    {
        QString title;
        bool titleBold;
        QString heading;
        QString body;
    };
    const QMap<QString, Expected> expected{
        {QStringLiteral("uming"),
         {QStringLiteral("AR PL UMing CN"), true, QStringLiteral("AR PL UMing CN"),
          QStringLiteral("AR PL UMing CN")}},
        {QStringLiteral("noto"),
         {QStringLiteral("Noto Serif CJK SC"), true, QStringLiteral("Noto Sans CJK SC"),
          QStringLiteral("Noto Serif CJK SC")}},
        {QStringLiteral("wqy"),
         {QStringLiteral("WenQuanYi Micro Hei"), false, QStringLiteral("WenQuanYi Micro Hei"),
          QStringLiteral("WenQuanYi Micro Hei")}},
    };
    QVERIFY2(expected.contains(TestPdf::font()), qPrintable(TestPdf::font()));
    const Expected want = expected.value(TestPdf::font());
    using ReportFonts::Role;
    QCOMPARE(ReportFonts::family(Role::Title), want.title);
    QCOMPARE(ReportFonts::bold(Role::Title), want.titleBold);
    QCOMPARE(ReportFonts::family(Role::Heading), want.heading);
    QCOMPARE(ReportFonts::family(Role::Body), want.body);
    for (const ReportFonts::Choice &choice : ReportFonts::choices()) {
        QVERIFY(choice.standIn);
        QVERIFY(!choice.official.isEmpty());
        QVERIFY(!ReportFonts::roleName(choice.role).isEmpty());
    }
    QCOMPARE(ReportFonts::choices().size(), 5);
    QVERIFY(ReportFonts::font(Role::Body, 16).styleStrategy() & QFont::PreferNoShaping);
}

void TestPdfTextLayer::mapsName_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("mended");
    // Qt writes ranges: one glyph, an array of glyphs, or a run of consecutive code points.
    QTest::newRow("one radical") << QByteArray("<0003> <0003> <2F49>")
                                 << QByteArray("<0003> <0003> <6708>");
    QTest::newRow("supplement radical")
        << QByteArray("<0004> <0004> <2EC5>") << QByteArray("<0004> <0004> <89C1>");
    QTest::newRow("stroke") << QByteArray("<0005> <0005> <31D0>")
                            << QByteArray("<0005> <0005> <4E00>");
    QTest::newRow("array") << QByteArray("<0001> <0003> [<0032> <2F47> <5E74> ]")
                           << QByteArray("<0001> <0003> [<0032> <65E5> <5E74> ]");
    QTest::newRow("ideographs stay") << QByteArray("<0001> <0002> [<6708> <65E5> ]")
                                     << QByteArray("<0001> <0002> [<6708> <65E5> ]");
    QTest::newRow("latin run stays")
        << QByteArray("<0010> <001B> <0041>") << QByteArray("<0010> <001B> <0041>");
    QTest::newRow("run through radicals") << QByteArray("<0020> <0022> <2F48>")
                                          << QByteArray("<0020> <0022> [<66F0> <6708> <6728> ]");
    QTest::newRow("beyond the basic plane")
        << QByteArray("<0006> <0006> <2E87>") << QByteArray("<0006> <0006> <D841DE28>");
}

void TestPdfTextLayer::mapsName()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, mended);
    const QByteArray map = "begincmap\n1 beginbfrange\n" + line + "\nendbfrange\nendcmap\n";
    QCOMPARE(PdfTextLayer::mendedMap(map),
             "begincmap\n1 beginbfrange\n" + mended + "\nendbfrange\nendcmap\n");
    const QByteArray characters = "1 beginbfchar\n<0003> <2F49>\nendbfchar\n";
    QCOMPARE(PdfTextLayer::mendedMap(characters),
             QByteArray("1 beginbfchar\n<0003> <6708>\nendbfchar\n"));
}

void TestPdfTextLayer::printedTextIsTheDocuments()
{
    QTextDocument document;
    QFont font(ReportFonts::family(ReportFonts::Role::Body));
    font.setPointSize(16);
    document.setDefaultFont(font);
    document.setPlainText(sample);
    const QString path = m_dir.filePath(QStringLiteral("sample.pdf"));
    PageDecoration decoration;
    decoration.marking = QStringLiteral("内部资料 注意保密");
    const int pages
        = ReportRenderer::writePdf(path, {&document}, decoration, PdfInfo(QStringLiteral("样张")));
    QCOMPARE(pages, 1);
    const QString text = TestPdf::text(path);
    QVERIFY2(TestPdf::lookAlikes(text).isEmpty(), qPrintable(TestPdf::lookAlikes(text)));
    const QString difference = TestPdf::characterDifference(
        sample + decoration.marking + QStringLiteral("第 1 页 共 1 页"), text);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(text.contains(QStringLiteral("2026年11月20日")));
}

void TestPdfTextLayer::pdfsOfAnyFontAreMended()
{
    // What Qt's writer gives by itself: with Noto CJK, radicals; with others, the ideographs.
    const QString path = writeRaw(m_dir.filePath(QStringLiteral("raw.pdf")), sample);
    const QString before = TestPdf::text(path);
    QVERIFY(!before.isEmpty());
    if (TestPdf::font() == QLatin1String("noto"))
        QVERIFY2(!TestPdf::lookAlikes(before).isEmpty(), "Noto CJK no longer needs mending");
    PdfTextLayer::mendFile(path);
    const QString after = TestPdf::text(path);
    QVERIFY2(TestPdf::lookAlikes(after).isEmpty(), qPrintable(TestPdf::lookAlikes(after)));
    const QString difference = TestPdf::characterDifference(sample, after);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // The mended file is still a whole PDF: pdfinfo reads its one page.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(60000));
    QCOMPARE(info.exitCode(), 0);
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                .contains(QRegularExpression(QStringLiteral("Pages:\\s+1"))));
}

void TestPdfTextLayer::otherFilesAreLeftAlone()
{
    for (const QByteArray &bytes :
         {QByteArray(), QByteArray("not a pdf at all"),
          QByteArray("%PDF-1.4\n1 0 obj\n<< >>\nendobj\nstartxref\n99999\n%%EOF\n")}) {
        QBuffer source;
        source.setData(bytes);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QBuffer target;
        QVERIFY(target.open(QIODevice::WriteOnly));
        QVERIFY(!PdfTextLayer::mend(source, target));
    }
    const QString path = m_dir.filePath(QStringLiteral("plain.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("plain text");
    file.close();
    PdfTextLayer::mendFile(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("plain text"));
}

QTEST_MAIN(TestPdfTextLayer)
#include "test_pdf_text_layer.moc"
