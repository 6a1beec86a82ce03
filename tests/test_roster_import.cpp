#include "backup/integritycheck.h"
#include "domain/dataerror.h"
#include "records/recordrepository.h"
#include "spreadsheets/cellvalues.h"
#include "spreadsheets/directoryexport.h"
#include "spreadsheets/rosterimport.h"
#include "spreadsheets/sheetfile.h"
#include "spreadsheets/tableexport.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A county's roster coming in from Excel or WPS (tests/data, made by make-spreadsheets.py): read
// as people write it, matched to the cadres the database holds, all or nothing; a second import
// of the same roster changes nothing; bad files are refused with a message.
class TestRosterImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void datesAsPeopleWriteThem_data();
    void datesAsPeopleWriteThem();
    void identityNumbers_data();
    void identityNumbers();
    void vocabularyAsWritten();
    void theWorkbookIsReadAsItIsWritten();
    void aGb18030CsvIsRead();
    void badFilesAreRefusedWithAMessage_data();
    void badFilesAreRefusedWithAMessage();
    void aRosterFillsAnEmptyDatabase();
    void theSameRosterAgainChangesNothing();
    void nextYearsRosterUpdatesFieldByField();
    void everyProblemIsListedAndNothingIsWritten();
    void leadershipTeamsComeFromTheRoster();
    void anAmbiguousNameIsNeverGuessed();
    void theCommandLineImportsAndDryRuns();
    void theDirectoryExportsAndComesBackTheSame();
    void aReviewerMayNotExportTheDirectory();
    void fuzzInputsAreReadOrRefused();
    void aListIsExportedAsShownAndAudited();

private:
    static QString data(const QString &name);
    int count(const QString &table) const;
    qint64 changes() const;
    QString writeCsv(const QString &name, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

QString TestRosterImport::data(const QString &name)
{
    return TestDatabase::sourcePath(QStringLiteral("tests/data/") + name);
}

int TestRosterImport::count(const QString &table) const
{
    return Sql::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM ") + table)
        .toInt();
}

qint64 TestRosterImport::changes() const
{
    return Sql::scalar(m_database->connection(),
                       QStringLiteral("SELECT changes FROM record_changes"))
        .toLongLong();
}

QString TestRosterImport::writeCsv(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("\xEF\xBB\xBF" + text.toUtf8());
    return path;
}

void TestRosterImport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(data(QStringLiteral("roster.xlsx"))));
}

void TestRosterImport::datesAsPeopleWriteThem_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("monthOnly");
    QTest::newRow("serial") << "26422" << QDate(1972, 5, 3) << false;
    QTest::newRow("serial with fraction") << "26422.0" << QDate(1972, 5, 3) << false;
    QTest::newRow("dotted month") << "1972.05" << QDate(1972, 5, 1) << true;
    QTest::newRow("dotted short month") << "1972.5" << QDate(1972, 5, 1) << true;
    QTest::newRow("dotted October") << "1972.10" << QDate(1972, 10, 1) << true;
    QTest::newRow("Chinese month") << "1972年5月" << QDate(1972, 5, 1) << true;
    QTest::newRow("Chinese day") << "1972年5月3日" << QDate(1972, 5, 3) << false;
    QTest::newRow("dashes") << "1972-5-3" << QDate(1972, 5, 3) << false;
    QTest::newRow("ISO") << "1972-05-03" << QDate(1972, 5, 3) << false;
    QTest::newRow("ISO with time") << "1972-05-03T00:00:00" << QDate(1972, 5, 3) << false;
    QTest::newRow("slashes") << "1972/5/3" << QDate(1972, 5, 3) << false;
    QTest::newRow("six digits") << "197205" << QDate(1972, 5, 1) << true;
    QTest::newRow("eight digits") << "19720503" << QDate(1972, 5, 3) << false;
    QTest::newRow("month 13") << "1972.13" << QDate() << false;
    QTest::newRow("February 30") << "1972-02-30" << QDate() << false;
    QTest::newRow("words") << "五月" << QDate() << false;
    QTest::newRow("seven digits") << "1972053" << QDate() << false;
    QTest::newRow("empty") << "" << QDate() << false;
}

