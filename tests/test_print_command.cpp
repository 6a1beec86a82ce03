#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The print command and opinion --pdf as a user runs them: PDFs written and audited, bad
// options refused with exit code 1 and a line on stderr, data errors with exit code 2, and in
// every refused case no file written and nothing audited.
class TestPrintCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printWritesTheSummaries();
    void refusals_data();
    void refusals();
    void opinionReplyIsStoredAndWritten();
    void archivalReplyIsPdfA();
    void withoutAChineseFontNothingIsPrinted();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QString &fontConfig = QString()) const;
    QString pdfText(const QString &path) const;
    qint64 scalar(const QString &sql) const;

    QTemporaryDir m_dir;
    QString m_database;
};

TestPrintCommand::Run TestPrintCommand::run(const QStringList &arguments,
                                            const QString &fontConfig) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless must not need it
    if (!fontConfig.isEmpty())
        environment.insert(QStringLiteral("FONTCONFIG_FILE"), fontConfig);
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE"), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestPrintCommand::pdfText(const QString &path) const
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

qint64 TestPrintCommand::scalar(const QString &sql) const
{
    const auto database = Database::open(m_database, Database::Mode::ReadOnly);
    return Sql::scalar(database->connection(), sql).toLongLong();
}

void TestPrintCommand::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE")));
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("county.db"));
    const Run demo = run({QStringLiteral("demo"), QStringLiteral("--db"), m_database});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestPrintCommand::printWritesTheSummaries()
{
    const QString pdf = m_dir.filePath(QStringLiteral("two.pdf"));
    const qint64 before
        = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'"));
    const Run result
        = run({QStringLiteral("print"), QStringLiteral("--db"), m_database,
               QStringLiteral("--cadre"), QStringLiteral("3,8"), QStringLiteral("--as-of"),
               QStringLiteral("2026-11-20"), QStringLiteral("--sections"),
               QStringLiteral("positions,measures"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.err.isEmpty());
    const QString text = pdfText(pdf);
    QCOMPARE(text.count(QStringLiteral("廉政档案摘要")), 2);
    QVERIFY(text.contains(QStringLiteral("张建国")));
    QVERIFY(text.contains(QStringLiteral("留党察看")));
    QVERIFY(!text.contains(QStringLiteral("警示教育")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' "
                                   "AND entity = 'dossier_summary'")),
             before + 2);

    // A whole unit: every cadre of the water bureau.
    const QString unitPdf = m_dir.filePath(QStringLiteral("unit.pdf"));
    const qint64 unit = scalar(QStringLiteral("SELECT unit_id FROM cadres WHERE id = 3"));
    const qint64 cadres
        = scalar(QStringLiteral("SELECT count(*) FROM cadres WHERE unit_id = %1").arg(unit));
    const Run byUnit
        = run({QStringLiteral("print"), QStringLiteral("--db"), m_database,
               QStringLiteral("--unit"), QString::number(unit), QStringLiteral("--sections"),
               QStringLiteral("positions"), QStringLiteral("--pdf"), unitPdf});
    QVERIFY2(byUnit.exitCode == 0, qPrintable(byUnit.err));
    QCOMPARE(qint64(pdfText(unitPdf).count(QStringLiteral("廉政档案摘要"))), cadres);
}

void TestPrintCommand::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString print = QStringLiteral("print");
    const QString opinion = QStringLiteral("opinion");
    const QString db = QStringLiteral("--db");
    const QString pdf = QStringLiteral("--pdf");
    const QString cadre = QStringLiteral("--cadre");
    QTest::newRow("no pdf") << QStringList{print, db, QStringLiteral("DB"), cadre,
                                           QStringLiteral("1")}
                            << 1;
    QTest::newRow("cadre and unit") << QStringList{print,
                                                   db,
                                                   QStringLiteral("DB"),
                                                   cadre,
                                                   QStringLiteral("1"),
                                                   QStringLiteral("--unit"),
                                                   QStringLiteral("2"),
                                                   pdf,
                                                   QStringLiteral("OUT")}
                                    << 1;
    QTest::newRow("unknown section") << QStringList{print,
                                                    db,
                                                    QStringLiteral("DB"),
                                                    cadre,
                                                    QStringLiteral("1"),
                                                    QStringLiteral("--sections"),
                                                    QStringLiteral("gossip"),
                                                    pdf,
                                                    QStringLiteral("OUT")}
                                     << 1;
    QTest::newRow("reversed range") << QStringList{print,
                                                   db,
                                                   QStringLiteral("DB"),
                                                   cadre,
                                                   QStringLiteral("1"),
                                                   QStringLiteral("--from"),
                                                   QStringLiteral("2026-05-01"),
                                                   QStringLiteral("--until"),
                                                   QStringLiteral("2026-01-01"),
                                                   pdf,
                                                   QStringLiteral("OUT")}
                                    << 1;
    QTest::newRow("unknown cadre") << QStringList{print,
                                                  db,
                                                  QStringLiteral("DB"),
                                                  cadre,
                                                  QStringLiteral("1,999999"),
                                                  pdf,
                                                  QStringLiteral("OUT")}
                                   << 2;
    QTest::newRow("unknown unit") << QStringList{print,
                                                 db,
                                                 QStringLiteral("DB"),
                                                 QStringLiteral("--unit"),
                                                 QStringLiteral("999999"),
                                                 pdf,
                                                 QStringLiteral("OUT")}
                                  << 2;
    QTest::newRow("folder missing") << QStringList{print,
                                                   db,
                                                   QStringLiteral("DB"),
                                                   cadre,
                                                   QStringLiteral("1"),
                                                   pdf,
                                                   QStringLiteral("MISSING/out.pdf")}
                                    << 2;
    QTest::newRow("reply without purpose") << QStringList{opinion,
                                                          db,
                                                          QStringLiteral("DB"),
                                                          cadre,
                                                          QStringLiteral("1"),
                                                          pdf,
                                                          QStringLiteral("OUT")}
                                           << 1;
    QTest::newRow("reply for an unknown cadre") << QStringList{opinion,
                                                               db,
                                                               QStringLiteral("DB"),
                                                               cadre,
                                                               QStringLiteral("1,999999"),
                                                               QStringLiteral("--purpose"),
                                                               QStringLiteral("职级晋升"),
                                                               pdf,
                                                               QStringLiteral("OUT")}
                                                << 2;
}

