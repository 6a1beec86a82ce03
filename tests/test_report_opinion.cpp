#include "demo/demogenerator.h"
#include "domain/dataerror.h"
#include "dossier/opinionservice.h"
#include "reports/dossiersummary.h"
#include "reports/opinionbatch.h"
#include "reports/opinionreply.h"
#include "reports/reportrenderer.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"
#include "testpdf.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QTextDocument>

#include <memory>

Q_DECLARE_METATYPE(OpinionRequest)

// Integrity-opinion batches: stored with one answer per cadre (categories 1–6 from the demo's
// scenario cadres), an adjusted sentence recorded with who and why, and the reply letter with
// its working papers checked by its pdftotext text against a golden file.
namespace {

const QDate demoDay(2026, 11, 20);

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split('\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines << trimmed;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

qint64 count(const Database &database, const QString &table)
{
    return Sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM ") + table)
        .toLongLong();
}

OpinionRequest promotionRequest()
{
    OpinionRequest request;
    request.requester = QStringLiteral("中共清河县委组织部");
    request.requestNumber = QStringLiteral("清组函〔2026〕38号");
    request.requestDate = QDate(2026, 11, 18);
    request.purpose = QStringLiteral("干部拟提拔任用");
    request.asOf = demoDay;
    request.replyDate = demoDay;
    request.signedBy = QStringLiteral("王主任");
    return request;
}

} // namespace

class TestReportOpinion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void categoriesOfTheScenarioCadres_data();
    void categoriesOfTheScenarioCadres();
    void adjustmentIsRecordedWithWhoAndWhy();
    void refusedAdjustmentsChangeNothing_data();
    void refusedAdjustmentsChangeNothing();
    void badRequestsStoreNothing_data();
    void badRequestsStoreNothing();
    void replyLetterMatchesGolden();
    void batchShowsInEachDossier();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_batch = 0;
    QList<qint64> m_cadres;
};

void TestReportOpinion::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = TestDatabase::demoCounty(m_dir);
    for (const DemoFixtureInfo &fixture : DemoGenerator::fixtures())
        m_cadres << fixture.cadreId;
    OpinionBatches batches(*m_database);
    m_batch = batches.create(promotionRequest(), m_cadres);
    QVERIFY(m_batch > 0);
}

void TestReportOpinion::categoriesOfTheScenarioCadres_data()
{
    QTest::addColumn<qint64>("cadre");
    QTest::addColumn<int>("category");
    for (const DemoFixtureInfo &fixture : DemoGenerator::fixtures()) {
        QTest::addRow("%lld %s (category %d)", fixture.cadreId, qPrintable(fixture.name),
                      fixture.category)
            << fixture.cadreId << fixture.category;
    }
}

void TestReportOpinion::categoriesOfTheScenarioCadres()
{
    QFETCH(qint64, cadre);
    QFETCH(int, category);
    const OpinionBatch batch = OpinionBatches(*m_database).load(m_batch);
    QCOMPARE(batch.cadreIds(), m_cadres);
    const auto answer = std::find_if(batch.answers.begin(), batch.answers.end(),
                                     [&](const OpinionAnswer &a) { return a.cadreId == cadre; });
    QVERIFY(answer != batch.answers.end());
    QCOMPARE(answer->category, category);
    QVERIFY(!answer->reasons.isEmpty());
    // Those whose use is deferred or who are not suitable are told apart: their sentence
    // names what applies to them.
    const OpinionResult result = OpinionService(*m_database).decide(cadre, promotionRequest().asOf);
    QCOMPARE(answer->wording,
             OpinionBatches::wordingFor(result, answer->name + QStringLiteral("同志")));
    if (category >= 5) {
        QVERIFY(!result.grounds.isEmpty());
        QVERIFY2(answer->wording.contains(result.grounds.first()), qPrintable(answer->wording));
        QVERIFY2(answer->wording.endsWith(category == 5 ? QStringLiteral("建议暂缓使用。")
                                                        : QStringLiteral("不宜使用。")),
                 qPrintable(answer->wording));
    } else {
        QCOMPARE(answer->wording,
                 OpinionBatches::standardWording(category, answer->name + QStringLiteral("同志")));
    }
    QVERIFY(!answer->isAdjusted());
    QCOMPARE(batch.createdBy, m_database->actor());
}

