#include "spreadsheets/ledgercolumns.h"
#include "spreadsheets/ledgerexport.h"
#include "spreadsheets/ledgerimport.h"
#include "spreadsheets/sheetfile.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

// Six years of a believable county's records, each kind written as a ledger and read back into
// the same database: every row is found to be the record it came from. (The release build runs
// it; under the sanitizers it would take minutes for the same code test_ledger_import covers.)
class TestLedgerDemoCounty : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyKindComesBackTheSame_data();
    void everyKindComesBackTheSame();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_county;
};

void TestLedgerDemoCounty::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_county = TestDatabase::demoCounty(m_dir, QStringLiteral("demo.db"));
}

void TestLedgerDemoCounty::everyKindComesBackTheSame_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &table : LedgerColumns::kinds())
        QTest::newRow(qPrintable(table)) << table;
}

void TestLedgerDemoCounty::everyKindComesBackTheSame()
{
    QFETCH(QString, table);
    const QString path = m_dir.filePath(table + QStringLiteral(".xlsx"));
    const int rows = LedgerExport(*m_county).write(path, table);
    QVERIFY(rows > 0);
    const LedgerPlan plan = LedgerImport(*m_county).plan(SheetFile(path), table);
    const QStringList problems = plan.problems();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 rows: %3")
                                                .arg(problems.size())
                                                .arg(rows)
                                                .arg(problems.mid(0, 5).join(QLatin1Char('\n')))));
    QCOMPARE(plan.count(ImportRow::Action::Same), rows);
}

QTEST_GUILESS_MAIN(TestLedgerDemoCounty)
#include "test_ledger_demo_county.moc"
