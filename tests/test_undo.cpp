#include "commands/recordcommands.h"
#include "domain/dataerror.h"
#include "records/recordrepository.h"
#include "records/recordsnapshot.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

// Every undoable edit goes through the repository: redo, undo and redo again must leave the
// database exactly as it was at each step, and each step must leave its audit entry.
class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createUndoRedo();
    void createWithSubjectLink();
    void updateUndoRedo();
    void updateCadreRestoresDerivedFields();
    void unchangedUpdatePushesNothing();
    void deleteRestoresWhatTheDeleteTookAlong();
    void advanceClueUndoRedo();
    void closingStepRestoresOutcomes();
    void refusedEditPushesNothing();
    void reportWithItemsUndoRedo();
    void checklistChangesUndoRedo();
    void refusedItemLeavesNothingHalfWritten();

private:
    using Dump = QList<QVariantMap>;
    Dump dump(const QString &table) const;
    int auditEntries() const;
    QString lastAuditAction() const;
    qint64 addClue(const QString &number);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<QUndoStack> m_stack;
    qint64 m_unit = 0;
    qint64 m_cadre = 0;
};

void TestUndo::init()
{
    m_database = TestDatabase::inMemory();
    m_stack = std::make_unique<QUndoStack>();
    m_unit = TestDatabase::addUnit(*m_database, QStringLiteral("清河县水利局"));
    m_cadre = TestDatabase::addCadre(*m_database, QStringLiteral("张建国"), m_unit,
                                     QStringLiteral("局长"), true);
}

void TestUndo::cleanup()
{
    m_stack.reset();
    m_database.reset();
}

TestUndo::Dump TestUndo::dump(const QString &table) const
{
    QSqlQuery query = Sql::run(m_database->connection(),
                               QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
    Dump rows;
    while (query.next()) {
        QVariantMap row;
        for (int i = 0; i < query.record().count(); ++i)
            row.insert(query.record().fieldName(i), query.value(i));
        rows << row;
    }
    return rows;
}

int TestUndo::auditEntries() const
{
    return Sql::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))
        .toInt();
}