void TestRosterImport::datesAsPeopleWriteThem()
{
    QFETCH(QString, written);
    QFETCH(QDate, date);
    QFETCH(bool, monthOnly);
    bool month = !monthOnly;
    QCOMPARE(CellValues::date(written, &month), date);
    if (date.isValid())
        QCOMPARE(month, monthOnly);
}

void TestRosterImport::identityNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("gender");
    QTest::addColumn<bool>("valid");
    QTest::newRow("male") << "110101199003078515" << QDate(1990, 3, 7) << "male" << true;
    QTest::newRow("female, X") << "11010519491231002X" << QDate(1949, 12, 31) << "female" << true;
    QTest::newRow("lower-case x") << "11010519491231002x" << QDate(1949, 12, 31) << "female"
                                  << true;
    QTest::newRow("wrong check digit") << "110101199003078514" << QDate() << "" << false;
    QTest::newRow("15 digits") << "110101900307851" << QDate(1990, 3, 7) << "male" << true;
    QTest::newRow("too short") << "1101011990030785" << QDate() << "" << false;
    QTest::newRow("no such day") << "110101199002308519" << QDate() << "" << false;
}

void TestRosterImport::identityNumbers()
{
    QFETCH(QString, number);
    QFETCH(QDate, birth);
    QFETCH(QString, gender);
    QFETCH(bool, valid);
    const CellValues::IdentityNumber identity = CellValues::identityNumber(number);
    QCOMPARE(identity.isValid(), valid);
    if (!valid) {
        QVERIFY(!identity.problem.isEmpty());
        return;
    }
    QCOMPARE(identity.birthDate, birth);
    QCOMPARE(identity.gender, gender);
    QCOMPARE(identity.number, number.toUpper());
}

void TestRosterImport::vocabularyAsWritten()
{
    const auto key = [](const char *vocabulary, const QString &text) {
        return CellValues::vocabularyKey(QString::fromLatin1(vocabulary), text);
    };
    QCOMPARE(key("cadres.gender", QStringLiteral("男")), QStringLiteral("male"));
    QCOMPARE(key("cadres.gender", QStringLiteral("Female")), QStringLiteral("female"));
    QCOMPARE(key("cadres.party_membership", QStringLiteral("中共党员")), QStringLiteral("member"));
    QCOMPARE(key("cadres.party_membership", QStringLiteral("中共预备党员")),
             QStringLiteral("probationary"));
    QCOMPARE(key("cadres.party_membership", QStringLiteral("群众")), QStringLiteral("none"));
    QCOMPARE(key("cadres.status", QStringLiteral("退休")), QStringLiteral("retired"));
    QCOMPARE(key("cadres.employment", QStringLiteral("参公")), QStringLiteral("civil_servant"));
    QCOMPARE(key("cadres.gender", QStringLiteral("未知")), QString());
    QCOMPARE(CellValues::yesNo(QStringLiteral("是")), std::optional<bool>(true));
    QCOMPARE(CellValues::yesNo(QStringLiteral("否")), std::optional<bool>(false));
    QVERIFY(!CellValues::yesNo(QStringLiteral("也许")).has_value());
}