void TestReportOpinion::adjustmentIsRecordedWithWhoAndWhy()
{
    OpinionBatches batches(*m_database);
    OpinionBatch batch = batches.load(m_batch);
    const OpinionAnswer deputy
        = *std::find_if(batch.answers.begin(), batch.answers.end(), [](const OpinionAnswer &a) {
              return a.cadreId == DemoFixture::DiseaseControlDeputy;
          });
    const QString wording
        = QStringLiteral("经查，李卫东同志，2026年9月18日受到诫勉，尚在影响期内，建议暂缓使用。");
    const qint64 auditBefore = count(*m_database, QStringLiteral("audit_log"));
    batches.adjust(deputy.id, wording, QStringLiteral("写明诫勉的时间"));

    batch = batches.load(m_batch);
    const OpinionAnswer adjusted
        = *std::find_if(batch.answers.begin(), batch.answers.end(),
                        [&](const OpinionAnswer &a) { return a.id == deputy.id; });
    QCOMPARE(adjusted.wording, wording);
    QCOMPARE(adjusted.adjustedBy, m_database->actor());
    QVERIFY(!adjusted.adjustedBy.isEmpty());
    QCOMPARE(adjusted.adjustReason, QStringLiteral("写明诫勉的时间"));
    QCOMPARE(adjusted.category, deputy.category);

    QCOMPARE(count(*m_database, QStringLiteral("audit_log")), auditBefore + 1);
    QSqlQuery entry = Sql::run(m_database->connection(),
                               QStringLiteral("SELECT user_name, action, entity, entity_id, "
                                              "before, after FROM audit_log ORDER BY id DESC "
                                              "LIMIT 1"));
    QVERIFY(entry.next());
    QCOMPARE(entry.value(0).toString(), m_database->actor());
    QCOMPARE(entry.value(2).toString(), QStringLiteral("opinion_answers"));
    QCOMPARE(entry.value(3).toLongLong(), deputy.id);
    QVERIFY(entry.value(4).toString().contains(deputy.wording));
    QVERIFY(entry.value(5).toString().contains(QStringLiteral("写明诫勉的时间")));
}

void TestReportOpinion::refusedAdjustmentsChangeNothing_data()
{
    QTest::addColumn<qint64>("answer");
    QTest::addColumn<QString>("wording");
    QTest::addColumn<QString>("reason");
    const qint64 first = OpinionBatches(*m_database).load(m_batch).answers.front().id;
    QTest::newRow("no reason") << first << QStringLiteral("经查，……") << QStringLiteral("  ");
    QTest::newRow("no wording") << first << QString() << QStringLiteral("理由");
    QTest::newRow("no such answer")
        << qint64(987654) << QStringLiteral("经查") << QStringLiteral("理由");
}

