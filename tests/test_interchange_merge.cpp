#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "interchange/interchangeexporter.h"
#include "interchange/interchangeimporter.h"
#include "records/recordrepository.h"
#include "spreadsheets/importreceipt.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// An interchange file into a database that holds dossiers already: the file of another office
// of the commission, merged the way a roster or a ledger comes in. Units are found by their
// place in the tree, cadres by identity number or name, records by what tells them apart; what
// is found is the same or updated, the rest new with this database's ids; a clue moves on
// along its workflow; anything that cannot be told apart is refused, naming the record.
class TestInterchangeMerge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void mergeFindsUnitsCadresAndRecords();
    void secondMergeChangesNothing();
    void dryRunWritesNothing();
    void mergeIsUndoneAsAWhole();
    void conflictsAreListedAndNothingIsWritten_data();
    void conflictsAreListedAndNothingIsWritten();
    void onlyAnAccountAllowedToImportMerges();

private:
    // The other office's database, exported to m_file.
    void makeOtherOffice();
    // This office's database at m_target: the same county, entered in its own order.
    void makeThisOffice();
    InterchangeSummary merge(const QString &account = QStringLiteral("officer"),
                             bool dryRun = false) const;
    std::unique_ptr<Database> openTarget(const QString &account = QStringLiteral("officer")) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    QString m_target;
};

namespace {

qint64 count(const Database &database, const QString &sql, const QVariantList &values = {})
{
    return Sql::scalar(database.connection(), sql, values).toLongLong();
}

QString value(const Database &database, const QString &sql, const QVariantList &values = {})
{
    return Sql::scalar(database.connection(), sql, values).toString();
}

QVariantMap clue(const char *number, const char *received)
{
    return RecordKinds::completeForCreate(
        QStringLiteral("clues"), {{QStringLiteral("number"), QString::fromUtf8(number)},
                                  {QStringLiteral("source"), QStringLiteral("petition")},
                                  {QStringLiteral("received_date"), QString::fromLatin1(received)},
                                  {QStringLiteral("summary"), QStringLiteral("反映违规收受礼金")}});
}

void advance(RecordRepository &repository, qint64 clueId, const QStringList &states, QDate day)
{
    for (const QString &state : states) {
        day = day.addDays(3);
        repository.advanceClue(clueId, state, day, QStringLiteral("李主任"));
    }
}

const QString zhang = QStringLiteral("张建国");

// The records and the trail's entries for records, to prove nothing was written: signing in
// and a refusal are audited, so the file's bytes change either way.
QStringList recordsOf(const Database &database)
{
    QStringList rows;
    for (const char *sql :
         {"SELECT count(*) FROM units",
          "SELECT group_concat(name || ':' || position, ',') FROM cadres",
          "SELECT count(*) FROM talks", "SELECT state || ':' || ifnull(disposition, '') FROM clues",
          "SELECT count(*) FROM clue_steps", "SELECT ifnull(outcome, '-') FROM clue_subjects",
          "SELECT count(*) FROM audit_log WHERE action IN ('create', 'update', 'delete', "
          "'advance', 'import')"})
        rows << value(database, QString::fromLatin1(sql));
    return rows;
}

} // namespace

void TestInterchangeMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    makeOtherOffice();
    makeThisOffice();
}

