#include "domain/dataerror.h"
#include "items/audittrailmodel.h"
#include "spreadsheets/cellvalues.h"
#include "spreadsheets/directoryexport.h"
#include "spreadsheets/importreceipt.h"
#include "spreadsheets/ledgercolumns.h"
#include "spreadsheets/ledgerexport.h"
#include "spreadsheets/ledgerimport.h"
#include "spreadsheets/ledgervalues.h"
#include "spreadsheets/reportworkbooks.h"
#include "spreadsheets/rosterimport.h"
#include "spreadsheets/sheetfile.h"
#include "statistics/statisticscope.h"
#include "statistics/yearlystatistics.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The work lines' ledgers (tests/data, made by make-spreadsheets.py) coming into a database that
// already holds the county's roster: every kind read as its office writes it, each row matched
// to the cadre and the record it names, every problem listed at once, all or nothing; a second
// import of the same ledger changes nothing, and an import is undone as a whole.
class TestLedgerImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sanctionsAsLedgersWriteThem_data();
    void sanctionsAsLedgersWriteThem();
    void headersAreRecognised_data();
    void headersAreRecognised();
    void eachLedgerComesIn_data();
    void eachLedgerComesIn();
    void cluesFollowTheWorkflow();
    void rectificationsNameTheirInspection();
    void aChangedRowIsAnUpdateFieldByField();
    void everyProblemIsListedAndNothingIsWritten();
    void theDomainRulesRefuseARow();
    void anImportIsUndoneAsAWhole();
    void aLargeImportReportsProgressAndCanBeCancelled();
    void aReviewerMayNotImport();
    void theCommandLineImportsWithAMapping();
    void anExportedLedgerComesBackTheSame();
    void theYearsFiguresAndTheTrailGoToExcel();
    void libreOfficeReadsTheSameValues();
    void aRosterSavedByLibreOfficeIsTheSameRoster();

private:
    static QString data(const QString &name);
    void freshCounty();
    LedgerPlan planOf(const QString &file, const QString &table,
                      const QHash<QString, QString> &chosen = {});
    int count(const QString &table) const;
    QVariant scalar(const QString &sql) const;
    qint64 changes() const;
    QString writeCsv(const QString &name, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

QString TestLedgerImport::data(const QString &name)
{
    return TestDatabase::sourcePath(QStringLiteral("tests/data/") + name);
}

int TestLedgerImport::count(const QString &table) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

QVariant TestLedgerImport::scalar(const QString &sql) const
{
    return Sql::scalar(m_database->connection(), sql);
}

qint64 TestLedgerImport::changes() const
{
    return scalar(QStringLiteral("SELECT changes FROM record_changes")).toLongLong();
}

QString TestLedgerImport::writeCsv(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("\xEF\xBB\xBF" + text.toUtf8());
    return path;
}

// A database with the county's roster in it, as a commission has after its first day.
void TestLedgerImport::freshCounty()
{
    static int made = 0;
    m_database = TestDatabase::onDisk(m_dir, QStringLiteral("county-%1.db").arg(++made));
    RosterImport roster(*m_database);
    roster.apply(roster.plan(SheetFile(data(QStringLiteral("roster.xlsx")))));
    QCOMPARE(count(QStringLiteral("cadres")), 10);
}

LedgerPlan TestLedgerImport::planOf(const QString &file, const QString &table,
                                    const QHash<QString, QString> &chosen)
{
    const QString path = QFile::exists(file) ? file : data(file);
    return LedgerImport(*m_database).plan(SheetFile(path), table, 0, 0, chosen);
}

void TestLedgerImport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestLedgerImport::sanctionsAsLedgersWriteThem_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("employment");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("refused");
    const QString servant = QStringLiteral("civil_servant");
    QTest::newRow("party serious warning") << "党内严重警告" << servant << "party"
                                           << "serious_warning" << 0 << false;
    QTest::newRow("serious warning alone") << "严重警告处分" << servant << "party"
                                           << "serious_warning" << 0 << false;
    QTest::newRow("party warning") << "党纪警告" << servant << "party"
                                   << "warning" << 0 << false;
    QTest::newRow("government demerit") << "政务记过" << servant << "government"
                                        << "demerit" << 0 << false;
    QTest::newRow("demerit of a civil servant") << "记过" << servant << "government"
                                                << "demerit" << 0 << false;
    QTest::newRow("demerit of institution staff") << "记过"
                                                  << "public_institution"
                                                  << "institution"
                                                  << "demerit" << 0 << false;
    QTest::newRow("probation of one year") << "留党察看一年" << servant << "party"
                                           << "probation" << 12 << false;
    QTest::newRow("probation of two years") << "留党察看两年" << servant << "party"
                                            << "probation" << 24 << false;
    QTest::newRow("expulsion from the party") << "开除党籍" << servant << "party"
                                              << "expulsion" << 0 << false;
    QTest::newRow("expulsion from public employment") << "开除公职" << servant << "government"
                                                      << "expulsion" << 0 << false;
    QTest::newRow("post grade lowering") << "降低岗位等级"
                                         << "public_institution"
                                         << "institution"
                                         << "post_grade_lowering" << 0 << false;
    // 警告 alone could be either system's: never guessed.
    QTest::newRow("warning alone") << "警告" << servant << ""
                                   << "" << 0 << true;
    QTest::newRow("not a sanction") << "批评教育" << servant << ""
                                    << "" << 0 << true;
}

