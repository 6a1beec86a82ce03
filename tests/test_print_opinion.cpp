#include "demo/demogenerator.h"
#include "print/opinionbatchdialog.h"
#include "print/printcontroller.h"
#include "reports/opinionbatch.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <memory>

// An integrity-opinion batch made in the window (scenario 3): an incomplete request refused,
// the cadres answered and stored, the facts shown, a sentence adjusted only with a reason, and
// the reply letter previewed and exported with its audit entries.
namespace {

qint64 count(const Database &database, const QString &sql)
{
    return Sql::scalar(database.connection(), sql).toLongLong();
}

} // namespace

class TestPrintOpinion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void incompleteRequestIsRefused();
    void answersAdjustmentAndReply();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestPrintOpinion::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = TestDatabase::demoCounty(m_dir);
}

void TestPrintOpinion::incompleteRequestIsRefused()
{
    QWidget window;
    PrintController printing(&window);
    printing.setDatabase(m_database.get());
    OpinionBatchDialog dialog(*m_database, &printing, {DemoFixture::WaterBureauDirector});
    const qint64 before
        = count(*m_database, QStringLiteral("SELECT count(*) FROM opinion_batches"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("answer")), Qt::LeftButton);
    QCOMPARE(dialog.batchId(), qint64(0));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("problem"))->text().isEmpty());
    QCOMPARE(count(*m_database, QStringLiteral("SELECT count(*) FROM opinion_batches")), before);
}

void TestPrintOpinion::answersAdjustmentAndReply()
{
    QWidget window;
    PrintController printing(&window);
    printing.setDatabase(m_database.get());
    const QList<qint64> cadres{DemoFixture::WaterBureauDirector, DemoFixture::ClosedCluesCadre,
                               DemoFixture::VerificationCadre};
    OpinionBatchDialog dialog(*m_database, &printing, cadres);
    dialog.addCadre(DemoFixture::WaterBureauDirector); // named once only
    QCOMPARE(dialog.cadreIds(), cadres);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.requester(), QStringLiteral("County organization department"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("answer")), Qt::LeftButton);
    QVERIFY(dialog.batchId() > 0);

    // Each answer with its category; the first is selected and its facts are shown.
    QTableWidget *answers = dialog.answers();
    QCOMPARE(answers->rowCount(), 3);
    QVERIFY(answers->item(0, 2)->text().startsWith(QLatin1String("1 ")));
    QVERIFY(answers->item(1, 2)->text().startsWith(QLatin1String("2 ")));
    QVERIFY(answers->item(2, 2)->text().startsWith(QLatin1String("5 ")));
    answers->selectRow(2);
    QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasons"))
                ->toPlainText()
                .contains(QStringLiteral("初步核实")));
    QCOMPARE(count(*m_database, QStringLiteral("SELECT count(*) FROM opinion_answers WHERE "
                                               "batch_id = %1")
                                    .arg(dialog.batchId())),
             qint64(3));

    const QString sentence
        = QStringLiteral("经查，陈明辉同志，反映其问题的线索正在初步核实，建议暂缓使用。");
    QVERIFY(!dialog.adjust(2, sentence, QString()));
    QVERIFY(dialog.adjust(2, sentence, QStringLiteral("写明初步核实")));
    QCOMPARE(answers->item(2, 3)->text(), sentence);
    const OpinionBatch batch = OpinionBatches(*m_database).load(dialog.batchId());
    QCOMPARE(batch.answers[2].adjustReason, QStringLiteral("写明初步核实"));
    QCOMPARE(batch.answers[2].adjustedBy, m_database->actor());

    // The letter: previewed (nothing printed, nothing audited), then exported and audited.
    const qint64 exports = count(*m_database, QStringLiteral("SELECT count(*) FROM audit_log "
                                                             "WHERE entity = 'opinion_reply'"));
    int pages = -1;
    // Once the preview is open: not while it makes its first pages, when a progress dialog
    // may run the event loop.
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *preview = window.findChild<QPrintPreviewDialog *>();
        if (!preview || !preview->isVisible())
            return;
        poll.stop();
        auto *widget = preview->findChild<QPrintPreviewWidget *>();
        widget->updatePreview();
        pages = widget->pageCount();
        preview->reject();
    });
    poll.start();
    printing.previewReply(dialog.batchId());
    QVERIFY(pages >= 2); // the letter and its working papers
    const QString path = m_dir.filePath(QStringLiteral("reply.pdf"));
    QVERIFY(printing.writeReplyPdf(dialog.batchId(), path) >= 2);
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString letter
        = QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char('\n'));
    QVERIFY(letter.contains(QStringLiteral("关于张建国等3名同志党风廉政意见的回复")));
    QVERIFY(letter.contains(QStringLiteral("County organization department")));
    QVERIFY(letter.contains(QStringLiteral("正在初步核实，建议暂缓使用")));
    QCOMPARE(count(*m_database, QStringLiteral("SELECT count(*) FROM audit_log "
                                               "WHERE entity = 'opinion_reply'")),
             exports + 3);
}

QTEST_MAIN(TestPrintOpinion)
#include "test_print_opinion.moc"