void TestInterchangeMerge::makeOtherOffice()
{
    auto database = TestDatabase::onDisk(*m_dir, QStringLiteral("other.db"));
    RecordRepository repository(*database);
    const qint64 county
        = TestDatabase::addUnit(*database, QStringLiteral("清河县"), QStringLiteral("county"));
    const qint64 town = TestDatabase::addUnit(*database, QStringLiteral("城关镇"),
                                              QStringLiteral("township"), county);
    const qint64 bureau = TestDatabase::addUnit(*database, QStringLiteral("县交通运输局"),
                                                QStringLiteral("department"), county);
    const qint64 chief
        = TestDatabase::addCadre(*database, zhang, town, QStringLiteral("党委书记"), true);
    repository.update(QStringLiteral("cadres"), chief,
                      {{QStringLiteral("id_number"), QStringLiteral("332522197205010014")},
                       {QStringLiteral("birth_date"), QStringLiteral("1972-05-01")}});
    const qint64 newcomer = TestDatabase::addCadre(*database, QStringLiteral("李晓梅"), bureau,
                                                   QStringLiteral("局长"));
    repository.create(QStringLiteral("talks"),
                      {{QStringLiteral("cadre_id"), chief},
                       {QStringLiteral("kind"), QStringLiteral("reminder")},
                       {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
                       {QStringLiteral("talk_date"), QStringLiteral("2026-03-02")},
                       {QStringLiteral("interviewer"), QStringLiteral("王干事")}});
    repository.create(QStringLiteral("talks"),
                      {{QStringLiteral("cadre_id"), newcomer},
                       {QStringLiteral("kind"), QStringLiteral("integrity")},
                       {QStringLiteral("held_by"), QStringLiteral("party_committee")},
                       {QStringLiteral("talk_date"), QStringLiteral("2026-04-01")}});
    // The clue both offices registered; this one has taken it on to a closed inquiry.
    const qint64 shared
        = repository.create(QStringLiteral("clues"), clue("XS-2026-007", "2026-02-01"));
    repository.link(QStringLiteral("clue_subjects"),
                    {{QStringLiteral("clue_id"), shared}, {QStringLiteral("cadre_id"), chief}});
    advance(repository, shared,
            {QStringLiteral("assigned"), QStringLiteral("disposition_proposed"),
             QStringLiteral("talk_or_letter_inquiry"), QStringLiteral("inquiry_replied")},
            QDate(2026, 2, 1));
    repository.advanceClue(shared, QStringLiteral("closed"), QDate(2026, 3, 20),
                           QStringLiteral("李主任"), {}, QStringLiteral("explanation_accepted"));
    m_file = m_dir->filePath(QStringLiteral("other.json"));
    InterchangeExporter(*database).exportToFile(m_file);
}

void TestInterchangeMerge::makeThisOffice()
{
    auto database = TestDatabase::onDisk(*m_dir, QStringLiteral("this.db"));
    m_target = database->path();
    RecordRepository repository(*database);
    // Units made in another order, so that the ids differ from the file's.
    const qint64 county
        = TestDatabase::addUnit(*database, QStringLiteral("清河县"), QStringLiteral("county"));
    const qint64 finance = TestDatabase::addUnit(*database, QStringLiteral("县财政局"),
                                                 QStringLiteral("department"), county);
    const qint64 town = TestDatabase::addUnit(*database, QStringLiteral("城关镇"),
                                              QStringLiteral("township"), county);
    TestDatabase::addCadre(*database, QStringLiteral("王五"), finance, QStringLiteral("局长"));
    // 张建国 as the roster had him before his appointment: same person, older post.
    const qint64 chief = TestDatabase::addCadre(*database, zhang, town, QStringLiteral("镇长"));
    repository.update(QStringLiteral("cadres"), chief,
                      {{QStringLiteral("id_number"), QStringLiteral("332522197205010014")},
                       {QStringLiteral("birth_date"), QStringLiteral("1972-05-01")}});
    const qint64 shared
        = repository.create(QStringLiteral("clues"), clue("XS-2026-007", "2026-02-01"));
    repository.link(QStringLiteral("clue_subjects"),
                    {{QStringLiteral("clue_id"), shared}, {QStringLiteral("cadre_id"), chief}});
    advance(repository, shared, {QStringLiteral("assigned")}, QDate(2026, 2, 1));
}

InterchangeSummary TestInterchangeMerge::merge(const QString &account, bool dryRun) const
{
    return InterchangeImporter::importFile(
        m_file, m_target,
        [account](Database &database) { TestDatabase::signIn(database, account); }, {}, dryRun);
}

std::unique_ptr<Database> TestInterchangeMerge::openTarget(const QString &account) const
{
    auto database = Database::open(m_target);
    TestDatabase::signIn(*database, account);
    return database;
}

void TestInterchangeMerge::mergeFindsUnitsCadresAndRecords()
{
    const InterchangeSummary summary = merge();
    QVERIFY(summary.merged);
    QVERIFY2(summary.merge.problems.isEmpty(), qPrintable(summary.merge.problems.join('\n')));

    auto database = openTarget();
    // 清河县 and 城关镇 were found by their place in the tree; the bureau is new.
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM units")), 4);
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM units WHERE name = '城关镇'")),
             1);
    // 张建国 was found by his identity number and took the file's post; 李晓梅 is new, 王五
    // untouched.
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM cadres")), 3);
    QCOMPARE(
        value(*database, QStringLiteral("SELECT position FROM cadres WHERE name = ?"), {zhang}),
        QStringLiteral("党委书记"));
    QCOMPARE(value(*database, QStringLiteral("SELECT u.name FROM cadres c JOIN units u ON "
                                             "u.id = c.unit_id WHERE c.name = '李晓梅'")),
             QStringLiteral("县交通运输局"));
    QCOMPARE(value(*database, QStringLiteral("SELECT position FROM cadres WHERE name = '王五'")),
             QStringLiteral("局长"));
    // The talks hang on this database's cadres.
    QCOMPARE(count(*database,
                   QStringLiteral("SELECT count(*) FROM talks t JOIN cadres c ON "
                                  "c.id = t.cadre_id WHERE c.name = ?"),
                   {zhang}),
             1);
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM talks")), 2);
    // The clue moved on from where it stood here, step by step, and its subject has the
    // outcome the other office recorded.
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM clues")), 1);
    QCOMPARE(value(*database, QStringLiteral("SELECT state FROM clues")), QStringLiteral("closed"));
    QCOMPARE(value(*database, QStringLiteral("SELECT disposition FROM clues")),
             QStringLiteral("talk_or_letter_inquiry"));
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM clue_steps")), 6);
    QCOMPARE(value(*database, QStringLiteral("SELECT outcome FROM clue_subjects")),
             QStringLiteral("explanation_accepted"));
    QCOMPARE(summary.merge.clueSteps, 4);

    const MergeCounts total = summary.merge.total();
    QCOMPARE(total.created, 1 + 1 + 2 + 4); // the bureau, 李晓梅, two talks, four steps
    QVERIFY(total.updated >= 1);            // 张建国's post
    QVERIFY(total.same >= 3);
    QVERIFY(summary.merge.tableCounts().contains(QLatin1String("cadres: 1 new, 1 updated")));

    // One entry per record written, and one for the merge naming the file's SHA-256.
    QCOMPARE(count(*database,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                                  "json_extract(after, '$.merged') = 1 AND "
                                  "json_extract(after, '$.file_sha256') = ?"),
                   {QString::fromLatin1(TestDatabase::fileHash(m_file))}),
             1);
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'create' AND entity = 'talks'")),
             2);
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'advance' AND entity = 'clues'")),
             1 + 4);
    // Searchable under this database's index at once.
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM cadres WHERE name = '李晓梅' "
                                             "AND pinyin_initials <> ''")),
             1);
}