void TestRosterImport::theWorkbookIsReadAsItIsWritten()
{
    const SheetFile file(data(QStringLiteral("roster.xlsx")));
    QVERIFY(file.isWorkbook());
    QCOMPARE(file.sheetNames(), QStringList{QStringLiteral("花名册")});
    QCOMPARE(file.sha256().size(), 64);
    QVector<QPair<int, QStringList>> rows;
    file.read(0, [&rows](int number, const QStringList &cells) {
        rows.append({number, cells});
        return true;
    });
    // The merged title, the headers and ten people; the empty trailing rows are passed over.
    QCOMPARE(rows.size(), 12);
    QCOMPARE(rows.at(0).first, 1);
    QCOMPARE(rows.at(0).second, QStringList{QStringLiteral("清河县科级干部花名册（2026年11月）")});
    QCOMPARE(rows.at(1).second.value(1), QStringLiteral("姓名"));
    QCOMPARE(rows.at(1).second.value(14), QStringLiteral("备注")); // the hidden column
    const QStringList zhang = rows.at(2).second;
    QCOMPARE(zhang.value(1), QStringLiteral("张建国"));
    QCOMPARE(CellValues::date(zhang.value(4)), QDate(1972, 5, 3));  // a date cell: its serial
    QCOMPARE(rows.at(3).second.value(1), QStringLiteral("李红"));   // an inline string
    QCOMPARE(rows.at(4).second.value(4), QStringLiteral("197811")); // a number typed in
    // A rich-text cell's runs joined, its phonetic guide left out.
    QCOMPARE(rows.at(11).second.value(9), QStringLiteral("清河县市场监督管理局"));
    // Stopping early stops.
    int seen = 0;
    file.read(0, [&seen](int, const QStringList &) { return ++seen < 3; });
    QCOMPARE(seen, 3);
}

void TestRosterImport::aGb18030CsvIsRead()
{
    const SheetFile file(data(QStringLiteral("roster-next-year-gb18030.csv")));
    QVERIFY(!file.isWorkbook());
    QStringList names;
    file.read(0, [&names](int number, const QStringList &cells) {
        if (number > 1)
            names << cells.value(0);
        else
            [&] {
                QCOMPARE(cells.value(4), QStringLiteral("工作单位及职务"));
            }();
        return true;
    });
    QCOMPARE(names.size(), 10);
    QCOMPARE(names.first(), QStringLiteral("张建国"));
    QCOMPARE(names.at(4), QStringLiteral("曾凡"));

    // UTF-8 with its mark, quotes, a separator and a line break inside a cell.
    const QString path
        = writeCsv(QStringLiteral("quoted.csv"),
                   QStringLiteral("姓名,备注\r\n\"王, 小明\",\"第一行\n第二行\"\r\n"));
    QVector<QStringList> rows;
    SheetFile(path).read(0, [&rows](int, const QStringList &cells) {
        rows << cells;
        return true;
    });
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1),
             (QStringList{QStringLiteral("王, 小明"), QStringLiteral("第一行\n第二行")}));
}

void TestRosterImport::badFilesAreRefusedWithAMessage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("old binary workbook") << "old-binary.xls"
                                         << ".xlsx";
    QTest::newRow("zip bomb") << "zip-bomb.xlsx"
                              << "hostile";
    QTest::newRow("a million rows") << "million-rows.xlsx"
                                    << "split it";
    QTest::newRow("formula") << "roster-with-formula.xlsx"
                             << "formula";
    QTest::newRow("not a spreadsheet") << "not-a-spreadsheet"
                                       << "not a spreadsheet";
}

void TestRosterImport::badFilesAreRefusedWithAMessage()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    QString path = data(file);
    if (file == QLatin1String("not-a-spreadsheet"))
        path = TestDatabase::sourcePath(QStringLiteral("resources/icons/integrity-dossier-48.png"));
    if (!QFile::exists(path))
        path = QCoreApplication::applicationFilePath(); // any binary file
    m_database = TestDatabase::inMemory();
    const int cadres = count(QStringLiteral("cadres"));
    try {
        const SheetFile sheet(path);
        RosterImport importer(*m_database);
        const RosterPlan plan = importer.plan(sheet);
        importer.apply(plan);
        QFAIL("the file was taken");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(says), qPrintable(error.message()));
    }
    QCOMPARE(count(QStringLiteral("cadres")), cadres);
}

