#include "import/spreadsheetimportdialog.h"
#include "spreadsheets/importcommand.h"
#include "spreadsheets/sheetfile.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

// A spreadsheet import as the window shows it: what the sheet holds, guessed from its headers;
// what happens to every row before anything is written, problems in red with Import refused;
// one click to bring a clean roster or ledger in, and one undo to take it back; a column the
// import does not know, chosen by hand and remembered for the next file of that kind.
class TestViewSpreadsheetImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aCleanRosterIsShownAndImported();
    void problemsKeepImportShut();
    void aLedgerIsRecognisedImportedAndUndone();
    void aColumnIsChosenByHandAndRemembered();

private:
    int cadres(const Database &database) const;
    QTemporaryDir m_dir;
};

int TestViewSpreadsheetImport::cadres(const Database &database) const
{
    return Sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM cadres"))
        .toInt();
}

void TestViewSpreadsheetImport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    // Remembered columns go to a settings file of the test's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegrityDossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_view_spreadsheet_import"));
    QSettings().clear();
}

int talks(const Database &database)
{
    return Sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM talks")).toInt();
}

void TestViewSpreadsheetImport::aCleanRosterIsShownAndImported()
{
    auto database = TestDatabase::onDisk(m_dir, QStringLiteral("clean.db"));
    const SheetFile file(TestDatabase::sourcePath(QStringLiteral("tests/data/roster.xlsx")));
    SpreadsheetImportDialog dialog(*database, file);
    QCOMPARE(dialog.kind(), QStringLiteral("cadres"));
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
    SpreadsheetImportDialog again(*database, file);
    QCOMPARE(again.table()->item(0, 2)->text(), QStringLiteral("Same"));
    QVERIFY(!again.importButton()->isEnabled());
}

void TestViewSpreadsheetImport::problemsKeepImportShut()
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
    SpreadsheetImportDialog dialog(*database, file);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("Problem"));
    QVERIFY(dialog.table()->item(0, 3)->text().contains(QStringLiteral("not a date")));
    QCOMPARE(dialog.table()->item(0, 3)->foreground().color(), QColor(0xb3, 0x26, 0x1e));
    QCOMPARE(dialog.table()->item(1, 2)->text(), QStringLiteral("New"));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.summary()->text().contains(QStringLiteral("1 row")),
             qPrintable(dialog.summary()->text()));
    QCOMPARE(cadres(*database), 0);
}

void TestViewSpreadsheetImport::aLedgerIsRecognisedImportedAndUndone()
{
    auto database = TestDatabase::onDisk(m_dir, QStringLiteral("ledger.db"));
    const SheetFile roster(TestDatabase::sourcePath(QStringLiteral("tests/data/roster.xlsx")));
    {
        SpreadsheetImportDialog dialog(*database, roster);
        dialog.accept();
        QVERIFY(dialog.takeCommand());
    }
    const SheetFile ledger(
        TestDatabase::sourcePath(QStringLiteral("tests/data/talks-ledger.xlsx")));
    QUndoStack undo;
    SpreadsheetImportDialog dialog(*database, ledger);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The headers tell a talks ledger; its title row is passed over.
    QCOMPARE(dialog.kind(), QStringLiteral("talks"));
    QCOMPARE(dialog.kinds()->currentText(), QStringLiteral("Ledger of Talk"));
    QCOMPARE(dialog.source().headerRow, 2);
    QAbstractItemModelTester columns(dialog.columns()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *dateChoice = qobject_cast<QComboBox *>(dialog.columns()->cellWidget(5, 1));
    QVERIFY(dateChoice);
    QCOMPARE(dialog.columns()->item(5, 0)->text(), QStringLiteral("谈话时间"));
    QCOMPARE(dateChoice->currentText(), QStringLiteral("Date"));
    QCOMPARE(dialog.table()->rowCount(), 5);
    QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("张建国"));
    QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("New"));
    QVERIFY(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(talks(*database), 5);
    undo.push(dialog.takeCommand().release());
    QCOMPARE(undo.undoText(), QStringLiteral("Import talks-ledger.xlsx"));
    QCOMPARE(talks(*database), 5); // pushing does not write it twice
    undo.undo();
    QCOMPARE(talks(*database), 0);
    undo.redo();
    QCOMPARE(talks(*database), 5);

    // Read as the roster it is not, the sheet says what a roster needs, and nothing can go in.
    dialog.setKind(QStringLiteral("cadres"));
    QVERIFY2(dialog.summary()->text().contains(QStringLiteral("姓名")),
             qPrintable(dialog.summary()->text()));
    QVERIFY(!dialog.importButton()->isEnabled());
}

void TestViewSpreadsheetImport::aColumnIsChosenByHandAndRemembered()
{
    auto database = TestDatabase::onDisk(m_dir, QStringLiteral("chosen.db"));
    const SheetFile roster(TestDatabase::sourcePath(QStringLiteral("tests/data/roster.xlsx")));
    SpreadsheetImportDialog(*database, roster).accept();
    const QString path = m_dir.filePath(QStringLiteral("own-headers.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("谈话对象,工作单位,谈话类型,约谈日\n"
                             "张建国,清河县水利局,提醒谈话,2026-03-15\n")
                  .toUtf8());
    csv.close();
    const SheetFile file(path);
    {
        SpreadsheetImportDialog dialog(*database, file);
        QCOMPARE(dialog.kind(), QStringLiteral("talks"));
        QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("Problem"));
        QVERIFY(dialog.table()->item(0, 3)->text().contains(QStringLiteral("Date is missing")));
        QVERIFY(!dialog.importButton()->isEnabled());
        // 约谈日 is the talk's date: chosen in its column's list.
        auto *choice = qobject_cast<QComboBox *>(dialog.columns()->cellWidget(3, 1));
        QCOMPARE(choice->currentText(), QStringLiteral("(left out)"));
        choice->setCurrentIndex(choice->findData(QStringLiteral("talk_date")));
        QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("New"));
        QVERIFY(dialog.importButton()->isEnabled());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(talks(*database), 1);
    }
    // The next file with that header is read the same way, with nothing chosen.
    SpreadsheetImportDialog again(*database, file);
    auto *choice = qobject_cast<QComboBox *>(again.columns()->cellWidget(3, 1));
    QCOMPARE(choice->currentData().toString(), QStringLiteral("talk_date"));
    QCOMPARE(again.table()->item(0, 2)->text(), QStringLiteral("Same"));
}

QTEST_MAIN(TestViewSpreadsheetImport)
#include "test_view_spreadsheet_import.moc"
