#include "dialogs/rosterimportdialog.h"
#include "spreadsheets/sheetfile.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

// The roster import as the window shows it: what happens to every row before anything is
// written, problems in red with Import refused, and one click to bring a clean roster in.
class TestViewRoster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aCleanRosterIsShownAndImported();
    void problemsKeepImportShut();

private:
    int cadres(const Database &database) const;
    QTemporaryDir m_dir;
};

int TestViewRoster::cadres(const Database &database) const
{
    return Sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM cadres"))
        .toInt();
}

void TestViewRoster::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestViewRoster::aCleanRosterIsShownAndImported()
{
    auto database = TestDatabase::onDisk(m_dir, QStringLiteral("clean.db"));
    const SheetFile file(TestDatabase::sourcePath(QStringLiteral("tests/data/roster.xlsx")));
    RosterImportDialog dialog(*database, file);
    QAbstractItemModelTester tester(dialog.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), 10);
    QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("张建国"));
    QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("New"));
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("清河县/清河县水利局 · 局长"));
    QVERIFY2(dialog.summary()->text().contains(QStringLiteral("10 new")),
             qPrintable(dialog.summary()->text()));
    auto *units = dialog.findChild<QLabel *>(QStringLiteral("units"));
    QVERIFY(units->isVisible());
    QVERIFY(units->text().contains(QStringLiteral("清河县/城关镇")));
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(cadres(*database), 0);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(cadres(*database), 10);

    // The same roster again: every row the same, nothing to import.
    RosterImportDialog again(*database, file);
    QCOMPARE(again.table()->item(0, 2)->text(), QStringLiteral("Same"));
    QVERIFY(!again.importButton()->isEnabled());
}

void TestViewRoster::problemsKeepImportShut()
{
    auto database = TestDatabase::onDisk(m_dir, QStringLiteral("problems.db"));
    const QString path = m_dir.filePath(QStringLiteral("problems.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("姓名,性别,出生年月,工作单位\n张三,男,1972.13,清河县水利局\n"
                             "李四,女,1980.01,清河县水利局\n")
                  .toUtf8());
    csv.close();
    const SheetFile file(path);
    RosterImportDialog dialog(*database, file);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("Problem"));
    QVERIFY(dialog.table()->item(0, 3)->text().contains(QStringLiteral("not a date")));
    QCOMPARE(dialog.table()->item(0, 3)->foreground().color(), QColor(0xb3, 0x26, 0x1e));
    QCOMPARE(dialog.table()->item(1, 2)->text(), QStringLiteral("New"));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.summary()->text().contains(QStringLiteral("1 problem")),
             qPrintable(dialog.summary()->text()));
    QCOMPARE(cadres(*database), 0);
}

QTEST_MAIN(TestViewRoster)
#include "test_view_roster.moc"