void TestRosterImport::aRosterFillsAnEmptyDatabase()
{
    static int made = 0;
    m_database = TestDatabase::onDisk(m_dir, QStringLiteral("empty-%1.db").arg(++made));
    QCOMPARE(count(QStringLiteral("units")), 0);
    const SheetFile file(data(QStringLiteral("roster.xlsx")));
    RosterImport importer(*m_database);
    const RosterPlan plan = importer.plan(file);
    QVERIFY2(!plan.hasProblems(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
    QCOMPARE(plan.headerRow, 2);
    QCOMPARE(plan.count(RosterRow::Action::New), 10);
    QCOMPARE(plan.ignoredHeaders, (QStringList{QStringLiteral("序号"), QStringLiteral("备注")}));
    // The county at the top, every unit the roster names under it.
    QCOMPARE(plan.newUnits.first(), QStringLiteral("清河县"));
    QVERIFY(plan.newUnits.contains(QStringLiteral("清河县/城关镇")));
    QVERIFY(plan.newUnits.contains(QStringLiteral("清河县/清河县水利局")));
    QCOMPARE(plan.newUnits.size(), 6);
    QCOMPARE(count(QStringLiteral("cadres")), 0); // a plan writes nothing

    const qint64 audited
        = Sql::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))
              .toLongLong();
    importer.apply(plan);
    QCOMPARE(count(QStringLiteral("cadres")), 10);
    QCOMPARE(count(QStringLiteral("units")), 6);
    QCOMPARE(count(QStringLiteral("positions")), 10);
    const QSqlDatabase db = m_database->connection();
    QCOMPARE(
        Sql::scalar(db, QStringLiteral("SELECT kind FROM units WHERE name = '城关镇'")).toString(),
        QStringLiteral("township"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT kind FROM units WHERE parent_id IS NULL"))
                 .toString(),
             QStringLiteral("county"));
    QSqlQuery zhang = Sql::run(
        db, QStringLiteral("SELECT c.gender, c.birth_date, c.party_membership, c.position, "
                           "c.rank, u.name, c.party_join_date FROM cadres c JOIN units u ON "
                           "u.id = c.unit_id WHERE c.name = '张建国'"));
    QVERIFY(zhang.next());
    QCOMPARE(zhang.value(0).toString(), QStringLiteral("male"));
    QCOMPARE(zhang.value(1).toString(), QStringLiteral("1972-05-03"));
    QCOMPARE(zhang.value(2).toString(), QStringLiteral("member"));
    QCOMPARE(zhang.value(3).toString(), QStringLiteral("局长"));
    QCOMPARE(zhang.value(4).toString(), QStringLiteral("正科级"));
    QCOMPARE(zhang.value(5).toString(), QStringLiteral("清河县水利局"));
    QCOMPARE(zhang.value(6).toString(), QStringLiteral("1995-07-01"));
    // A birth month completed from the identity number.
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT birth_date FROM cadres WHERE name = '李红'"))
                 .toString(),
             QStringLiteral("1980-11-11"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT start_date FROM positions p JOIN cadres c ON "
                                            "c.id = p.cadre_id WHERE c.name = '张建国'"))
                 .toString(),
             QStringLiteral("2019-03-01"));
    // Each record audited, and the import itself with the file's SHA-256.
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(),
             audited + 6 + 10 + 10 + 1);
    const QString last
        = Sql::scalar(db, QStringLiteral("SELECT after FROM audit_log ORDER BY id DESC LIMIT 1"))
              .toString();
    QVERIFY2(last.contains(file.sha256()), qPrintable(last));
    const IntegrityReport report = checkIntegrity(*m_database);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char(' '))));
    // The names are found by their pinyin at once.
    QCOMPARE(
        Sql::scalar(db, QStringLiteral("SELECT pinyin_initials FROM cadres WHERE name = '曾凡'"))
            .toString(),
        QStringLiteral("zf"));
}