void TestLedgerImport::sanctionsAsLedgersWriteThem()
{
    QFETCH(QString, written);
    QFETCH(QString, employment);
    QFETCH(QString, system);
    QFETCH(QString, kind);
    QFETCH(int, months);
    QFETCH(bool, refused);
    const LedgerValues::Sanction sanction = LedgerValues::sanction(written, {}, employment);
    QCOMPARE(!sanction.problem.isEmpty(), refused);
    if (refused)
        return;
    QCOMPARE(sanction.system, system);
    QCOMPARE(sanction.kind, kind);
    QCOMPARE(sanction.probationMonths, months);
}

void TestLedgerImport::headersAreRecognised_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    QTest::newRow("talk's person") << "talks"
                                   << "谈话对象"
                                   << "cadre.name";
    QTest::newRow("talk's date") << "talks"
                                 << "谈话时间"
                                 << "talk_date";
    QTest::newRow("talk's kind, English") << "talks"
                                          << "Kind of talk"
                                          << "kind";
    QTest::newRow("clue's subject") << "clues"
                                    << "被反映人"
                                    << "cadre.name";
    QTest::newRow("clue's disposition") << "clues"
                                        << "处置方式"
                                        << "clue.disposition";
    QTest::newRow("clue's conclusion") << "clues"
                                       << "办结情况"
                                       << "clue.closure";
    QTest::newRow("sanction's kind") << "sanctions"
                                     << "处分种类"
                                     << "kind";
    QTest::newRow("sanction's date") << "sanctions"
                                     << "处分时间"
                                     << "effective_date";
    QTest::newRow("a notice's unit is its own") << "notices"
                                                << "单位"
                                                << "unit_id";
    QTest::newRow("a talk's unit is the cadre's") << "talks"
                                                  << "单位"
                                                  << "cadre.unit";
    QTest::newRow("rectification's cadre") << "findings"
                                           << "整改责任人"
                                           << "cadre.name";
    QTest::newRow("rectification's inspection") << "findings"
                                                << "被检查单位"
                                                << "inspection.unit";
    QTest::newRow("attendee") << "warning_education_events"
                              << "参会人员"
                              << "cadre.name";
    QTest::newRow("a relative's name") << "relatives"
                                       << "亲属姓名"
                                       << "name";
    QTest::newRow("unknown") << "talks"
                             << "天气"
                             << "";
}

void TestLedgerImport::headersAreRecognised()
{
    QFETCH(QString, table);
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(LedgerColumns::fieldOfHeader(table, header), field);
}

void TestLedgerImport::eachLedgerComesIn_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("records");
    QTest::addColumn<QString>("linkTable");
    QTest::addColumn<int>("links");
    QTest::newRow("talks") << "talks-ledger.xlsx"
                           << "talks" << 5 << 5 << "" << 0;
    QTest::newRow("clues, one with two subjects") << "clues-ledger.xlsx"
                                                  << "clues" << 5 << 4 << "clue_subjects" << 5;
    QTest::newRow("clues, saved by LibreOffice") << "clues-ledger-libreoffice.xlsx"
                                                 << "clues" << 5 << 4 << "clue_subjects" << 5;
    QTest::newRow("sanctions") << "sanctions-ledger.xlsx"
                               << "sanctions" << 4 << 4 << "" << 0;
    QTest::newRow("organizational handling, GB18030 CSV")
        << "handlings-ledger-gb18030.csv"
        << "organizational_handlings" << 2 << 2 << "" << 0;
    QTest::newRow("warning education sign-in sheet")
        << "warning-education-signin.xlsx"
        << "warning_education_events" << 6 << 1 << "warning_education_attendance" << 6;
    QTest::newRow("inspections") << "inspections-ledger.xlsx"
                                 << "inspections" << 2 << 2 << "" << 0;
}