void TestReportOpinion::refusedAdjustmentsChangeNothing()
{
    QFETCH(qint64, answer);
    QFETCH(QString, wording);
    QFETCH(QString, reason);
    OpinionBatches batches(*m_database);
    const qint64 auditBefore = count(*m_database, QStringLiteral("audit_log"));
    const OpinionBatch before = batches.load(m_batch);
    QVERIFY_THROWS_EXCEPTION(DataError, batches.adjust(answer, wording, reason));
    QCOMPARE(count(*m_database, QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(batches.load(m_batch).answers.front().wording, before.answers.front().wording);
}

void TestReportOpinion::badRequestsStoreNothing_data()
{
    QTest::addColumn<OpinionRequest>("request");
    QTest::addColumn<QList<qint64>>("cadres");
    OpinionRequest noPurpose = promotionRequest();
    noPurpose.purpose.clear();
    OpinionRequest noRequester = promotionRequest();
    noRequester.requester = QStringLiteral(" ");
    OpinionRequest repliedEarly = promotionRequest();
    repliedEarly.replyDate = QDate(2026, 11, 1);
    QTest::newRow("no purpose") << noPurpose << QList<qint64>{1};
    QTest::newRow("no requester") << noRequester << QList<qint64>{1};
    QTest::newRow("reply before request") << repliedEarly << QList<qint64>{1};
    QTest::newRow("nobody") << promotionRequest() << QList<qint64>{};
    QTest::newRow("named twice") << promotionRequest() << QList<qint64>{1, 2, 1};
    QTest::newRow("unknown cadre") << promotionRequest() << QList<qint64>{1, 2, 999999};
}

void TestReportOpinion::badRequestsStoreNothing()
{
    QFETCH(OpinionRequest, request);
    QFETCH(QList<qint64>, cadres);
    const qint64 batches = count(*m_database, QStringLiteral("opinion_batches"));
    const qint64 answers = count(*m_database, QStringLiteral("opinion_answers"));
    const qint64 audit = count(*m_database, QStringLiteral("audit_log"));
    QVERIFY_THROWS_EXCEPTION(DataError, OpinionBatches(*m_database).create(request, cadres));
    QCOMPARE(count(*m_database, QStringLiteral("opinion_batches")), batches);
    QCOMPARE(count(*m_database, QStringLiteral("opinion_answers")), answers);
    QCOMPARE(count(*m_database, QStringLiteral("audit_log")), audit);
}

void TestReportOpinion::replyLetterMatchesGolden()
{
    const OpinionBatch batch = OpinionBatches(*m_database).load(m_batch);
    const DossierSummary settings(*m_database);
    const auto letter = OpinionReply::build(batch, settings.commissionName());
    const QString path = m_dir.filePath(QStringLiteral("reply.pdf"));
    PageDecoration decoration;
    decoration.marking = settings.confidentialityMarking();
    const int pages
        = ReportRenderer::writePdf(path, {letter.get()}, decoration, OpinionReply::title(batch));
    QString printed = letter->toPlainText();
    for (int page = 1; page <= pages; ++page)
        printed += decoration.marking + QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pages);
    // INTEGRITY_DOSSIER_REPORT_OUTPUT keeps the papers, to look at them or render screenshots.
    const QString keep = qEnvironmentVariable("INTEGRITY_DOSSIER_REPORT_OUTPUT");
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(QStringLiteral("opinion-reply.pdf")));
        QFile::copy(path, QDir(keep).filePath(QStringLiteral("opinion-reply.pdf")));
    }
    QString text = pdfText(path);
    // Whatever the font, a reader finds the letter's own characters, each as often as printed.
    QVERIFY2(TestPdf::lookAlikes(text).isEmpty(), qPrintable(TestPdf::lookAlikes(text)));
    const QString difference = TestPdf::characterDifference(printed, text);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(text.contains(QStringLiteral("2026年11月20日")));
    QVERIFY(text.contains(QStringLiteral("关于方志华等12名同志党风廉政意见的回复")));
    // The adjusted sentence prints on its own; the deputy is not among category 5's names.
    QVERIFY(text.contains(QStringLiteral("2026年9月18日受到诫勉")));
    QVERIFY(
        text.contains(QStringLiteral("由%1调整，理由：写明诫勉的时间").arg(m_database->actor())));
    // Who checked and who adjusted depend on the account signed in, not on the paper's layout.
    text.replace(m_database->actor(), QStringLiteral("{user}"));

    const QString goldenPath = TestPdf::goldenPath(QStringLiteral("opinion-reply.txt"));
    if (qEnvironmentVariableIsSet("INTEGRITY_DOSSIER_UPDATE_GOLDEN")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
    }
    QFile golden(goldenPath);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath));
    const QStringList want = QString::fromUtf8(golden.readAll()).split(QLatin1Char('\n'));
    const QStringList got = text.split(QLatin1Char('\n'));
    for (int line = 0; line < std::min(want.size(), got.size()); ++line)
        QCOMPARE(got[line], want[line]);
    QCOMPARE(got.size(), want.size());
}

void TestReportOpinion::batchShowsInEachDossier()
{
    // The dossier's "integrity opinions issued" section lists opinion_answers by cadre.
    for (const qint64 cadre : m_cadres) {
        QCOMPARE(Sql::scalar(m_database->connection(),
                             QStringLiteral("SELECT count(*) FROM opinion_answers "
                                            "WHERE batch_id = ? AND cadre_id = ?"),
                             {m_batch, cadre})
                     .toInt(),
                 1);
    }
}

QTEST_MAIN(TestReportOpinion)
#include "test_report_opinion.moc"