void TestRosterImport::theSameRosterAgainChangesNothing()
{
    aRosterFillsAnEmptyDatabase();
    const qint64 before = changes();
    for (const char *name : {"roster.xlsx", "roster.xlsx"}) {
        const SheetFile file(data(QString::fromLatin1(name)));
        RosterImport importer(*m_database);
        const RosterPlan plan = importer.plan(file);
        QCOMPARE(plan.count(RosterRow::Action::Same), 10);
        QCOMPARE(plan.count(RosterRow::Action::New), 0);
        QVERIFY(plan.newUnits.isEmpty());
        importer.apply(plan);
    }
    QCOMPARE(count(QStringLiteral("cadres")), 10);
    QCOMPARE(count(QStringLiteral("positions")), 10);
    QCOMPARE(changes(), before);
}

void TestRosterImport::nextYearsRosterUpdatesFieldByField()
{
    aRosterFillsAnEmptyDatabase();
    const SheetFile file(data(QStringLiteral("roster-next-year-gb18030.csv")));
    RosterImport importer(*m_database);
    const RosterPlan plan = importer.plan(file);
    QVERIFY2(!plan.hasProblems(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
    QCOMPARE(plan.count(RosterRow::Action::Update), 1);
    QCOMPARE(plan.count(RosterRow::Action::Same), 9);
    QVERIFY(plan.newUnits.isEmpty()); // 城关镇副镇长: the unit the tree holds, then the post
    const auto promoted = std::find_if(plan.rows.cbegin(), plan.rows.cend(), [](const auto &row) {
        return row.action == RosterRow::Action::Update;
    });
    QCOMPARE(promoted->name, QStringLiteral("周伟"));
    QCOMPARE(promoted->changes, QStringList{QStringLiteral("Position: 科员 → 副局长")});
    importer.apply(plan);
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT position FROM cadres WHERE name = '周伟'"))
                 .toString(),
             QStringLiteral("副局长"));
    QCOMPARE(count(QStringLiteral("cadres")), 10);
}

void TestRosterImport::leadershipTeamsComeFromTheRoster()
{
    // 是否一把手 and 是否班子成员: the top leader and the other members of the team.
    m_database = TestDatabase::onDisk(m_dir, QStringLiteral("team.db"));
    const QString path = writeCsv(QStringLiteral("team.csv"),
                                  QStringLiteral("姓名,性别,工作单位,职务,是否一把手,是否班子成员\n"
                                                 "张三,男,清河县水利局,局长,是,是\n"
                                                 "李四,女,清河县水利局,副局长,否,是\n"
                                                 "王五,男,清河县水利局,科员,否,否\n"));
    RosterImport importer(*m_database);
    const RosterPlan plan = importer.plan(SheetFile(path));
    QVERIFY2(plan.problems().isEmpty(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
    importer.apply(plan);
    const auto member = [this](const char *name) {
        return Sql::scalar(m_database->connection(),
                           QStringLiteral("SELECT is_top_leader || '/' || is_team_member FROM "
                                          "cadres WHERE name = ?"),
                           {QString::fromUtf8(name)})
            .toString();
    };
    QCOMPARE(member("张三"), QStringLiteral("1/1"));
    QCOMPARE(member("李四"), QStringLiteral("0/1"));
    QCOMPARE(member("王五"), QStringLiteral("0/0"));
}

void TestRosterImport::everyProblemIsListedAndNothingIsWritten()
{
    m_database = TestDatabase::onDisk(m_dir, QStringLiteral("problems.db"));
    const QString path
        = writeCsv(QStringLiteral("problems.csv"),
                   QStringLiteral("序号,姓名,性别,出生年月,工作单位,身份证号,是否一把手\n"
                                  "1,张三,男,1972.13,清河县水利局,,否\n"
                                  "2,李四,女,1980.01,清河县水利局,110101198001078514,否\n"
                                  "3,,男,1980.01,清河县水利局,,\n"
                                  "4,王五,男,1990.03,清河县水利局,110101199003078515,也许\n"
                                  "5,赵六,男,1990.03,清河县水利局,110101199003078515,否\n"
                                  "6,钱七,女,1990.03,清河县水利局,110101199003078515,否\n"
                                  "7,孙八,,1985.06,,,否\n"
                                  "8,周九,男,1985.06,清河县水利局,,否\n"));
    RosterImport importer(*m_database);
    const RosterPlan plan = importer.plan(SheetFile(path));
    const QString all = plan.problems().join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Row 2: 出生年月 “1972.13”: not a date")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Row 3: 身份证号 “110101198001078514”: its check digit")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Row 4: the name is missing")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Row 5: 是否一把手 “也许”")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Row 6: the same identity number as row 5")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Row 7: 身份证号 “110101199003078515”: it is a Male's")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Row 8: the unit is missing")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Row 8: the gender is missing")), qPrintable(all));
    QCOMPARE(plan.count(RosterRow::Action::New), 1); // 周九 alone is fine
    const qint64 before = changes();
    QVERIFY_THROWS_EXCEPTION(DataError, importer.apply(plan));
    QCOMPARE(count(QStringLiteral("cadres")), 0);
    QCOMPARE(count(QStringLiteral("units")), 0);
    QCOMPARE(changes(), before);
}