void TestLedgerImport::eachLedgerComesIn()
{
    QFETCH(QString, file);
    QFETCH(QString, table);
    QFETCH(int, rows);
    QFETCH(int, records);
    QFETCH(QString, linkTable);
    QFETCH(int, links);
    freshCounty();
    const LedgerPlan plan = planOf(file, table);
    QVERIFY2(plan.problems().isEmpty(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
    QCOMPARE(plan.rows.size(), rows);
    QCOMPARE(plan.count(ImportRow::Action::New), rows);
    QCOMPARE(count(table), 0); // a plan, even with its trial, writes nothing
    LedgerImport(*m_database).apply(plan);
    QCOMPARE(count(table), records);
    if (!linkTable.isEmpty())
        QCOMPARE(count(linkTable), links);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                                   "json_extract(after, '$.file_sha256') = '%1'")
                        .arg(plan.sha256))
                 .toInt(),
             1);

    // The same ledger again: every row the same, and nothing written.
    const qint64 before = changes();
    const LedgerPlan again = planOf(file, table);
    QVERIFY2(again.problems().isEmpty(), qPrintable(again.problems().join(QLatin1Char('\n'))));
    QCOMPARE(again.count(ImportRow::Action::Same), rows);
    LedgerImport(*m_database).apply(again);
    QCOMPARE(changes(), before);
    QCOMPARE(count(table), records);
}