void TestInterchangeMerge::secondMergeChangesNothing()
{
    merge();
    const auto written = [this] {
        return count(*openTarget(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action "
                                                   "IN ('create', 'update', 'delete', "
                                                   "'advance', 'import')"));
    };
    const qint64 entries = written();
    const InterchangeSummary again = merge();
    QVERIFY2(again.merge.problems.isEmpty(), qPrintable(again.merge.problems.join('\n')));
    QCOMPARE(again.merge.total().created, 0);
    QCOMPARE(again.merge.total().updated, 0);
    QVERIFY(again.merge.total().same > 0);
    QVERIFY(again.merge.receipt.isEmpty());
    // Only the merge itself is audited.
    QCOMPARE(written(), entries + 1);
}

void TestInterchangeMerge::dryRunWritesNothing()
{
    const QStringList before = recordsOf(*openTarget());
    const InterchangeSummary summary = merge(QStringLiteral("officer"), true);
    QVERIFY(summary.dryRun);
    QVERIFY(summary.merged);
    QCOMPARE(summary.merge.total().created, 8);
    QCOMPARE(recordsOf(*openTarget()), before);
}

void TestInterchangeMerge::mergeIsUndoneAsAWhole()
{
    const auto snapshot = [this] {
        auto database = openTarget();
        QStringList rows;
        for (const char *sql :
             {"SELECT count(*) FROM units", "SELECT count(*) FROM cadres",
              "SELECT group_concat(name || ':' || position, ',') FROM cadres",
              "SELECT count(*) FROM talks",
              "SELECT state || ':' || ifnull(disposition, '') FROM clues",
              "SELECT count(*) FROM clue_steps", "SELECT ifnull(outcome, '-') FROM clue_subjects"})
            rows << value(*database, QString::fromLatin1(sql));
        return rows;
    };
    const QStringList before = snapshot();
    const InterchangeSummary summary = merge();
    QVERIFY(snapshot() != before);
    auto database = openTarget();
    ImportUndo::undo(*database, summary.merge.receipt);
    database.reset();
    QCOMPARE(snapshot(), before);
}

