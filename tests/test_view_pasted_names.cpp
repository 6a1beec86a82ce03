#include "commands/recordcommands.h"
#include "dialogs/pastednamesdialog.h"
#include "dialogs/subjectlist.h"
#include "directory/namelist.h"
#include "records/recordrepository.h"
#include "records/referencechoices.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

// The organization department's letter pasted in: names and identity numbers found among the
// cadres the account sees; a name two cadres share offered as a choice, a name nobody has named
// as not found; nobody added by a guess.
class TestViewPastedNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsAreSplitAsLettersWriteThem_data();
    void listsAreSplitAsLettersWriteThem();
    void namesAreResolvedWithoutGuessing();
    void theDialogAddsOnlyWhatWasDecided();
    void aSessionOf200AttendsAtOnce();

private:
    std::unique_ptr<Database> m_database;
    qint64 m_bureau = 0;
    qint64 m_town = 0;
    qint64 m_zhang = 0;
    qint64 m_liBureau = 0;
    qint64 m_liTown = 0;
};

void TestViewPastedNames::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestViewPastedNames::init()
{
    m_database = TestDatabase::inMemory();
    const qint64 county
        = TestDatabase::addUnit(*m_database, QStringLiteral("清河县"), QStringLiteral("county"));
    m_bureau = TestDatabase::addUnit(*m_database, QStringLiteral("清河县水利局"),
                                     QStringLiteral("department"), county);
    m_town = TestDatabase::addUnit(*m_database, QStringLiteral("城关镇"),
                                   QStringLiteral("township"), county);
    m_zhang = TestDatabase::addCadre(*m_database, QStringLiteral("张建国"), m_bureau,
                                     QStringLiteral("局长"), true);
    RecordRepository(*m_database)
        .update(QStringLiteral("cadres"), m_zhang,
                {{QStringLiteral("id_number"), QStringLiteral("110101199003078515")}});
    m_liBureau = TestDatabase::addCadre(*m_database, QStringLiteral("李红"), m_bureau,
                                        QStringLiteral("科员"));
    m_liTown = TestDatabase::addCadre(*m_database, QStringLiteral("李红"), m_town,
                                      QStringLiteral("副镇长"));
}

void TestViewPastedNames::listsAreSplitAsLettersWriteThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("people");
    QTest::newRow("one per line") << "张建国\n李红\r\n\n王五"
                                  << QStringList{"张建国", "李红", "王五"};
    QTest::newRow("commas and 、")
        << "张建国，李红、王五, 赵六;孙七" << QStringList{"张建国", "李红", "王五", "赵六", "孙七"};
    QTest::newRow("a name with its number")
        << "张建国 110101199003078515\n李红" << QStringList{"110101199003078515", "李红"};
    QTest::newRow("lower-case x") << "11010519491231002x" << QStringList{"11010519491231002X"};
    QTest::newRow("given twice") << "张建国\n张建国" << QStringList{"张建国"};
}

void TestViewPastedNames::listsAreSplitAsLettersWriteThem()
{
    QFETCH(QString, text);
    QFETCH(QStringList, people);
    QCOMPARE(NameList::split(text), people);
}

void TestViewPastedNames::namesAreResolvedWithoutGuessing()
{
    const QVector<NameListEntry> entries
        = NameList::resolve(*m_database, QStringLiteral("110101199003078515\n李红\n王五"));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).candidates, QVector<qint64>{m_zhang});
    QCOMPARE(entries.at(1).candidates.size(), 2);
    QVERIFY(entries.at(1).candidates.contains(m_liBureau));
    QVERIFY(entries.at(1).candidates.contains(m_liTown));
    QVERIFY(entries.at(2).candidates.isEmpty());
}

void TestViewPastedNames::theDialogAddsOnlyWhatWasDecided()
{
    PastedNamesDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
    QVERIFY(!add->isEnabled());
    dialog.text()->setPlainText(QStringLiteral("张建国、李红、王五"));
    QTest::mouseClick(dialog.findButton(), Qt::LeftButton);
    QVERIFY(add->isEnabled());
    QCOMPARE(dialog.results()->rowCount(), 3);
    QVERIFY(dialog.results()->item(0, 1)->text().contains(QStringLiteral("清河县水利局")));
    QCOMPARE(dialog.results()->item(2, 1)->text(), QStringLiteral("Not found"));
    QCOMPARE(dialog.summary()->text(),
             QStringLiteral("1 found, 1 to choose among several of one name, 1 not found."));
    // The shared name adds nobody until one is chosen.
    QCOMPARE(dialog.chosen(), QList<qint64>{m_zhang});
    auto *choice = qobject_cast<QComboBox *>(dialog.results()->cellWidget(1, 1));
    QVERIFY(choice);
    QCOMPARE(choice->count(), 3);
    choice->setCurrentIndex(choice->findData(m_liTown));
    QCOMPARE(dialog.chosen(), (QList<qint64>{m_zhang, m_liTown}));
    // A changed list must be looked up again before anything is added.
    dialog.text()->appendPlainText(QStringLiteral("赵六"));
    QVERIFY(!add->isEnabled());
    QCOMPARE(dialog.results()->rowCount(), 0);
}

void TestViewPastedNames::aSessionOf200AttendsAtOnce()
{
    const qint64 school = TestDatabase::addUnit(*m_database, QStringLiteral("清河县第一中学"),
                                                QStringLiteral("institution"));
    for (int i = 0; i < 198; ++i)
        TestDatabase::addCadre(*m_database, QStringLiteral("教师%1").arg(i), school);
    SubjectList attendance(QStringLiteral("warning_education_attendance"),
                           ReferenceChoices(*m_database, 0), {});
    attendance.addUnit(school);
    QCOMPARE(attendance.rows().size(), 198);
    attendance.addUnit(school); // nobody twice
    QCOMPARE(attendance.rows().size(), 198);
    attendance.add(m_zhang);
    attendance.add(m_liTown);
    QCOMPARE(attendance.rows().size(), 200);

    QUndoStack stack;
    const qint64 event = RecordCommands::create(
        &stack, *m_database, QStringLiteral("warning_education_events"),
        {{QStringLiteral("kind"), QStringLiteral("warning_meeting")},
         {QStringLiteral("title"), QStringLiteral("警示教育大会")},
         {QStringLiteral("event_date"), QStringLiteral("2026-11-20")}},
        {},
        {QStringLiteral("warning_education_attendance"), QStringLiteral("event_id"),
         QStringLiteral("cadre_id"), attendance.rows()});
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT count(*) FROM warning_education_attendance "
                                        "WHERE event_id = ?"),
                         {event})
                 .toInt(),
             200);
    stack.undo();
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT count(*) FROM warning_education_attendance"))
                 .toInt(),
             0);
}

QTEST_MAIN(TestViewPastedNames)
#include "test_view_pasted_names.moc"
