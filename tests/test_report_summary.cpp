#include "access/accesserror.h"
#include "demo/demogenerator.h"
#include "domain/dataerror.h"
#include "reports/dossiersummary.h"
#include "reports/printaudit.h"
#include "reports/reportrenderer.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"
#include "testpdf.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

#include <memory>

// Dossier summaries printed to PDF and read back with pdftotext, as a reader of the paper
// would: compared with checked-in golden texts (section order, Chinese labels, dates, footer),
// with every font embedded. INTEGRITY_DOSSIER_UPDATE_GOLDEN=1 rewrites the golden files.
namespace {

const QDate demoDay(2026, 11, 20);

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext's text without trailing blanks and empty lines, so that only words and their
// order count.
QString pdfText(const QString &path)
{
    const QString raw
        = runTool(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QStringList lines;
    for (const QString &line : raw.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && trimmed != QLatin1String("\f"))
            lines << trimmed;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void compareWithGolden(const QString &text, const QString &name)
{
    const QString path = TestPdf::goldenPath(name);
    if (qEnvironmentVariableIsSet("INTEGRITY_DOSSIER_UPDATE_GOLDEN")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString expected = QString::fromUtf8(file.readAll());
    const QStringList got = text.split(QLatin1Char('\n'));
    const QStringList want = expected.split(QLatin1Char('\n'));
    for (int line = 0; line < std::min(got.size(), want.size()); ++line) {
        if (got[line] != want[line])
            QFAIL(qPrintable(QStringLiteral("%1 line %2: got \"%3\", expected \"%4\"")
                                 .arg(name)
                                 .arg(line + 1)
                                 .arg(got[line], want[line])));
    }
    QCOMPARE(got.size(), want.size());
}

} // namespace

class TestReportSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goldenSummaries_data();
    void goldenSummaries();
    void fontsAreEmbedded();
    void optionsLeaveSectionsAndRecordsOut();
    void batchNumbersPagesPerDossier();
    void unknownCadreIsRefused();
    void unwritableFileIsRefusedAndNothingAudited();
    void printsAreAudited();
    void accountsWithoutDossierAccessCannotPrint();

private:
    QString writeSummary(qint64 cadreId, const SummaryOptions &options = {},
                         const QString &name = QStringLiteral("summary.pdf"));

    // What the last summary written says, page dressing included: the characters its PDF must
    // give back.
    QString m_lastPrinted;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_emptyCadre = 0;
};

void TestReportSummary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed: run scripts/dependencies");
    m_database = TestDatabase::demoCounty(m_dir);
    const qint64 unit = Sql::scalar(m_database->connection(),
                                    QStringLiteral("SELECT unit_id FROM cadres WHERE id = ?"),
                                    {qint64(DemoFixture::WaterBureauDirector)})
                            .toLongLong();
    m_emptyCadre
        = TestDatabase::addCadre(*m_database, QStringLiteral("林新"), unit, QStringLiteral("科员"));
}

QString TestReportSummary::writeSummary(qint64 cadreId, const SummaryOptions &options,
                                        const QString &name)
{
    const DossierSummary summary(*m_database);
    const auto document = summary.build(cadreId, demoDay, options, QStringLiteral("李档案"));
    PageDecoration decoration;
    decoration.marking = summary.confidentialityMarking();
    const QString path = m_dir.filePath(name);
    const int pages
        = ReportRenderer::writePdf(path, {document.get()}, decoration, summary.title(cadreId));
    m_lastPrinted = document->toPlainText();
    for (int page = 1; page <= pages; ++page)
        m_lastPrinted
            += decoration.marking + QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pages);
    // INTEGRITY_DOSSIER_REPORT_OUTPUT keeps the papers, to look at them or render screenshots.
    const QString keep = qEnvironmentVariable("INTEGRITY_DOSSIER_REPORT_OUTPUT");
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(name));
        QFile::copy(path, QDir(keep).filePath(name));
    }
    return path;
}

void TestReportSummary::goldenSummaries_data()
{
    QTest::addColumn<qint64>("cadre");
    QTest::addColumn<QString>("golden");
    QTest::newRow("case with sanctions")
        << qint64(DemoFixture::DiseaseControlDirector) << QStringLiteral("summary-case.txt");
    QTest::newRow("party probation")
        << qint64(DemoFixture::ProbationCadre) << QStringLiteral("summary-probation.txt");
    QTest::newRow("no records") << qint64(-1) << QStringLiteral("summary-no-records.txt");
}

void TestReportSummary::goldenSummaries()
{
    QFETCH(qint64, cadre);
    QFETCH(QString, golden);
    const QString text = pdfText(
        writeSummary(cadre < 0 ? m_emptyCadre : cadre, {},
                     QString(golden).replace(QStringLiteral(".txt"), QStringLiteral(".pdf"))));
    QVERIFY(text.contains(QStringLiteral("内部资料 注意保密")));
    // pdftotext may or may not keep the spaces between the footer's words.
    QVERIFY(QString(text).remove(QLatin1Char(' ')).contains(QStringLiteral("第1页共")));
    // Whatever the font, a reader finds the paper's own characters, each as often as printed:
    // no look-alike radicals (⽉ for 月), nothing lost, nothing added.
    QVERIFY2(TestPdf::lookAlikes(text).isEmpty(), qPrintable(TestPdf::lookAlikes(text)));
    const QString difference = TestPdf::characterDifference(m_lastPrinted, text);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    compareWithGolden(text, golden);
}