void TestLedgerImport::cluesFollowTheWorkflow()
{
    freshCounty();
    LedgerImport(*m_database)
        .apply(planOf(QStringLiteral("clues-ledger.xlsx"), QStringLiteral("clues")));
    const auto stateOf = [this](const char *number) {
        return scalar(QStringLiteral("SELECT state || '/' || coalesce(disposition, '') FROM clues "
                                     "WHERE number = '%1'")
                          .arg(QLatin1String(number)))
            .toString();
    };
    QCOMPARE(stateOf("QH-2026-001"), QStringLiteral("closed/talk_or_letter_inquiry"));
    QCOMPARE(stateOf("QH-2026-002"), QStringLiteral("preliminary_verification/"
                                                    "preliminary_verification"));
    QCOMPARE(stateOf("QH-2026-003"), QStringLiteral("shelved/shelved"));
    QCOMPARE(stateOf("QH-2026-004"), QStringLiteral("closed/closed"));
    // Every step is one the workflow allows, dated in order.
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT group_concat(to_state || '@' || step_date, ' ') FROM (SELECT "
                        "s.to_state, s.step_date FROM clue_steps s JOIN clues c ON c.id = "
                        "s.clue_id WHERE c.number = 'QH-2026-001' AND s.from_state IS NOT NULL "
                        "ORDER BY s.id)"))
                 .toString(),
             QStringLiteral("assigned@2026-01-05 disposition_proposed@2026-01-05 "
                            "talk_or_letter_inquiry@2026-01-20 inquiry_replied@2026-02-20 "
                            "closed@2026-02-20"));
    // The outcome reached the subject; both subjects of the second clue are linked.
    QCOMPARE(scalar(QStringLiteral("SELECT s.outcome FROM clue_subjects s JOIN clues c ON c.id = "
                                   "s.clue_id WHERE c.number = 'QH-2026-004'"))
                 .toString(),
             QStringLiteral("untrue"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM clue_subjects s JOIN clues c ON c.id = "
                                   "s.clue_id WHERE c.number = 'QH-2026-002'"))
                 .toInt(),
             2);

    // The next ledger says the second clue was concluded: it moves on from where it is.
    const QString later = writeCsv(
        QStringLiteral("clues-later.csv"),
        QStringLiteral("线索编号,受理时间,被反映人,工作单位,处置方式,处置日期,办结情况,办结日期\n"
                       "QH-2026-002,2026-02-10,王志强,城关镇,初步核实,2026-02-25,立案,"
                       "2026-04-30\n"
                       "QH-2026-003,2026-03-01,曾凡,清河县财政局,暂存待查,2026-03-15,,\n"));
    const LedgerPlan plan = planOf(later, QStringLiteral("clues"));
    QVERIFY2(plan.problems().isEmpty(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
    QCOMPARE(plan.rows.at(0).action, ImportRow::Action::Update);
    QCOMPARE(plan.rows.at(0).clueSteps, QStringList{QStringLiteral("case_filed")});
    QCOMPARE(plan.rows.at(1).action, ImportRow::Action::Same);
    LedgerImport(*m_database).apply(plan);
    QCOMPARE(stateOf("QH-2026-002"), QStringLiteral("case_filed/preliminary_verification"));

    // A ledger that would take a concluded clue back is refused, naming both states.
    const QString back
        = writeCsv(QStringLiteral("clues-back.csv"),
                   QStringLiteral("线索编号,受理时间,被反映人,工作单位,处置方式,办结情况\n"
                                  "QH-2026-004,2026-04-01,周伟,清河县水利局,谈话函询,在办\n"));
    const LedgerPlan refused = planOf(back, QStringLiteral("clues"));
    QCOMPARE(refused.rows.at(0).action, ImportRow::Action::Refused);
}

void TestLedgerImport::rectificationsNameTheirInspection()
{
    freshCounty();
    // Before the inspections are in, a rectification cannot name its inspection.
    const LedgerPlan early
        = planOf(QStringLiteral("findings-ledger.xlsx"), QStringLiteral("findings"));
    QCOMPARE(early.count(ImportRow::Action::Refused), 3);
    QVERIFY2(early.problems().first().contains(QStringLiteral("import the inspections first")),
             qPrintable(early.problems().first()));
    LedgerImport(*m_database)
        .apply(planOf(QStringLiteral("inspections-ledger.xlsx"), QStringLiteral("inspections")));
    const LedgerPlan plan
        = planOf(QStringLiteral("findings-ledger.xlsx"), QStringLiteral("findings"));
    QVERIFY2(plan.problems().isEmpty(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
    QCOMPARE(plan.count(ImportRow::Action::New), 3);
    LedgerImport(*m_database).apply(plan);
    // Each under its inspection, named by the unit and a day within it, with its cadre.
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM findings f JOIN inspections i ON i.id = "
                        "f.inspection_id JOIN units u ON u.id = i.unit_id JOIN cadres c ON c.id "
                        "= f.responsible_cadre_id WHERE u.name = '城关镇' AND c.name = '王志强' "
                        "AND f.status = 'open'"))
                 .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT completed_date FROM findings WHERE status = "
                                   "'completed'"))
                 .toString(),
             QStringLiteral("2026-05-20"));
    const LedgerPlan again
        = planOf(QStringLiteral("findings-ledger.xlsx"), QStringLiteral("findings"));
    QCOMPARE(again.count(ImportRow::Action::Same), 3);
}