QString TestUndo::lastAuditAction() const
{
    return Sql::scalar(m_database->connection(),
                       QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"))
        .toString();
}

qint64 TestUndo::addClue(const QString &number)
{
    RecordRepository repository(*m_database);
    const qint64 clue = repository.create(QStringLiteral("clues"),
                                          {{QStringLiteral("number"), number},
                                           {QStringLiteral("source"), QStringLiteral("petition")},
                                           {QStringLiteral("received_date"), "2025-03-01"},
                                           {QStringLiteral("updated_date"), "2025-03-01"}});
    repository.link(QStringLiteral("clue_subjects"),
                    {{QStringLiteral("clue_id"), clue}, {QStringLiteral("cadre_id"), m_cadre}});
    return clue;
}

void TestUndo::createUndoRedo()
{
    const int audited = auditEntries();
    const qint64 id = RecordCommands::create(
        m_stack.get(), *m_database, QStringLiteral("talks"),
        {{QStringLiteral("cadre_id"), m_cadre},
         {QStringLiteral("kind"), QStringLiteral("reminder")},
         {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
         {QStringLiteral("talk_date"), QStringLiteral("2025-04-02")},
         {QStringLiteral("interviewer"), QStringLiteral("李明")}});
    QVERIFY(id > 0);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(auditEntries(), audited + 1);
    const Dump created = dump(QStringLiteral("talks"));
    QCOMPARE(created.size(), 1);

    m_stack->undo();
    QVERIFY(dump(QStringLiteral("talks")).isEmpty());
    QCOMPARE(auditEntries(), audited + 2);
    QCOMPARE(lastAuditAction(), QStringLiteral("delete"));

    m_stack->redo();
    QCOMPARE(dump(QStringLiteral("talks")), created);
    QCOMPARE(auditEntries(), audited + 3);
    QCOMPARE(lastAuditAction(), QStringLiteral("restore"));

    m_stack->undo();
    QVERIFY(dump(QStringLiteral("talks")).isEmpty());
    QCOMPARE(auditEntries(), audited + 4);
}

void TestUndo::createWithSubjectLink()
{
    const qint64 clue
        = RecordCommands::create(m_stack.get(), *m_database, QStringLiteral("clues"),
                                 {{QStringLiteral("number"), QStringLiteral("XS-2025-007")},
                                  {QStringLiteral("source"), QStringLiteral("petition")},
                                  {QStringLiteral("received_date"), QStringLiteral("2025-05-06")},
                                  {QStringLiteral("updated_date"), QStringLiteral("2025-05-06")}},
                                 {{QStringLiteral("clue_subjects"),
                                   QStringLiteral("clue_id"),
                                   {{QStringLiteral("cadre_id"), m_cadre}}}});
    const Dump clues = dump(QStringLiteral("clues"));
    const Dump subjects = dump(QStringLiteral("clue_subjects"));
    QCOMPARE(subjects.size(), 1);
    QCOMPARE(subjects.first().value(QStringLiteral("clue_id")).toLongLong(), clue);

    m_stack->undo();
    QVERIFY(dump(QStringLiteral("clues")).isEmpty());
    QVERIFY(dump(QStringLiteral("clue_subjects")).isEmpty());
    m_stack->redo();
    QCOMPARE(dump(QStringLiteral("clues")), clues);
    QCOMPARE(dump(QStringLiteral("clue_subjects")), subjects);
}

void TestUndo::updateUndoRedo()
{
    const qint64 id = RecordRepository(*m_database)
                          .create(QStringLiteral("talks"),
                                  {{QStringLiteral("cadre_id"), m_cadre},
                                   {QStringLiteral("kind"), QStringLiteral("integrity")},
                                   {QStringLiteral("held_by"), QStringLiteral("party_committee")},
                                   {QStringLiteral("talk_date"), QStringLiteral("2025-01-10")}});
    const Dump before = dump(QStringLiteral("talks"));
    const int audited = auditEntries();
    RecordCommands::update(m_stack.get(), *m_database, QStringLiteral("talks"), id,
                           {{QStringLiteral("talk_date"), QStringLiteral("2025-01-12")},
                            {QStringLiteral("summary"), QStringLiteral("谈话内容")}});
    const Dump after = dump(QStringLiteral("talks"));
    QCOMPARE(after.first().value(QStringLiteral("talk_date")).toString(),
             QStringLiteral("2025-01-12"));
    QCOMPARE(auditEntries(), audited + 1);
    QCOMPARE(lastAuditAction(), QStringLiteral("update"));

    m_stack->undo();
    QCOMPARE(dump(QStringLiteral("talks")), before);
    QCOMPARE(auditEntries(), audited + 2);
    m_stack->redo();
    QCOMPARE(dump(QStringLiteral("talks")), after);
    QCOMPARE(auditEntries(), audited + 3);
}

void TestUndo::updateCadreRestoresDerivedFields()
{
    const Dump before = dump(QStringLiteral("cadres"));
    QTest::qWait(5); // a later updated_at, so that a sloppy undo would show
    RecordCommands::update(m_stack.get(), *m_database, QStringLiteral("cadres"), m_cadre,
                           {{QStringLiteral("name"), QStringLiteral("曾志伟")}});
    const Dump after = dump(QStringLiteral("cadres"));
    QVERIFY(after.first().value(QStringLiteral("pinyin_initials")).toString().contains("zzw"));
    m_stack->undo();
    QCOMPARE(dump(QStringLiteral("cadres")), before);
    m_stack->redo();
    QCOMPARE(dump(QStringLiteral("cadres")), after);
}

void TestUndo::unchangedUpdatePushesNothing()
{
    const int audited = auditEntries();
    RecordCommands::update(m_stack.get(), *m_database, QStringLiteral("cadres"), m_cadre,
                           {{QStringLiteral("name"), QStringLiteral("张建国")}});
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(auditEntries(), audited);
}

void TestUndo::deleteRestoresWhatTheDeleteTookAlong()
{
    const qint64 clue = addClue(QStringLiteral("XS-2025-001"));
    RecordRepository repository(*m_database);
    repository.advanceClue(clue, QStringLiteral("assigned"), QDate(2025, 3, 3));
    const qint64 talk = repository.create(
        QStringLiteral("talks"), {{QStringLiteral("cadre_id"), m_cadre},
                                  {QStringLiteral("kind"), QStringLiteral("reminder")},
                                  {QStringLiteral("held_by"), QStringLiteral("party_committee")},
                                  {QStringLiteral("talk_date"), QStringLiteral("2025-03-20")},
                                  {QStringLiteral("clue_id"), clue}});
    Q_UNUSED(talk);
    const QStringList tables{QStringLiteral("clues"), QStringLiteral("clue_subjects"),
                             QStringLiteral("clue_steps"), QStringLiteral("talks")};
    QMap<QString, Dump> before;
    for (const QString &table : tables)
        before.insert(table, dump(table));
    const int audited = auditEntries();

    RecordCommands::remove(m_stack.get(), *m_database, QStringLiteral("clues"), clue);
    QVERIFY(dump(QStringLiteral("clues")).isEmpty());
    QVERIFY(dump(QStringLiteral("clue_steps")).isEmpty());
    QVERIFY(dump(QStringLiteral("talks")).first().value(QStringLiteral("clue_id")).isNull());
    QCOMPARE(auditEntries(), audited + 1);

    m_stack->undo();
    for (const QString &table : tables)
        QCOMPARE(dump(table), before.value(table));
    QVERIFY(auditEntries() > audited + 1);
    QCOMPARE(lastAuditAction(), QStringLiteral("restore"));

    m_stack->redo();
    QVERIFY(dump(QStringLiteral("clues")).isEmpty());
    m_stack->undo();
    for (const QString &table : tables)
        QCOMPARE(dump(table), before.value(table));
}

void TestUndo::advanceClueUndoRedo()
{
    const qint64 clue = addClue(QStringLiteral("XS-2025-002"));
    RecordRepository repository(*m_database);
    repository.advanceClue(clue, QStringLiteral("assigned"), QDate(2025, 3, 3));
    repository.advanceClue(clue, QStringLiteral("disposition_proposed"), QDate(2025, 3, 10));
    const Dump clueBefore = dump(QStringLiteral("clues"));
    const Dump stepsBefore = dump(QStringLiteral("clue_steps"));
    const int audited = auditEntries();

    ClueStep step;
    step.clueId = clue;
    step.toState = QStringLiteral("talk_or_letter_inquiry");
    step.date = QDate(2025, 3, 15);
    step.approvedBy = QStringLiteral("王书记");
    step.note = QStringLiteral("函询");
    const qint64 stepId = RecordCommands::advanceClue(m_stack.get(), *m_database, step);
    QVERIFY(stepId > 0);
    const Dump clueAfter = dump(QStringLiteral("clues"));
    const Dump stepsAfter = dump(QStringLiteral("clue_steps"));
    QCOMPARE(clueAfter.first().value(QStringLiteral("state")).toString(),
             QStringLiteral("talk_or_letter_inquiry"));
    QCOMPARE(clueAfter.first().value(QStringLiteral("disposition")).toString(),
             QStringLiteral("talk_or_letter_inquiry"));
    QCOMPARE(stepsAfter.last().value(QStringLiteral("operator")).toString(),
             QStringLiteral("officer"));
    QCOMPARE(auditEntries(), audited + 1);

    m_stack->undo();
    QCOMPARE(dump(QStringLiteral("clues")), clueBefore);
    QCOMPARE(dump(QStringLiteral("clue_steps")), stepsBefore);
    QCOMPARE(auditEntries(), audited + 2);
    QCOMPARE(lastAuditAction(), QStringLiteral("retract"));

    m_stack->redo();
    QCOMPARE(dump(QStringLiteral("clues")), clueAfter);
    QCOMPARE(dump(QStringLiteral("clue_steps")), stepsAfter);
    QCOMPARE(auditEntries(), audited + 3);
    QCOMPARE(lastAuditAction(), QStringLiteral("advance"));
}

void TestUndo::closingStepRestoresOutcomes()
{
    const qint64 clue = addClue(QStringLiteral("XS-2025-003"));
    RecordRepository repository(*m_database);
    repository.advanceClue(clue, QStringLiteral("assigned"), QDate(2025, 3, 3));
    repository.advanceClue(clue, QStringLiteral("disposition_proposed"), QDate(2025, 3, 10));
    const Dump subjectsBefore = dump(QStringLiteral("clue_subjects"));
    ClueStep step{clue, QStringLiteral("closed"), QDate(2025, 3, 20), {},
                  {},   QStringLiteral("untrue")};
    RecordCommands::advanceClue(m_stack.get(), *m_database, step);
    QCOMPARE(dump(QStringLiteral("clue_subjects")).first().value(QStringLiteral("outcome")),
             QVariant(QStringLiteral("untrue")));
    m_stack->undo();
    QCOMPARE(dump(QStringLiteral("clue_subjects")), subjectsBefore);
    QCOMPARE(dump(QStringLiteral("clues")).first().value(QStringLiteral("state")).toString(),
             QStringLiteral("disposition_proposed"));
}

void TestUndo::refusedEditPushesNothing()
{
    const int audited = auditEntries();
    const qint64 clue = addClue(QStringLiteral("XS-2025-004"));
    ClueStep illegal;
    illegal.clueId = clue;
    illegal.toState = QStringLiteral("closed"); // a registered clue is assigned first
    illegal.date = QDate(2025, 3, 20);
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             RecordCommands::advanceClue(m_stack.get(), *m_database, illegal));
    QVERIFY_THROWS_EXCEPTION(
        DataError, RecordCommands::create(m_stack.get(), *m_database, QStringLiteral("talks"),
                                          {{QStringLiteral("cadre_id"), m_cadre},
                                           {QStringLiteral("kind"), QStringLiteral("bogus")},
                                           {QStringLiteral("held_by"), "party_committee"},
                                           {QStringLiteral("talk_date"), "2025-03-20"}}));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(auditEntries(), audited + 2); // the clue and its link only
}

void TestUndo::reportWithItemsUndoRedo()
{
    const RecordDetails items{QStringLiteral("personal_matters_items"),
                              QStringLiteral("report_id"),
                              QStringLiteral("item"),
                              {{{QStringLiteral("item"), 1},
                                {QStringLiteral("reported"), 1},
                                {QStringLiteral("content"), QStringLiteral("已婚")}},
                               {{QStringLiteral("item"), 11},
                                {QStringLiteral("reported"), 1},
                                {QStringLiteral("content"), QStringLiteral("住房一套")}}}};
    const int audit = auditEntries();
    const qint64 report = RecordCommands::create(
        m_stack.get(), *m_database, QStringLiteral("personal_matters_reports"),
        {{QStringLiteral("cadre_id"), m_cadre},
         {QStringLiteral("year"), 2025},
         {QStringLiteral("submitted_date"), QStringLiteral("2026-01-20")}},
        {}, items);
    QCOMPARE(dump(QStringLiteral("personal_matters_items")).size(), 2);
    QCOMPARE(auditEntries(), audit + 3); // the report and its two items
    const Dump created = dump(QStringLiteral("personal_matters_items"));

    // Changing one item and dropping the other is one undoable edit.
    RecordDetails changed = items;
    changed.rows = {{{QStringLiteral("item"), 11},
                     {QStringLiteral("reported"), 1},
                     {QStringLiteral("content"), QStringLiteral("住房两套")}}};
    RecordCommands::update(m_stack.get(), *m_database, QStringLiteral("personal_matters_reports"),
                           report, {}, changed);
    const Dump edited = dump(QStringLiteral("personal_matters_items"));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().value(QStringLiteral("content")).toString(),
             QStringLiteral("住房两套"));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(dump(QStringLiteral("personal_matters_items")), created);
    m_stack->redo();
    QCOMPARE(dump(QStringLiteral("personal_matters_items")), edited);
    m_stack->undo();
    m_stack->undo();
    QVERIFY(dump(QStringLiteral("personal_matters_items")).isEmpty());
    QVERIFY(dump(QStringLiteral("personal_matters_reports")).isEmpty());
    m_stack->redo();
    QCOMPARE(dump(QStringLiteral("personal_matters_items")), created);

    // The same rows again change nothing and push nothing.
    m_stack->redo();
    const int steps = m_stack->count();
    RecordCommands::update(m_stack.get(), *m_database, QStringLiteral("personal_matters_reports"),
                           report, {}, changed);
    QCOMPARE(m_stack->count(), steps);
}