void TestReportSummary::fontsAreEmbedded()
{
    const QString fonts
        = runTool(QStringLiteral("pdffonts"), {writeSummary(DemoFixture::DiseaseControlDirector)});
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
    for (const QString &line : lines) {
        // name, type, encoding, emb, sub, uni, object, generation: "emb" is the fourth from last.
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                 qPrintable(line));
    }
}

void TestReportSummary::optionsLeaveSectionsAndRecordsOut()
{
    const QString all = pdfText(writeSummary(DemoFixture::DiseaseControlDirector));
    QVERIFY(all.contains(QStringLiteral("警示教育")));
    QVERIFY(all.contains(QStringLiteral("问题线索及处置")));

    SummaryOptions options;
    options.sections = {QStringLiteral("clues"), QStringLiteral("measures")};
    options.includeClosedClues = false;
    const QString some = pdfText(writeSummary(DemoFixture::DiseaseControlDirector, options));
    QVERIFY(!some.contains(QStringLiteral("警示教育")));
    QVERIFY(some.contains(QStringLiteral("党纪政务处分、组织处理及影响期")));
    // The director's only clue ended in a case: without closed clues the section is empty.
    QVERIFY(!some.contains(QStringLiteral("问题线索及处置")));

    SummaryOptions range;
    range.sections = {QStringLiteral("warning_education")};
    range.from = QDate(2026, 1, 1);
    const QString recent = pdfText(writeSummary(DemoFixture::DiseaseControlDirector, range));
    QVERIFY(recent.contains(QStringLiteral("记录范围：2026年1月1日至2026年11月20日")));
    QVERIFY(recent.contains(QStringLiteral("2026年")));
    QVERIFY(!recent.contains(QStringLiteral("2025年")));
}

void TestReportSummary::batchNumbersPagesPerDossier()
{
    const DossierSummary summary(*m_database);
    const auto first = summary.build(DemoFixture::WaterBureauDirector, demoDay, {}, QString());
    const auto second = summary.build(m_emptyCadre, demoDay, {}, QString());
    const QString path = m_dir.filePath(QStringLiteral("batch.pdf"));
    const int pages
        = ReportRenderer::writePdf(path, {first.get(), second.get()}, {}, QStringLiteral("batch"));
    const QString text = pdfText(path).remove(QLatin1Char(' '));
    QCOMPARE(text.count(QStringLiteral("廉政档案摘要")), 2);
    // The empty cadre's summary is one page, numbered on its own.
    QVERIFY(text.contains(QStringLiteral("第1页共1页")));
    QCOMPARE(text.count(QStringLiteral("第1页共")), 2);
    QCOMPARE(text.count(QStringLiteral("页共")), pages);
}

void TestReportSummary::unknownCadreIsRefused()
{
    const DossierSummary summary(*m_database);
    QVERIFY_THROWS_EXCEPTION(DataError, summary.build(999999, demoDay, {}, QString()));
}

void TestReportSummary::unwritableFileIsRefusedAndNothingAudited()
{
    const qint64 before
        = Sql::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))
              .toLongLong();
    const DossierSummary summary(*m_database);
    const auto document = summary.build(m_emptyCadre, demoDay, {}, QString());
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/summary.pdf"));
    QVERIFY_THROWS_EXCEPTION(
        DataError, ReportRenderer::writePdf(path, {document.get()}, {}, QStringLiteral("x")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(Sql::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))
                 .toLongLong(),
             before);
}

void TestReportSummary::printsAreAudited()
{
    PrintAudit::record(*m_database, QStringLiteral("print"), QStringLiteral("dossier_summary"), 0,
                       {DemoFixture::DiseaseControlDirector, m_emptyCadre},
                       QStringLiteral("Office printer"), 5);
    QSqlQuery entries = Sql::run(m_database->connection(),
                                 QStringLiteral("SELECT user_name, action, entity, cadre_id, after "
                                                "FROM audit_log ORDER BY id DESC LIMIT 2"));
    QList<qint64> cadres;
    while (entries.next()) {
        QCOMPARE(entries.value(0).toString(), m_database->actor());
        QCOMPARE(entries.value(1).toString(), QStringLiteral("print"));
        QCOMPARE(entries.value(2).toString(), QStringLiteral("dossier_summary"));
        QVERIFY(entries.value(4).toString().contains(QStringLiteral("Office printer")));
        cadres.prepend(entries.value(3).toLongLong());
    }
    QCOMPARE(cadres, (QList<qint64>{DemoFixture::DiseaseControlDirector, m_emptyCadre}));
}

void TestReportSummary::accountsWithoutDossierAccessCannotPrint()
{
    const DossierSummary summary(*m_database);
    // The security auditor reads the audit trail, never a dossier.
    TestDatabase::signIn(*m_database, QStringLiteral("auditor"));
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             summary.build(DemoFixture::WaterBureauDirector, demoDay, {}, {}));
    TestDatabase::signIn(*m_database, QStringLiteral("officer"));
    QVERIFY(summary.build(DemoFixture::WaterBureauDirector, demoDay, {}, {}));
}

QTEST_MAIN(TestReportSummary)
#include "test_report_summary.moc"
