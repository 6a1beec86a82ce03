#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "records/recordchecks.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/schemacatalog.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QTest>

// The write path: validation refuses bad input with a message naming the field and changes
// nothing; the clue workflow moves only along legal steps.
class TestRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusals_data();
    void refusals();
    void clueWorkflow();
    void illegalClueSteps_data();
    void illegalClueSteps();
    void deletingKeepsRelatedRecordsConsistent();
    void nestedTransactionRollsBackAsAWhole();
    void implausibleInputIsAskedAbout_data();
    void implausibleInputIsAskedAbout();
    void implausibleClueStepsAreAskedAbout_data();
    void implausibleClueStepsAreAskedAbout();

private:
    int rowCount(const QString &table) const;
    qint64 newClue(const QString &number, const QString &received);

    std::unique_ptr<Database> m_database;
    qint64 m_unit = 0;
    qint64 m_cadre = 0;
    qint64 m_case = 0;
};

int TestRepository::rowCount(const QString &table) const
{
    return Sql::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM ") + table)
        .toInt();
}

void TestRepository::init()
{
    m_database = TestDatabase::inMemory();
    m_unit = TestDatabase::addUnit(*m_database, QStringLiteral("县疾病预防控制中心"),
                                   QStringLiteral("institution"));
    m_cadre = TestDatabase::addCadre(*m_database, QStringLiteral("方志华"), m_unit,
                                     QStringLiteral("主任"), true);
    m_case = RecordRepository(*m_database)
                 .create(QStringLiteral("cases"),
                         {{QStringLiteral("number"), QStringLiteral("清纪立〔2025〕3号")},
                          {QStringLiteral("filed_date"), QStringLiteral("2025-04-10")}});
}

qint64 TestRepository::newClue(const QString &number, const QString &received)
{
    RecordRepository repository(*m_database);
    const qint64 clue = repository.create(QStringLiteral("clues"),
                                          {{QStringLiteral("number"), number},
                                           {QStringLiteral("source"), QStringLiteral("petition")},
                                           {QStringLiteral("received_date"), received},
                                           {QStringLiteral("updated_date"), received}});
    repository.link(QStringLiteral("clue_subjects"),
                    {{QStringLiteral("clue_id"), clue}, {QStringLiteral("cadre_id"), m_cadre}});
    return clue;
}