void TestLedgerImport::aChangedRowIsAnUpdateFieldByField()
{
    freshCounty();
    LedgerImport(*m_database)
        .apply(planOf(QStringLiteral("talks-ledger.xlsx"), QStringLiteral("talks")));
    const QString changed
        = writeCsv(QStringLiteral("talks-corrected.csv"),
                   QStringLiteral("谈话对象,工作单位,谈话类型,谈话主体,谈话时间,谈话人\n"
                                  "张建国,清河县水利局,提醒谈话,纪委监委,2026-03-15,王军\n"
                                  "李红,清河县水利局,提醒谈话,纪委监委,2026-03-16,王军\n"));
    const LedgerPlan plan = planOf(changed, QStringLiteral("talks"));
    QVERIFY2(plan.problems().isEmpty(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
    QCOMPARE(plan.rows.at(0).action, ImportRow::Action::Update);
    QCOMPARE(plan.rows.at(0).changes, QStringList{QStringLiteral("Interviewer: 刘振华 → 王军")});
    QCOMPARE(plan.rows.at(1).action, ImportRow::Action::New);
    LedgerImport(*m_database).apply(plan);
    QCOMPARE(count(QStringLiteral("talks")), 6);
    QCOMPARE(scalar(QStringLiteral("SELECT interviewer FROM talks WHERE talk_date = "
                                   "'2026-03-15'"))
                 .toString(),
             QStringLiteral("王军"));
}

void TestLedgerImport::everyProblemIsListedAndNothingIsWritten()
{
    freshCounty();
    const qint64 before = changes();
    const LedgerPlan plan
        = planOf(QStringLiteral("talks-with-problems.xlsx"), QStringLiteral("talks"));
    const QStringList problems = plan.problems();
    // One problem in each row, each naming its row, column and value.
    QCOMPARE(plan.count(ImportRow::Action::Refused), 5);
    const auto has = [&problems](const QString &part) {
        return std::any_of(problems.cbegin(), problems.cend(),
                           [&part](const QString &problem) { return problem.contains(part); });
    };
    QVERIFY2(has(QStringLiteral("Row 3: no cadre called 张三丰 in 清河县/清河县水利局")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(has(QStringLiteral("Row 4: 谈话类型 “批评谈话”: not one of")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(has(QStringLiteral("Row 5: 谈话时间 “2026.13.40”: not a date")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(has(QStringLiteral("Row 6: no cadre called 王志强 in 清河县/清河县水利局")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(has(QStringLiteral("Row 7: Date is missing")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY_THROWS_EXCEPTION(DataError, LedgerImport(*m_database).apply(plan));
    QCOMPARE(changes(), before);
    QCOMPARE(count(QStringLiteral("talks")), 0);

    // A file with no header row for the kind says what it looks for.
    try {
        planOf(QStringLiteral("roster.xlsx"), QStringLiteral("talks"));
        QFAIL("a sheet without a talks header was read");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("谈话时间")), qPrintable(error.message()));
    }
}

void TestLedgerImport::theDomainRulesRefuseARow()
{
    freshCounty();
    // A probation whose rights are restored before it began: the repository's rule, found in
    // the preview with the rows around it.
    const QString path
        = writeCsv(QStringLiteral("sanctions-bad.csv"),
                   QStringLiteral("姓名,工作单位,处分种类,处分时间,恢复党员权利日期\n"
                                  "周伟,清河县水利局,留党察看一年,2024-06-01,2024-01-01\n"
                                  "曾凡,清河县财政局,党内警告,2025-09-10,\n"
                                  "吴晓东,清河县市场监督管理局,警告,2026-08-03,\n"));
    const LedgerPlan plan = planOf(path, QStringLiteral("sanctions"));
    QCOMPARE(plan.rows.at(0).action, ImportRow::Action::Refused);
    QVERIFY2(!plan.rows.at(0).problems.isEmpty(), "the restored date was not refused");
    QCOMPARE(plan.rows.at(1).action, ImportRow::Action::New);
    QCOMPARE(plan.rows.at(2).action, ImportRow::Action::Refused);
    QVERIFY2(plan.rows.at(2).problems.join(QString()).contains(QStringLiteral("政务警告")),
             qPrintable(plan.rows.at(2).problems.join(QLatin1Char('\n'))));
    QCOMPARE(count(QStringLiteral("sanctions")), 0);
}

void TestLedgerImport::anImportIsUndoneAsAWhole()
{
    freshCounty();
    const qint64 before = changes();
    LedgerImport importer(*m_database);
    const ImportReceipt talks
        = importer.apply(planOf(QStringLiteral("talks-ledger.xlsx"), QStringLiteral("talks")));
    const ImportReceipt clues
        = importer.apply(planOf(QStringLiteral("clues-ledger.xlsx"), QStringLiteral("clues")));
    QCOMPARE(count(QStringLiteral("clues")), 4);
    QVERIFY(!clues.steps.isEmpty());
    ImportUndo::undo(*m_database, clues);
    QCOMPARE(count(QStringLiteral("clues")), 0);
    QCOMPARE(count(QStringLiteral("clue_subjects")), 0);
    QCOMPARE(count(QStringLiteral("clue_steps")), 0);
    QCOMPARE(count(QStringLiteral("talks")), 5);
    ImportUndo::undo(*m_database, talks);
    QCOMPARE(count(QStringLiteral("talks")), 0);
    QVERIFY(changes() > before);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import.undo'"))
                 .toInt(),
             2);

    // An update is undone to the values before it.
    importer.apply(planOf(QStringLiteral("talks-ledger.xlsx"), QStringLiteral("talks")));
    const QString changed
        = writeCsv(QStringLiteral("talks-undo.csv"),
                   QStringLiteral("谈话对象,工作单位,谈话类型,谈话主体,谈话时间,谈话人\n"
                                  "张建国,清河县水利局,提醒谈话,纪委监委,2026-03-15,王军\n"));
    ImportUndo::undo(*m_database, importer.apply(planOf(changed, QStringLiteral("talks"))));
    QCOMPARE(scalar(QStringLiteral("SELECT interviewer FROM talks WHERE talk_date = "
                                   "'2026-03-15'"))
                 .toString(),
             QStringLiteral("刘振华"));
}

void TestLedgerImport::aLargeImportReportsProgressAndCanBeCancelled()
{
    freshCounty();
    // 600 talks with 张建国 on 600 days.
    QString text = QStringLiteral("谈话对象,工作单位,谈话类型,谈话时间\n");
    for (int day = 0; day < 600; ++day)
        text += QStringLiteral("张建国,清河县水利局,提醒谈话,%1\n")
                    .arg(QDate(2024, 1, 1).addDays(day).toString(Qt::ISODate));
    const QString path = writeCsv(QStringLiteral("many-talks.csv"), text);
    LedgerImport importer(*m_database);
    QVector<QPair<int, int>> reports;
    importer.setProgress([&reports](int done, int total) {
        reports.append({done, total});
        return true;
    });
    const LedgerPlan plan = importer.plan(SheetFile(path), QStringLiteral("talks"));
    QCOMPARE(plan.count(ImportRow::Action::New), 600);
    QVERIFY(reports.size() >= 6);
    QCOMPARE(reports.last(), qMakePair(600, 600));
    for (int i = 1; i < reports.size(); ++i)
        QVERIFY(reports.at(i).second == 0 || reports.at(i).first >= reports.at(i - 1).first
                || reports.at(i - 1).second == 0);

    // Cancelled half-way through the writing: a message, and nothing written.
    const qint64 before = changes();
    int calls = 0;
    importer.setProgress([&calls](int, int) { return ++calls < 3; });
    try {
        importer.apply(plan);
        QFAIL("a cancelled import went in");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("cancelled")),
                 qPrintable(error.message()));
    }
    QCOMPARE(count(QStringLiteral("talks")), 0);
    QCOMPARE(changes(), before);
    importer.setProgress(nullptr);
    importer.apply(plan);
    QCOMPARE(count(QStringLiteral("talks")), 600);
}

void TestLedgerImport::aReviewerMayNotImport()
{
    freshCounty();
    TestDatabase::signIn(*m_database, QStringLiteral("reviewer"));
    const LedgerPlan plan = planOf(QStringLiteral("talks-ledger.xlsx"), QStringLiteral("talks"));
    // Each row is refused by the access rules in the trial, and nothing is written.
    QCOMPARE(plan.count(ImportRow::Action::Refused), 5);
    QVERIFY_THROWS_EXCEPTION(DataError, LedgerImport(*m_database).apply(plan));
    TestDatabase::signIn(*m_database, QStringLiteral("officer"));
    QCOMPARE(count(QStringLiteral("talks")), 0);
}

void TestLedgerImport::theCommandLineImportsWithAMapping()
{
    const QString executable = qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE");
    QVERIFY(QFile::exists(executable));
    freshCounty();
    const QString path = m_database->connection().databaseName();
    m_database.reset();
    const auto run = [&](const QStringList &arguments, QString *output) {
        QProcess process;
        process.start(executable, arguments);
        process.waitForFinished(60000);
        *output = QString::fromUtf8(process.readAllStandardOutput())
                  + QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    // A ledger whose date column the import cannot know by its header.
    const QString ledger = writeCsv(QStringLiteral("talks-own-headers.csv"),
                                    QStringLiteral("谈话对象,工作单位,谈话类型,约谈日,备注\n"
                                                   "张建国,清河县水利局,提醒谈话,2026-03-15,无\n"));
    const QStringList import
        = {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--csv"), ledger,
           QStringLiteral("--kind"), QStringLiteral("talks")};
    QString output;
    QCOMPARE(run(import, &output), 2);
    QVERIFY2(output.contains(QStringLiteral("Date is missing")), qPrintable(output));
    const QString mapping = m_dir.filePath(QStringLiteral("mapping.json"));
    QFile file(mapping);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("{\"约谈日\": \"talk_date\", \"备注\": null}").toUtf8());
    file.close();
    const QStringList mapped = import + QStringList{QStringLiteral("--mapping"), mapping};
    QCOMPARE(run(mapped + QStringList{QStringLiteral("--dry-run")}, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("Row 2 张建国: new")), qPrintable(output));
    QCOMPARE(run(mapped, &output), 0);
    QCOMPARE(run(mapped, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("1 the same")), qPrintable(output));
    // A mapping naming a field the kind does not have is refused, listing those it has.
    file.open(QIODevice::WriteOnly);
    file.write(QStringLiteral("{\"约谈日\": \"weather\"}").toUtf8());
    file.close();
    QCOMPARE(run(mapped, &output), 2);
    QVERIFY2(output.contains(QStringLiteral("talk_date")), qPrintable(output));
    m_database = Database::open(path);
    TestDatabase::signIn(*m_database, QStringLiteral("officer"));
    QCOMPARE(count(QStringLiteral("talks")), 1);
}

void TestLedgerImport::anExportedLedgerComesBackTheSame()
{
    freshCounty();
    LedgerImport importer(*m_database);
    importer.apply(planOf(QStringLiteral("clues-ledger.xlsx"), QStringLiteral("clues")));
    importer.apply(planOf(QStringLiteral("sanctions-ledger.xlsx"), QStringLiteral("sanctions")));
    const qint64 before = changes();
    for (const QString table : {QStringLiteral("clues"), QStringLiteral("sanctions")}) {
        const QString path = m_dir.filePath(table + QStringLiteral("-out.xlsx"));
        const int rows = LedgerExport(*m_database).write(path, table);
        QCOMPARE(rows, table == QLatin1String("clues") ? 5 : 4);
        const LedgerPlan plan = planOf(path, table);
        QVERIFY2(plan.problems().isEmpty(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
        QCOMPARE(plan.count(ImportRow::Action::Same), rows);
    }
    // Exports are audited; nothing else was written.
    QCOMPARE(changes(), before);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND "
                                   "json_extract(after, '$.kind') IN ('clues', 'sanctions')"))
                 .toInt(),
             2);
    // A reviewer may not export a ledger.
    TestDatabase::signIn(*m_database, QStringLiteral("reviewer"));
    QVERIFY_THROWS_EXCEPTION(
        DataError, LedgerExport(*m_database)
                       .write(m_dir.filePath(QStringLiteral("no.xlsx")), QStringLiteral("talks")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no.xlsx"))));
    TestDatabase::signIn(*m_database, QStringLiteral("officer"));
}

// The rows of a workbook as a spreadsheet program would show them.
static QVector<QStringList> rowsOf(const QString &path)
{
    QVector<QStringList> rows;
    SheetFile(path).read(0, [&rows](int, const QStringList &cells) {
        rows << cells;
        return true;
    });
    return rows;
}

void TestLedgerImport::theYearsFiguresAndTheTrailGoToExcel()
{
    freshCounty();
    LedgerImport(*m_database)
        .apply(planOf(QStringLiteral("talks-ledger.xlsx"), QStringLiteral("talks")));
    // The year's figures beside the year before, as the printed page has them.
    const QString statistics = m_dir.filePath(QStringLiteral("statistics.xlsx"));
    const YearlyStatistics year = StatisticsService(*m_database).year(2026);
    QVERIFY(year.counts.value(QStringLiteral("reminder_talks")) > 0);
    ReportWorkbooks::writeYearlyStatistics(*m_database, statistics, 2026, StatisticScope());
    const QVector<QStringList> figures = rowsOf(statistics);
    QCOMPARE(figures.first(), (QStringList{QStringLiteral("指标"), QStringLiteral("2026年"),
                                           QStringLiteral("2025年"), QStringLiteral("增减")}));
    QCOMPARE(figures.size(), int(YearlyStatistics::keys().size()) + 4 + 1);
    bool found = false;
    for (const QStringList &row : figures)
        if (row.first().startsWith(QStringLiteral("提醒谈话"))) {
            found = true;
            QCOMPARE(row.value(1).toLongLong(),
                     year.counts.value(QStringLiteral("reminder_talks")));
        }
    QVERIFY(found);

    // The trail, by the security auditor: each entry, then the chain's state; audited itself.
    TestDatabase::signIn(*m_database, QStringLiteral("auditor"));
    AuditTrailModel trail(*m_database);
    trail.setFilter({});
    const QString path = m_dir.filePath(QStringLiteral("trail.xlsx"));
    const qint64 entries = ReportWorkbooks::writeAuditTrail(*m_database, trail, path);
    QVERIFY(entries > 5);
    const QVector<QStringList> rows = rowsOf(path);
    QCOMPARE(rows.first().first(), QStringLiteral("Time"));
    QVERIFY2(rows.last().first().startsWith(QStringLiteral("chain: intact")),
             qPrintable(rows.last().join(QLatin1Char(' '))));
    // No stored column name reaches the workbook.
    for (const QStringList &row : rows)
        for (const QString &cell : row)
            QVERIFY2(!cell.contains(QStringLiteral("talk_date")), qPrintable(cell));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'audit.export'"))
                 .toInt(),
             1);
    // The case officer may not read the trail, in a workbook either.
    TestDatabase::signIn(*m_database, QStringLiteral("officer"));
    QVERIFY_THROWS_EXCEPTION(
        DataError, ReportWorkbooks::writeAuditTrail(
                       *m_database, trail, m_dir.filePath(QStringLiteral("trail-officer.xlsx"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("trail-officer.xlsx"))));
}

// LibreOffice, where it is installed, opens what the program writes and saves it as CSV with
// the same values: read back, the directory and a ledger are each found the same in every row.
void TestLedgerImport::libreOfficeReadsTheSameValues()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed here");
    freshCounty();
    LedgerImport(*m_database)
        .apply(planOf(QStringLiteral("clues-ledger.xlsx"), QStringLiteral("clues")));
    QTemporaryDir out;
    const QString directory = out.filePath(QStringLiteral("directory.xlsx"));
    const QString clues = out.filePath(QStringLiteral("clues.xlsx"));
    QCOMPARE(DirectoryExport(*m_database).write(directory), 10);
    QCOMPARE(LedgerExport(*m_database).write(clues, QStringLiteral("clues")), 5);
    for (const QString &file : {directory, clues}) {
        QProcess process;
        // A profile of its own, so that a running LibreOffice or a missing home does not
        // matter.
        process.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + out.path()
                                    + QStringLiteral("/profile"),
                                QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"),
                                QStringLiteral("--outdir"), out.path(), file});
        QVERIFY(process.waitForFinished(180000));
        QCOMPARE(process.exitCode(), 0);
    }
    const QString directoryCsv = out.filePath(QStringLiteral("directory.csv"));
    const QString cluesCsv = out.filePath(QStringLiteral("clues.csv"));
    QVERIFY2(QFile::exists(directoryCsv), qPrintable(out.path()));
    const RosterPlan roster = RosterImport(*m_database).plan(SheetFile(directoryCsv));
    QVERIFY2(roster.problems().isEmpty(), qPrintable(roster.problems().join(QLatin1Char('\n'))));
    QCOMPARE(roster.count(ImportRow::Action::Same), 10);
    const LedgerPlan ledger = planOf(cluesCsv, QStringLiteral("clues"));
    QVERIFY2(ledger.problems().isEmpty(), qPrintable(ledger.problems().join(QLatin1Char('\n'))));
    QCOMPARE(ledger.count(ImportRow::Action::Same), 5);
    // The values as LibreOffice shows them: the county's path and a date cell of the file.
    const QVector<QStringList> rows = rowsOf(cluesCsv);
    QCOMPARE(rows.at(1).value(rows.first().indexOf(QStringLiteral("线索编号"))),
             QStringLiteral("QH-2026-001"));
    QCOMPARE(CellValues::date(rows.at(1).value(rows.first().indexOf(QStringLiteral("受理日期")))),
             QDate(2026, 1, 5));
}

// The roster as LibreOffice saves it (make-libreoffice-copies.sh): the same ten cadres, found
// the same as those the Excel-style file brought in.
void TestLedgerImport::aRosterSavedByLibreOfficeIsTheSameRoster()
{
    freshCounty();
    const RosterPlan plan = RosterImport(*m_database)
                                .plan(SheetFile(data(QStringLiteral("roster-libreoffice.xlsx"))));
    QVERIFY2(plan.problems().isEmpty(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
    QCOMPARE(plan.headerRow, 2);
    QCOMPARE(plan.count(ImportRow::Action::Same), 10);
}

QTEST_GUILESS_MAIN(TestLedgerImport)
#include "test_ledger_import.moc"
