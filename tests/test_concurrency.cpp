#include "commands/recordcommand.h"
#include "commands/recordcommands.h"
#include "domain/dataerror.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

// Working together: two programs on one server database, each with its own connection, save
// the same record, take the same clue step, or edit a record of a cadre the other deletes. A
// save over someone else's newer change is refused with both versions; nothing is lost. On the
// single-PC file (one program at a time) the other program's change comes through the same
// connection, and the same checks hold.
class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theSameRecordSavedTwiceIsRefusedWithBothVersions();
    void aSaveWithoutAVersionStillWrites();
    void aChangedRecordIsNotRemoved();
    void aCadreDeletedWhileARecordOfTheirsIsEdited();
    void theSameClueStepTakenTwiceIsRefused();
    void anEditThroughTheUndoStackIsRefusedToo();
    void anUndoNeverOverwritesAColleaguesLaterChange();

private:
    qint64 count(const QString &statement, const QVariantList &values = {}) const;

    std::unique_ptr<Database> m_first;
    std::unique_ptr<Database> m_secondOwned;
    Database *m_second = nullptr; // the other program: its own connection on a server
    qint64 m_cadre = 0;
    qint64 m_talk = 0;
};

void TestConcurrency::init()
{
    if (TestDatabase::onServer()) {
        const ServerAddress address = TestDatabase::newServerDatabase();
        m_first = Database::openServer(address, Database::Mode::CreateOrOpen);
        TestDatabase::signIn(*m_first, QStringLiteral("officer"));
        m_secondOwned = Database::openServer(address);
        TestDatabase::signIn(*m_secondOwned, QStringLiteral("officer"));
        m_second = m_secondOwned.get();
    } else {
        m_first = TestDatabase::inMemory();
        m_second = m_first.get();
    }
    const qint64 unit = TestDatabase::addUnit(*m_first, QStringLiteral("县水利局"));
    m_cadre = TestDatabase::addCadre(*m_first, QStringLiteral("李明"), unit, QStringLiteral("局长"),
                                     true);
    m_talk = RecordRepository(*m_first).create(
        QStringLiteral("talks"),
        {{QStringLiteral("cadre_id"), m_cadre},
         {QStringLiteral("kind"), QStringLiteral("reminder")},
         {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
         {QStringLiteral("talk_date"), QStringLiteral("2026-03-02")},
         {QStringLiteral("summary"), QStringLiteral("初稿")}});
}

void TestConcurrency::cleanup()
{
    m_secondOwned.reset();
    m_first.reset();
    m_second = nullptr;
}

qint64 TestConcurrency::count(const QString &statement, const QVariantList &values) const
{
    return Sql::scalar(m_first->connection(), statement, values).toLongLong();
}

void TestConcurrency::theSameRecordSavedTwiceIsRefusedWithBothVersions()
{
    RecordRepository first(*m_first);
    RecordRepository second(*m_second);
    const QString seenByFirst
        = RecordRepository::version(first.load(QStringLiteral("talks"), m_talk));
    const QString seenBySecond
        = RecordRepository::version(second.load(QStringLiteral("talks"), m_talk));
    QCOMPARE(seenByFirst, seenBySecond);
    const qint64 entries = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    first.update(QStringLiteral("talks"), m_talk,
                 {{QStringLiteral("summary"), QStringLiteral("甲的记录")}}, seenByFirst);
    try {
        second.update(QStringLiteral("talks"), m_talk,
                      {{QStringLiteral("summary"), QStringLiteral("乙的记录")}}, seenBySecond);
        QFAIL("the second save overwrote the first");
    } catch (const ConflictError &conflict) {
        QCOMPARE(conflict.table(), QStringLiteral("talks"));
        QCOMPARE(conflict.id(), m_talk);
        QCOMPARE(conflict.mine().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("乙的记录"));
        QCOMPARE(conflict.theirs().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("甲的记录"));
        QCOMPARE(conflict.changedBy(), QStringLiteral("officer"));
        QVERIFY(!conflict.changedAt().isEmpty());
        QVERIFY2(conflict.message().contains(QLatin1String("compare the two versions")),
                 qPrintable(conflict.message()));
        QVERIFY(!conflict.message().contains(QLatin1String("talks")));
    }
    // The first save stands, with one entry in the trail; the refused one left none.
    QCOMPARE(RecordRepository(*m_first)
                 .load(QStringLiteral("talks"), m_talk)
                 .value(QStringLiteral("summary")),
             QVariant(QStringLiteral("甲的记录")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), entries + 1);
    // Saved again from what is there now, it goes through.
    const QString current = RecordRepository::version(second.load(QStringLiteral("talks"), m_talk));
    second.update(QStringLiteral("talks"), m_talk,
                  {{QStringLiteral("summary"), QStringLiteral("甲乙合并")}}, current);
    QCOMPARE(first.load(QStringLiteral("talks"), m_talk).value(QStringLiteral("summary")),
             QVariant(QStringLiteral("甲乙合并")));
}

void TestConcurrency::aSaveWithoutAVersionStillWrites()
{
    RecordRepository(*m_first).update(QStringLiteral("talks"), m_talk,
                                      {{QStringLiteral("summary"), QStringLiteral("甲")}});
    RecordRepository(*m_second).update(QStringLiteral("talks"), m_talk,
                                       {{QStringLiteral("summary"), QStringLiteral("乙")}});
    QCOMPARE(RecordRepository(*m_first)
                 .load(QStringLiteral("talks"), m_talk)
                 .value(QStringLiteral("summary")),
             QVariant(QStringLiteral("乙")));
}

void TestConcurrency::aChangedRecordIsNotRemoved()
{
    RecordRepository first(*m_first);
    const QString seen = RecordRepository::version(first.load(QStringLiteral("talks"), m_talk));
    RecordRepository(*m_second).update(QStringLiteral("talks"), m_talk,
                                       {{QStringLiteral("summary"), QStringLiteral("补充")}});
    QVERIFY_THROWS_EXCEPTION(ConflictError, first.remove(QStringLiteral("talks"), m_talk, seen));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM talks WHERE id = ?"), {m_talk}), 1);
}

void TestConcurrency::aCadreDeletedWhileARecordOfTheirsIsEdited()
{
    RecordRepository first(*m_first);
    const QString seen = RecordRepository::version(first.load(QStringLiteral("talks"), m_talk));
    RecordRepository(*m_second).remove(QStringLiteral("cadres"), m_cadre);
    try {
        first.update(QStringLiteral("talks"), m_talk,
                     {{QStringLiteral("summary"), QStringLiteral("迟到的修改")}}, seen);
        QFAIL("a record of a deleted cadre was saved");
    } catch (const ConflictError &conflict) {
        QVERIFY(conflict.theirs().isEmpty());
        QCOMPARE(conflict.mine().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("迟到的修改"));
        QVERIFY2(conflict.message().contains(QLatin1String("was deleted by officer")),
                 qPrintable(conflict.message()));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM talks")), 0);
}

void TestConcurrency::theSameClueStepTakenTwiceIsRefused()
{
    RecordRepository first(*m_first);
    const qint64 clue = first.create(
        QStringLiteral("clues"), {{QStringLiteral("number"), QStringLiteral("XF-2026-7")},
                                  {QStringLiteral("source"), QStringLiteral("petition")},
                                  {QStringLiteral("received_date"), QStringLiteral("2026-03-01")},
                                  {QStringLiteral("updated_date"), QStringLiteral("2026-03-01")}});
    // Both saw it registered; both assign it.
    first.advanceClue(clue, QStringLiteral("assigned"), QDate(2026, 3, 2), QStringLiteral("书记"),
                      {}, {}, 0, QStringLiteral("registered"));
    try {
        RecordRepository(*m_second).advanceClue(clue, QStringLiteral("assigned"), QDate(2026, 3, 2),
                                                QStringLiteral("书记"), {}, {}, 0,
                                                QStringLiteral("registered"));
        QFAIL("the step was taken twice");
    } catch (const ConflictError &conflict) {
        QVERIFY2(conflict.message().contains(QLatin1String("a moment ago")),
                 qPrintable(conflict.message()));
    }
    // A step that would be allowed from the new state is refused as well: it was not the one
    // its taker chose from what they saw.
    first.advanceClue(clue, QStringLiteral("disposition_proposed"), QDate(2026, 3, 5), {}, {}, {},
                      0, QStringLiteral("assigned"));
    first.advanceClue(clue, QStringLiteral("talk_or_letter_inquiry"), QDate(2026, 3, 6),
                      QStringLiteral("书记"), {}, {}, 0, QStringLiteral("disposition_proposed"));
    QVERIFY_THROWS_EXCEPTION(ConflictError, RecordRepository(*m_second).advanceClue(
                                                clue, QStringLiteral("preliminary_verification"),
                                                QDate(2026, 3, 6), QStringLiteral("书记"), {}, {},
                                                0, QStringLiteral("disposition_proposed")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM clue_steps WHERE clue_id = ? AND "
                                  "to_state = 'assigned'"),
                   {clue}),
             1);
    QCOMPARE(Sql::scalar(m_first->connection(),
                         QStringLiteral("SELECT state FROM clues WHERE id = ?"), {clue})
                 .toString(),
             QStringLiteral("talk_or_letter_inquiry"));
}

void TestConcurrency::anEditThroughTheUndoStackIsRefusedToo()
{
    QUndoStack firstStack;
    QUndoStack secondStack;
    const QString seen = RecordRepository::version(
        RecordRepository(*m_first).load(QStringLiteral("talks"), m_talk));
    RecordCommands::update(&secondStack, *m_second, QStringLiteral("talks"), m_talk,
                           {{QStringLiteral("summary"), QStringLiteral("乙先保存")}}, {}, seen);
    QVERIFY_THROWS_EXCEPTION(
        ConflictError, RecordCommands::update(
                           &firstStack, *m_first, QStringLiteral("talks"), m_talk,
                           {{QStringLiteral("summary"), QStringLiteral("甲后保存")}}, {}, seen));
    QCOMPARE(firstStack.count(), 0);
    QCOMPARE(secondStack.count(), 1);
    QVERIFY_THROWS_EXCEPTION(
        ConflictError,
        RecordCommands::remove(&firstStack, *m_first, QStringLiteral("talks"), m_talk, seen));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM talks")), 1);
}

void TestConcurrency::anUndoNeverOverwritesAColleaguesLaterChange()
{
    const auto summary = [this] {
        return RecordRepository(*m_first)
            .load(QStringLiteral("talks"), m_talk)
            .value(QStringLiteral("summary"))
            .toString();
    };
    QSignalSpy refused(&CommandRefusals::instance(), &CommandRefusals::refused);
    // Alone, an undo and a redo put the record back and forth.
    QUndoStack mine;
    RecordCommands::update(&mine, *m_first, QStringLiteral("talks"), m_talk,
                           {{QStringLiteral("summary"), QStringLiteral("我的修改")}});
    mine.undo();
    QCOMPARE(summary(), QStringLiteral("初稿"));
    mine.redo();
    QCOMPARE(summary(), QStringLiteral("我的修改"));
    QCOMPARE(refused.count(), 0);

    // A colleague saves after me: my undo would overwrite her change, and is refused, said.
    RecordRepository(*m_second).update(
        QStringLiteral("talks"), m_talk,
        {{QStringLiteral("summary"), QStringLiteral("同事随后的修改")}});
    mine.undo();
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(QLatin1String("not undone")),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(summary(), QStringLiteral("同事随后的修改"));
    QVERIFY(!mine.canUndo());

    // Nor does a redo overwrite a change made after the undo.
    QUndoStack again;
    RecordCommands::update(&again, *m_first, QStringLiteral("talks"), m_talk,
                           {{QStringLiteral("summary"), QStringLiteral("再改一次")}});
    again.undo();
    RecordRepository(*m_second).update(
        QStringLiteral("talks"), m_talk,
        {{QStringLiteral("summary"), QStringLiteral("同事在撤销后修改")}});
    again.redo();
    QCOMPARE(refused.count(), 2);
    QCOMPARE(summary(), QStringLiteral("同事在撤销后修改"));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "test_concurrency.moc"