void TestRepository::refusals_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("message");
    const QVariantMap talk{{QStringLiteral("cadre_id"), 2},
                           {QStringLiteral("kind"), QStringLiteral("reminder")},
                           {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
                           {QStringLiteral("talk_date"), QStringLiteral("2025-05-06")}};
    QVariantMap badKind = talk;
    badKind.insert(QStringLiteral("kind"), QStringLiteral("chat"));
    QVariantMap badDate = talk;
    badDate.insert(QStringLiteral("talk_date"), QStringLiteral("2025-02-30"));
    QVariantMap unknownField = talk;
    unknownField.insert(QStringLiteral("mood"), QStringLiteral("calm"));
    QVariantMap noCadre = talk;
    noCadre.insert(QStringLiteral("cadre_id"), 999);
    QTest::newRow("unknown kind") << "talks" << badKind
                                  << "Talk record's Kind of talk is not one of the values allowed";
    QTest::newRow("impossible date") << "talks" << badDate << "is not a date";
    QTest::newRow("unknown field") << "talks" << unknownField << "no field called mood";
    QTest::newRow("cadre that does not exist") << "talks" << noCadre << "does not exist";
    QTest::newRow("sanction before its case")
        << "sanctions"
        << QVariantMap{{QStringLiteral("cadre_id"), 2},
                       {QStringLiteral("case_id"), 1},
                       {QStringLiteral("system"), QStringLiteral("party")},
                       {QStringLiteral("kind"), QStringLiteral("warning")},
                       {QStringLiteral("effective_date"), QStringLiteral("2025-03-01")}}
        << "before the case was filed";
    QTest::newRow("government sanction with a party kind")
        << "sanctions"
        << QVariantMap{{QStringLiteral("cadre_id"), 2},
                       {QStringLiteral("system"), QStringLiteral("government")},
                       {QStringLiteral("kind"), QStringLiteral("serious_warning")},
                       {QStringLiteral("effective_date"), QStringLiteral("2025-06-01")}}
        << "allowed";
    QTest::newRow("probation without its term")
        << "sanctions"
        << QVariantMap{{QStringLiteral("cadre_id"), 2},
                       {QStringLiteral("system"), QStringLiteral("party")},
                       {QStringLiteral("kind"), QStringLiteral("probation")},
                       {QStringLiteral("effective_date"), QStringLiteral("2025-06-01")}}
        << "allowed";
    QTest::newRow("rectification completed before it was found")
        << "findings"
        << QVariantMap{{QStringLiteral("inspection_id"), 1},
                       {QStringLiteral("description"), QStringLiteral("报销无票据")},
                       {QStringLiteral("found_date"), QStringLiteral("2025-06-01")},
                       {QStringLiteral("deadline"), QStringLiteral("2025-07-01")},
                       {QStringLiteral("status"), QStringLiteral("completed")},
                       {QStringLiteral("completed_date"), QStringLiteral("2025-05-01")}}
        << "allowed";
    QTest::newRow("cadre without a name")
        << "cadres"
        << QVariantMap{{QStringLiteral("dossier_number"), QStringLiteral("T-9")},
                       {QStringLiteral("name"), QStringLiteral("  ")},
                       {QStringLiteral("gender"), QStringLiteral("male")},
                       {QStringLiteral("unit_id"), 1}}
        << "needs a name";
    QTest::newRow("own relative") << "relatives"
                                  << QVariantMap{{QStringLiteral("cadre_id"), 2},
                                                 {QStringLiteral("relation"),
                                                  QStringLiteral("brother")},
                                                 {QStringLiteral("name"), QStringLiteral("张建国")},
                                                 {QStringLiteral("relative_cadre_id"), 2}}
                                  << "their own relative";
    QTest::newRow("no such record kind") << "passwords" << QVariantMap{} << "no record kind";
}

void TestRepository::refusals()
{
    QFETCH(QString, table);
    QFETCH(QVariantMap, values);
    QFETCH(QString, message);
    if (table == QLatin1String("findings")) {
        RecordRepository(*m_database)
            .create(QStringLiteral("inspections"),
                    {{QStringLiteral("unit_id"), m_unit},
                     {QStringLiteral("kind"), QStringLiteral("fixed_week")},
                     {QStringLiteral("start_date"), QStringLiteral("2025-05-26")}});
    }
    const int audit = rowCount(QStringLiteral("audit_log"));
    const int rows = RecordRepository::tables().contains(table) ? rowCount(table) : 0;
    try {
        RecordRepository(*m_database).create(table, values);
        QFAIL("the bad record was written");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        // Said in words: no table, no column, no SQL.
        if (RecordRepository::tables().contains(table))
            QVERIFY2(!error.message().contains(QRegularExpression(
                         QStringLiteral("\\b(%1|constraint|CHECK|UNIQUE|NOT NULL)\\b").arg(table))),
                     qPrintable(error.message()));
    }
    QCOMPARE(rowCount(QStringLiteral("audit_log")), audit);
    if (RecordRepository::tables().contains(table))
        QCOMPARE(rowCount(table), rows);
}