void TestRosterImport::anAmbiguousNameIsNeverGuessed()
{
    aRosterFillsAnEmptyDatabase();
    // A second 张建国 in another unit, without an identity number or a birth date.
    const QString path
        = writeCsv(QStringLiteral("twins.csv"), QStringLiteral("姓名,性别,工作单位,职务\n"
                                                               "张建国,男,清河县/城关镇,科员\n"
                                                               "张建国,男,城关镇,科员\n"));
    {
        RosterImport importer(*m_database);
        const RosterPlan plan = importer.plan(SheetFile(path));
        // Not matched to the 张建国 of the water bureau: a new cadre in 城关镇, once.
        QCOMPARE(plan.rows.first().action, RosterRow::Action::New);
        RosterPlan first = plan;
        first.rows = {plan.rows.first()};
        importer.apply(first);
    }
    // Now two 张建国 could be meant by a row with neither unit nor birth date to tell them.
    const QString vague
        = writeCsv(QStringLiteral("vague.csv"), QStringLiteral("姓名,性别,出生年月\n张建国,男,\n"));
    RosterImport importer(*m_database);
    const RosterPlan plan = importer.plan(SheetFile(vague));
    QCOMPARE(plan.rows.size(), 1);
    // Without a unit it cannot be new either: the row is refused, never matched by a guess.
    QCOMPARE(plan.rows.first().action, RosterRow::Action::Refused);
    // Named by a unit two cadres do not share, it is matched to that one.
    const QString placed
        = writeCsv(QStringLiteral("placed.csv"), QStringLiteral("姓名,性别,工作单位,职级\n"
                                                                "张建国,男,城关镇,一级科员\n"));
    const RosterPlan matched = RosterImport(*m_database).plan(SheetFile(placed));
    QCOMPARE(matched.rows.first().action, RosterRow::Action::Update);
    QCOMPARE(matched.rows.first().changes, QStringList{QStringLiteral("Rank: (none) → 一级科员")});
}