void TestUndo::checklistChangesUndoRedo()
{
    const qint64 inspection
        = RecordRepository(*m_database)
              .create(QStringLiteral("inspections"),
                      {{QStringLiteral("unit_id"), m_unit},
                       {QStringLiteral("kind"), QStringLiteral("fixed_week")},
                       {QStringLiteral("start_date"), QStringLiteral("2026-10-26")}});
    RecordDetails checklist{QStringLiteral("inspection_items"),
                            QStringLiteral("inspection_id"),
                            QStringLiteral("item"),
                            {{{QStringLiteral("item"), QStringLiteral("dual_duty")},
                              {QStringLiteral("result"), QStringLiteral("satisfactory")},
                              {QStringLiteral("remark"), QString()}}}};
    RecordCommands::update(m_stack.get(), *m_database, QStringLiteral("inspections"), inspection,
                           {}, checklist);
    QCOMPARE(dump(QStringLiteral("inspection_items")).size(), 1);
    checklist.rows.first().insert(QStringLiteral("result"), QStringLiteral("problems_found"));
    checklist.rows.append({{QStringLiteral("item"), QStringLiteral("major_decisions")},
                           {QStringLiteral("result"), QStringLiteral("satisfactory")},
                           {QStringLiteral("remark"), QStringLiteral("抽查三项决策")}});
    const Dump before = dump(QStringLiteral("inspection_items"));
    RecordCommands::update(m_stack.get(), *m_database, QStringLiteral("inspections"), inspection,
                           {}, checklist);
    const Dump after = dump(QStringLiteral("inspection_items"));
    QCOMPARE(after.size(), 2);
    // The changed item kept its row: only its result changed.
    QCOMPARE(after.first().value(QStringLiteral("id")), before.first().value(QStringLiteral("id")));
    QCOMPARE(after.first().value(QStringLiteral("result")).toString(),
             QStringLiteral("problems_found"));
    m_stack->undo();
    QCOMPARE(dump(QStringLiteral("inspection_items")), before);
    m_stack->redo();
    QCOMPARE(dump(QStringLiteral("inspection_items")).size(), 2);
}