void TestRepository::clueWorkflow()
{
    RecordRepository repository(*m_database);
    const qint64 clue = newClue(QStringLiteral("XS-2025-001"), QStringLiteral("2025-03-03"));
    repository.advanceClue(clue, QStringLiteral("assigned"), QDate(2025, 3, 4));
    repository.advanceClue(clue, QStringLiteral("disposition_proposed"), QDate(2025, 3, 20));
    repository.advanceClue(clue, QStringLiteral("talk_or_letter_inquiry"), QDate(2025, 3, 25),
                           QStringLiteral("王主任"));
    repository.advanceClue(clue, QStringLiteral("inquiry_replied"), QDate(2025, 4, 10));
    repository.advanceClue(clue, QStringLiteral("closed"), QDate(2025, 4, 28), {},
                           QStringLiteral("采信了结"), QStringLiteral("explanation_accepted"));
    const QSqlDatabase db = m_database->connection();
    QCOMPARE(
        Sql::scalar(db, QStringLiteral("SELECT state FROM clues WHERE id = ?"), {clue}).toString(),
        QStringLiteral("closed"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT disposition FROM clues WHERE id = ?"), {clue})
                 .toString(),
             QStringLiteral("talk_or_letter_inquiry"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT outcome FROM clue_subjects WHERE clue_id = ?"),
                         {clue})
                 .toString(),
             QStringLiteral("explanation_accepted"));
    QCOMPARE(
        Sql::scalar(db, QStringLiteral("SELECT count(*) FROM clue_steps WHERE clue_id = ?"), {clue})
            .toInt(),
        6);
    // Registration is the first step, dated the day the clue was received.
    QCOMPARE(Sql::scalar(db,
                         QStringLiteral("SELECT to_state || ' ' || step_date FROM clue_steps "
                                        "WHERE clue_id = ? AND from_state IS NULL"),
                         {clue})
                 .toString(),
             QStringLiteral("registered 2025-03-03"));
    QCOMPARE(Sql::scalar(db,
                         QStringLiteral("SELECT approved_by FROM clue_steps WHERE clue_id = ? "
                                        "AND to_state = 'talk_or_letter_inquiry'"),
                         {clue})
                 .toString(),
             QStringLiteral("王主任"));
    QCOMPARE(
        Sql::scalar(db, QStringLiteral("SELECT operator FROM clue_steps WHERE clue_id = ? LIMIT 1"),
                    {clue})
            .toString(),
        QStringLiteral("officer"));
    QCOMPARE(Sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'advance' "
                                        "AND entity_id = ?"),
                         {clue})
                 .toInt(),
             5);
    // The state is the workflow's alone, from the first step.
    QVERIFY_THROWS_EXCEPTION(
        ValidationError,
        repository.create(QStringLiteral("clues"),
                          {{QStringLiteral("number"), QStringLiteral("XS-9")},
                           {QStringLiteral("source"), QStringLiteral("other")},
                           {QStringLiteral("received_date"), QStringLiteral("2025-03-03")},
                           {QStringLiteral("state"), QStringLiteral("closed")},
                           {QStringLiteral("updated_date"), QStringLiteral("2025-03-03")}}));
    QVERIFY_THROWS_EXCEPTION(ValidationError, repository.update(QStringLiteral("clues"), clue,
                                                                {{QStringLiteral("state"),
                                                                  QStringLiteral("registered")}}));
}

void TestRepository::illegalClueSteps_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("message");
    QTest::newRow("skipping the proposal") << QStringList{"assigned"} << "preliminary_verification"
                                           << QDate(2025, 4, 1) << "cannot move";
    QTest::newRow("filing a case from an inquiry")
        << QStringList{"assigned", "disposition_proposed", "talk_or_letter_inquiry"} << "case_filed"
        << QDate(2025, 4, 1) << "cannot move";
    QTest::newRow("moving a closed clue")
        << QStringList{"assigned", "disposition_proposed", "closed"} << "assigned"
        << QDate(2025, 4, 1) << "cannot move";
    QTest::newRow("a step dated before the last")
        << QStringList{"assigned"} << "disposition_proposed" << QDate(2025, 3, 1)
        << "before the step before it";
    QTest::newRow("a step with no date")
        << QStringList{"assigned"} << "disposition_proposed" << QDate() << "needs its date";
}