void TestRosterImport::theCommandLineImportsAndDryRuns()
{
    const QString executable = qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE");
    QVERIFY(QFile::exists(executable));
    const QString path = m_dir.filePath(QStringLiteral("command.db"));
    m_database = TestDatabase::onDisk(m_dir, QStringLiteral("command.db"));
    m_database.reset();
    const auto run = [&](const QStringList &arguments, QString *output = nullptr) {
        QProcess process;
        process.start(executable, arguments);
        process.waitForFinished(60000);
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput())
                      + QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    const QStringList import = {QStringLiteral("import"),
                                QStringLiteral("--db"),
                                path,
                                QStringLiteral("--xlsx"),
                                data(QStringLiteral("roster.xlsx")),
                                QStringLiteral("--kind"),
                                QStringLiteral("cadres")};
    QString output;
    QCOMPARE(run(import + QStringList{QStringLiteral("--dry-run")}, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("10 new")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Row 3 张建国: new")), qPrintable(output));
    m_database = Database::open(path);
    QCOMPARE(count(QStringLiteral("cadres")), 0);
    m_database.reset();
    QCOMPARE(run(import, &output), 0);
    m_database = Database::open(path);
    QCOMPARE(count(QStringLiteral("cadres")), 10);
    m_database.reset();
    QCOMPARE(run(import, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("10 the same")), qPrintable(output));
    // A kind not imported from spreadsheets, and a bad file: a message, nothing changed.
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--xlsx"),
                  data(QStringLiteral("roster.xlsx")), QStringLiteral("--kind"),
                  QStringLiteral("units")},
                 &output),
             1);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--xlsx"),
                  data(QStringLiteral("old-binary.xls")), QStringLiteral("--kind"),
                  QStringLiteral("cadres")},
                 &output),
             2);
    QVERIFY2(output.contains(QStringLiteral(".xlsx")), qPrintable(output));
}

void TestRosterImport::theDirectoryExportsAndComesBackTheSame()
{
    aRosterFillsAnEmptyDatabase();
    // A name a spreadsheet would take for a formula stays text.
    const qint64 unit = Sql::scalar(m_database->connection(),
                                    QStringLiteral("SELECT id FROM units WHERE name = '城关镇'"))
                            .toLongLong();
    const qint64 odd = TestDatabase::addCadre(*m_database, QStringLiteral("=1+2"), unit,
                                              QStringLiteral("@科员"));
    const QString path = m_dir.filePath(QStringLiteral("directory.xlsx"));
    const qint64 audited
        = Sql::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))
              .toLongLong();
    QCOMPARE(DirectoryExport(*m_database).write(path), 11);
    QCOMPARE(Sql::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))
                 .toLongLong(),
             audited + 1);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    const SheetFile file(path);
    QCOMPARE(file.sheetNames(), QStringList{QStringLiteral("干部名册")});
    QVector<QStringList> rows;
    file.read(0, [&rows](int, const QStringList &cells) {
        rows << cells;
        return true;
    });
    QCOMPARE(rows.size(), 12);
    QCOMPARE(rows.first().value(1), QStringLiteral("姓名"));
    QCOMPARE(rows.first().last(), QStringLiteral("身份证号"));
    const auto zhang = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList &row) {
        return row.value(1) == QStringLiteral("张建国");
    });
    QVERIFY(zhang != rows.cend());
    QCOMPARE(CellValues::date(zhang->value(4)), QDate(1972, 5, 3)); // a real date cell
    QCOMPARE(zhang->value(2), QStringLiteral("男"));
    QCOMPARE(zhang->value(9), QStringLiteral("清河县/清河县水利局"));
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QStringList &row) {
        return row.value(1) == QLatin1String("=1+2") && row.value(10) == QStringLiteral("@科员");
    }));

    // Read back, the file changes nothing.
    RecordRepository(*m_database).remove(QStringLiteral("cadres"), odd);
    const qint64 before = changes();
    RosterImport importer(*m_database);
    const RosterPlan plan = importer.plan(file);
    QVERIFY2(!plan.hasProblems(), qPrintable(plan.problems().join(QLatin1Char('\n'))));
    QCOMPARE(plan.count(RosterRow::Action::Same), 10);
    QCOMPARE(plan.count(RosterRow::Action::New), 1);
    QCOMPARE(changes(), before);

    // Another program reads it as a workbook too, where one is at hand.
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        return;
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, openpyxl\n"
                                 "s = openpyxl.load_workbook(sys.argv[1]).active\n"
                                 "print(s.freeze_panes, s.max_row, s['E2'].is_date)"),
                  path});
    python.waitForFinished(60000);
    if (python.exitCode() != 0)
        QSKIP("openpyxl is not installed here");
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(),
             QStringLiteral("A2 12 True"));
}