void TestPrintCommand::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QString out = m_dir.filePath(QStringLiteral("refused.pdf"));
    for (QString &argument : arguments) {
        if (argument == QLatin1String("DB"))
            argument = m_database;
        else if (argument == QLatin1String("OUT"))
            argument = out;
        else if (argument.startsWith(QLatin1String("MISSING")))
            argument = m_dir.filePath(argument);
    }
    const QString papers
        = QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('print', 'export')");
    const qint64 audit = scalar(papers);
    const qint64 batches = scalar(QStringLiteral("SELECT count(*) FROM opinion_batches"));
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(!result.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(out));
    QCOMPARE(scalar(papers), audit);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM opinion_batches")), batches);
}

void TestPrintCommand::opinionReplyIsStoredAndWritten()
{
    const QString pdf = m_dir.filePath(QStringLiteral("reply.pdf"));
    const qint64 batches = scalar(QStringLiteral("SELECT count(*) FROM opinion_batches"));
    const Run result
        = run({QStringLiteral("opinion"), QStringLiteral("--db"), m_database,
               QStringLiteral("--cadre"), QStringLiteral("3,4,5,7,8"), QStringLiteral("--as-of"),
               QStringLiteral("2026-11-20"), QStringLiteral("--purpose"),
               QStringLiteral("干部拟提拔任用"), QStringLiteral("--requester"),
               QStringLiteral("中共清河县委组织部"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM opinion_batches")), batches + 1);
    const qint64 batch = scalar(QStringLiteral("SELECT max(id) FROM opinion_batches"));
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(category, '') FROM (SELECT category "
                                   "FROM opinion_answers WHERE batch_id = %1 ORDER BY id)")
                        .arg(batch)),
             qint64(12456));
    const QString text = pdfText(pdf).remove(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("关于张建国等5名同志党风廉政意见的回复")));
    QVERIFY(text.contains(QStringLiteral("中共清河县委组织部")));
    QVERIFY(text.contains(QStringLiteral("工作底稿")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' "
                                   "AND entity = 'opinion_reply' AND entity_id = %1")
                        .arg(batch)),
             qint64(5));
}

void TestPrintCommand::archivalReplyIsPdfA()
{
    const QString pdf = m_dir.filePath(QStringLiteral("archive.pdf"));
    const Run result
        = run({QStringLiteral("opinion"), QStringLiteral("--db"), m_database,
               QStringLiteral("--cadre"), QStringLiteral("1,2"), QStringLiteral("--as-of"),
               QStringLiteral("2026-11-20"), QStringLiteral("--purpose"), QStringLiteral("提拔"),
               QStringLiteral("--pdf"), pdf, QStringLiteral("--pdfa")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("pdfaid:part=\"1\""));
    QVERIFY(bytes.contains("pdfaid:conformance=\"B\""));
    QVERIFY(bytes.contains("/GTS_PDFA1"));
    // The commission is the author, in the document's information and in its metadata.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(60000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Author:\\s+\\S+纪委监委"))),
             qPrintable(text));
    QVERIFY(bytes.contains("<dc:creator>"));
    QVERIFY(pdfText(pdf).contains(QStringLiteral("党风廉政意见的回复")));
}

void TestPrintCommand::withoutAChineseFontNothingIsPrinted()
{
    const QString noFonts = qEnvironmentVariable("INTEGRITY_DOSSIER_NO_FONT_CONFIG");
    QVERIFY(QFile::exists(noFonts));
    const qint64 before = scalar(QStringLiteral("SELECT max(id) FROM audit_log"));
    const qint64 batches = scalar(QStringLiteral("SELECT count(*) FROM opinion_batches"));
    const QString pdf = m_dir.filePath(QStringLiteral("boxes.pdf"));
    const Run print
        = run({QStringLiteral("print"), QStringLiteral("--db"), m_database,
               QStringLiteral("--cadre"), QStringLiteral("3"), QStringLiteral("--pdf"), pdf},
              noFonts);
    QCOMPARE(print.exitCode, 2);
    QVERIFY2(print.err.contains(QStringLiteral("No Chinese font")), qPrintable(print.err));
    QCOMPARE(print.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(!QFile::exists(pdf));
    const Run reply = run(
        {QStringLiteral("opinion"), QStringLiteral("--db"), m_database, QStringLiteral("--cadre"),
         QStringLiteral("1"), QStringLiteral("--as-of"), QStringLiteral("2026-11-20"),
         QStringLiteral("--purpose"), QStringLiteral("提拔"), QStringLiteral("--pdf"), pdf},
        noFonts);
    QCOMPARE(reply.exitCode, 2);
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM opinion_batches")), batches);
    // Nothing printed, so nothing audited as printed.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' "
                                   "AND id > %1")
                        .arg(before)),
             qint64(0));
    QVERIFY(QDir(m_dir.path())
                .entryList({QStringLiteral(".pdf-*")}, QDir::Hidden | QDir::Files)
                .isEmpty());
}

QTEST_MAIN(TestPrintCommand)
#include "test_print_command.moc"