void TestRepository::illegalClueSteps()
{
    QFETCH(QStringList, path);
    QFETCH(QString, next);
    QFETCH(QDate, date);
    QFETCH(QString, message);
    RecordRepository repository(*m_database);
    const qint64 clue = newClue(QStringLiteral("XS-2025-002"), QStringLiteral("2025-03-03"));
    QDate day(2025, 3, 10);
    for (const QString &state : path)
        repository.advanceClue(clue, state, day);
    const int steps = rowCount(QStringLiteral("clue_steps"));
    const int audit = rowCount(QStringLiteral("audit_log"));
    try {
        repository.advanceClue(clue, next, date);
        QFAIL("an illegal step was taken");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        // Said in words: no table, no column, no SQL.
        QVERIFY2(!error.message().contains(QRegularExpression(
                     QStringLiteral("\\b(%1|constraint|CHECK|UNIQUE|NOT NULL)\\b")
                         .arg(QStringLiteral("clues|clue_steps")))),
                 qPrintable(error.message()));
    }
    QCOMPARE(rowCount(QStringLiteral("clue_steps")), steps);
    QCOMPARE(rowCount(QStringLiteral("audit_log")), audit);
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT state FROM clues WHERE id = ?"), {clue})
                 .toString(),
             path.last());
}

void TestRepository::deletingKeepsRelatedRecordsConsistent()
{
    RecordRepository repository(*m_database);
    // A unit that still has cadres cannot go; a cadre takes their own records along.
    QVERIFY_THROWS_EXCEPTION(DataError, repository.remove(QStringLiteral("units"), m_unit));
    repository.create(QStringLiteral("talks"),
                      {{QStringLiteral("cadre_id"), m_cadre},
                       {QStringLiteral("kind"), QStringLiteral("reminder")},
                       {QStringLiteral("held_by"), QStringLiteral("party_committee")},
                       {QStringLiteral("talk_date"), QStringLiteral("2025-05-06")}});
    repository.remove(QStringLiteral("cadres"), m_cadre);
    QCOMPARE(rowCount(QStringLiteral("talks")), 0);
    QCOMPARE(rowCount(QStringLiteral("cadre_search")), 0);
    QCOMPARE(SchemaCatalog::brokenReferences(m_database->connection()), 0);
}

void TestRepository::nestedTransactionRollsBackAsAWhole()
{
    const int audit = rowCount(QStringLiteral("audit_log"));
    {
        Transaction outer(m_database->connection());
        newClue(QStringLiteral("XS-2025-050"), QStringLiteral("2025-05-05"));
        QCOMPARE(rowCount(QStringLiteral("clues")), 1);
        // No commit: the inner writes, committed as savepoints, go with the outer transaction.
    }
    QCOMPARE(rowCount(QStringLiteral("clues")), 0);
    QCOMPARE(rowCount(QStringLiteral("clue_steps")), 0);
    QCOMPARE(rowCount(QStringLiteral("audit_log")), audit);
    // And the connection is free for the next write.
    newClue(QStringLiteral("XS-2025-051"), QStringLiteral("2025-05-06"));
    QCOMPARE(rowCount(QStringLiteral("clues")), 1);
}