void TestRosterImport::aReviewerMayNotExportTheDirectory()
{
    aRosterFillsAnEmptyDatabase();
    TestDatabase::signIn(*m_database, QStringLiteral("reviewer"));
    const QString path = m_dir.filePath(QStringLiteral("reviewer.xlsx"));
    QVERIFY_THROWS_EXCEPTION(DataError, DirectoryExport(*m_database).write(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

// The sheet fuzzer's seeds and every input it ever crashed on (tests/fuzz): each is read and
// planned, or refused with a DataError, never anything else.
void TestRosterImport::fuzzInputsAreReadOrRefused()
{
    QStringList files;
    for (const char *folder : {"tests/fuzz/sheet-corpus", "tests/fuzz/sheet-regressions"}) {
        const QDir dir(TestDatabase::sourcePath(QString::fromLatin1(folder)));
        for (const QString &name : dir.entryList(QDir::Files))
            files << dir.filePath(name);
    }
    QVERIFY(files.size() >= 5);
    int planned = 0;
    for (const QString &path : files) {
        try {
            const SheetFile sheet(path);
            auto database = Database::openInMemory();
            RosterImport(*database).plan(sheet);
            ++planned;
        } catch (const DataError &) {
        }
    }
    QVERIFY(planned >= 2); // the rosters among the seeds
}

void TestRosterImport::aListIsExportedAsShownAndAudited()
{
    m_database = TestDatabase::inMemory();
    const QString path = m_dir.filePath(QStringLiteral("alerts.xlsx"));
    const qint64 audited
        = Sql::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))
              .toLongLong();
    QCOMPARE(TableExport::write(*m_database, path, QStringLiteral("提醒与待办"),
                                QStringLiteral("alerts"),
                                {QStringLiteral("期限"), QStringLiteral("涉及对象"),
                                 QStringLiteral("待办事项"), QStringLiteral("天数")},
                                {{QDate(2026, 12, 31), QStringLiteral("张建国"),
                                  QStringLiteral("=HYPERLINK(\"x\")"), 3},
                                 {QVariant(), QStringLiteral("李红"), QStringLiteral("整改"), 0}}),
             2);
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT after FROM audit_log ORDER BY id DESC LIMIT 1"))
                 .toString()
                 .contains(QStringLiteral("\"kind\":\"alerts\"")),
             true);
    QCOMPARE(Sql::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))
                 .toLongLong(),
             audited + 1);
    QVector<QStringList> rows;
    SheetFile(path).read(0, [&rows](int, const QStringList &cells) {
        rows << cells;
        return true;
    });
    QCOMPARE(rows.size(), 3);
    QCOMPARE(CellValues::date(rows.at(1).value(0)), QDate(2026, 12, 31));
    QCOMPARE(rows.at(1).value(2), QStringLiteral("=HYPERLINK(\"x\")")); // text, no formula
    QCOMPARE(rows.at(1).value(3), QStringLiteral("3"));
    QCOMPARE(rows.at(2).value(0), QString());

    TestDatabase::signIn(*m_database, QStringLiteral("reviewer"));
    const QString refused = m_dir.filePath(QStringLiteral("refused.xlsx"));
    QVERIFY_THROWS_EXCEPTION(
        DataError, TableExport::write(*m_database, refused, QStringLiteral("x"),
                                      QStringLiteral("alerts"), {QStringLiteral("a")}, {}));
    QVERIFY(!QFile::exists(refused));
}

QTEST_MAIN(TestRosterImport)
#include "test_roster_import.moc"