void TestInterchangeMerge::conflictsAreListedAndNothingIsWritten_data()
{
    QTest::addColumn<QString>("conflict");
    QTest::addColumn<QString>("expected");
    // Here the clue went to preliminary verification; in the file to an inquiry.
    QTest::newRow("clue steps differ") << "clue"
                                       << "steps differ from this database's from step 4";
    // Two people here could be the file's 李晓梅: neither has an identity number or birth date.
    QTest::newRow("two cadres could be meant") << "namesakes"
                                               << "2 cadres of this database";
}

void TestInterchangeMerge::conflictsAreListedAndNothingIsWritten()
{
    QFETCH(QString, conflict);
    QFETCH(QString, expected);
    {
        auto database = openTarget();
        RecordRepository repository(*database);
        if (conflict == QLatin1String("clue")) {
            const qint64 clueId = count(*database, QStringLiteral("SELECT id FROM clues"));
            repository.advanceClue(clueId, QStringLiteral("disposition_proposed"),
                                   QDate(2026, 2, 7));
            repository.advanceClue(clueId, QStringLiteral("preliminary_verification"),
                                   QDate(2026, 2, 12), QStringLiteral("李主任"));
        } else {
            const qint64 bureau = TestDatabase::addUnit(
                *database, QStringLiteral("县交通运输局"), QStringLiteral("department"),
                count(*database, QStringLiteral("SELECT id FROM units "
                                                "WHERE name = '清河县'")));
            TestDatabase::addCadre(*database, QStringLiteral("李晓梅"), bureau);
            TestDatabase::addCadre(*database, QStringLiteral("李晓梅"), bureau,
                                   QStringLiteral("副局长"));
        }
    }
    const QStringList before = recordsOf(*openTarget());
    const InterchangeSummary trial = merge(QStringLiteral("officer"), true);
    QCOMPARE(trial.merge.problems.size(), 1);
    QVERIFY2(trial.merge.problems.first().contains(expected),
             qPrintable(trial.merge.problems.first()));
    try {
        merge();
        QFAIL("a merge with a conflict was applied");
    } catch (const MergeRefused &refused) {
        QCOMPARE(refused.problems(), trial.merge.problems);
        QVERIFY2(refused.message().contains(QLatin1String("nothing was imported")),
                 qPrintable(refused.message()));
    }
    QCOMPARE(recordsOf(*openTarget()), before);
}

void TestInterchangeMerge::onlyAnAccountAllowedToImportMerges()
{
    const QStringList before = recordsOf(*openTarget());
    for (const QString &account : {QStringLiteral("reviewer"), QStringLiteral("admin")}) {
        try {
            merge(account);
            QFAIL(qPrintable(account + QStringLiteral(" merged a file")));
        } catch (const DataError &error) {
            QVERIFY2(error.message().contains(QLatin1String("may not import")),
                     qPrintable(error.message()));
        }
    }
    QCOMPARE(recordsOf(*openTarget()), before);
}

QTEST_GUILESS_MAIN(TestInterchangeMerge)
#include "test_interchange_merge.moc"