void TestUndo::refusedItemLeavesNothingHalfWritten()
{
    const int audit = auditEntries();
    const RecordDetails items{QStringLiteral("personal_matters_items"),
                              QStringLiteral("report_id"),
                              QStringLiteral("item"),
                              {{{QStringLiteral("item"), 1}, {QStringLiteral("reported"), 1}},
                               {{QStringLiteral("item"), 15}, {QStringLiteral("reported"), 1}}}};
    QVERIFY_THROWS_EXCEPTION(
        DataError, RecordCommands::create(
                       m_stack.get(), *m_database, QStringLiteral("personal_matters_reports"),
                       {{QStringLiteral("cadre_id"), m_cadre},
                        {QStringLiteral("year"), 2025},
                        {QStringLiteral("submitted_date"), QStringLiteral("2026-01-20")}},
                       {}, items));
    // Item 15 does not exist: neither the report nor item 1 was written, nor audited.
    QVERIFY(dump(QStringLiteral("personal_matters_reports")).isEmpty());
    QVERIFY(dump(QStringLiteral("personal_matters_items")).isEmpty());
    QCOMPARE(auditEntries(), audit);
    QCOMPARE(m_stack->count(), 0);
}

QTEST_GUILESS_MAIN(TestUndo)
#include "test_undo.moc"