void TestRepository::implausibleInputIsAskedAbout_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<bool>("secondInCase"); // write the record once before asking about it
    QTest::addColumn<QString>("warning");   // empty: nothing to ask
    const QVariantMap talk{{QStringLiteral("kind"), QStringLiteral("reminder")},
                           {QStringLiteral("held_by"), QStringLiteral("discipline_commission")}};
    QVariantMap nextYear = talk;
    nextYear.insert(QStringLiteral("talk_date"), QStringLiteral("2027-03-02"));
    QVariantMap today = talk;
    today.insert(QStringLiteral("talk_date"), QStringLiteral("2026-12-02"));
    QTest::newRow("talk next year") << "talks" << nextYear << false << "after today";
    QTest::newRow("talk today") << "talks" << today << false << "";
    const QVariantMap deadline{{QStringLiteral("kind"), QStringLiteral("rectification_notice")},
                               {QStringLiteral("issued_date"), QStringLiteral("2026-11-20")},
                               {QStringLiteral("deadline"), QStringLiteral("2027-01-20")}};
    QTest::newRow("deadline ahead") << "notices" << deadline << false << "";
    const QVariantMap party{{QStringLiteral("system"), QStringLiteral("party")},
                            {QStringLiteral("kind"), QStringLiteral("warning")},
                            {QStringLiteral("effective_date"), QStringLiteral("2025-06-01")}};
    QTest::newRow("first party sanction") << "sanctions" << party << false << "";
    QTest::newRow("second party sanction in the case")
        << "sanctions" << party << true << "already has a party sanction in this case";
    QVariantMap government = party;
    government.insert(QStringLiteral("system"), QStringLiteral("government"));
    government.insert(QStringLiteral("kind"), QStringLiteral("demerit"));
    QTest::newRow("government beside party") << "sanctions" << government << false << "";
}

void TestRepository::implausibleInputIsAskedAbout()
{
    QFETCH(QString, table);
    QFETCH(QVariantMap, values);
    QFETCH(bool, secondInCase);
    QFETCH(QString, warning);
    values.insert(QStringLiteral("cadre_id"), m_cadre);
    if (table == QLatin1String("sanctions"))
        values.insert(QStringLiteral("case_id"), m_case);
    if (values.value(QStringLiteral("system")) == QLatin1String("government")) {
        // A party sanction in the same case is no reason to ask about a government one.
        QVariantMap first = values;
        first.insert(QStringLiteral("system"), QStringLiteral("party"));
        first.insert(QStringLiteral("kind"), QStringLiteral("warning"));
        RecordRepository(*m_database).create(table, first);
    }
    qint64 written = 0;
    if (secondInCase)
        written = RecordRepository(*m_database).create(table, values);
    const RecordChecks checks(m_database->connection());
    const QStringList found
        = checks.warnings(RecordKinds::kind(table), values, 0, QDate(2026, 12, 2));
    if (warning.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('|'))));
        return;
    }
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.constFirst().contains(warning), qPrintable(found.constFirst()));
    // The record itself, edited, is not its own second.
    if (written != 0)
        QVERIFY(checks.warnings(RecordKinds::kind(table), values, written, QDate(2026, 12, 2))
                    .isEmpty());
}

void TestRepository::implausibleClueStepsAreAskedAbout_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("approvedBy");
    QTest::addColumn<int>("warnings");
    QTest::newRow("inquiry approved")
        << "talk_or_letter_inquiry" << QDate(2026, 11, 30) << "王书记" << 0;
    QTest::newRow("inquiry without approval")
        << "talk_or_letter_inquiry" << QDate(2026, 11, 30) << "" << 1;
    QTest::newRow("closed without approval") << "closed" << QDate(2026, 11, 30) << " " << 1;
    QTest::newRow("assigned, no approval needed") << "assigned" << QDate(2026, 11, 30) << "" << 0;
    QTest::newRow("next year, unapproved")
        << "preliminary_verification" << QDate(2027, 1, 5) << "" << 2;
}

void TestRepository::implausibleClueStepsAreAskedAbout()
{
    QFETCH(QString, state);
    QFETCH(QDate, date);
    QFETCH(QString, approvedBy);
    QFETCH(int, warnings);
    const QStringList found = RecordChecks(m_database->connection())
                                  .clueStepWarnings(state, date, approvedBy, QDate(2026, 12, 2));
    QCOMPARE(found.size(), warnings);
    // Named in words, never by the state's key.
    for (const QString &text : found)
        QVERIFY2(!text.contains(state), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestRepository)
#include "test_repository.moc"
