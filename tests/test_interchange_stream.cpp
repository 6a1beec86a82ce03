#include "backup/integritycheck.h"
#include "domain/dataerror.h"
#include "domain/tables.h"
#include "interchange/interchangeexporter.h"
#include "interchange/interchangeimporter.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// The interchange file is read and written a piece at a time: tables in another order than
// the program writes them still come in whole, a record larger than a piece of the reading
// comes in intact, the import tells how far it has come, and a file cut off anywhere is
// refused with the database unchanged.
class TestInterchangeStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tablesInAnyOrderComeInAlike();
    void largeRecordsCrossThePiecesOfTheReading();
    void cutOffAnywhereChangesNothing_data();
    void cutOffAnywhereChangesNothing();
    void changesAreCountedAsEveryRowWere();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_file;
    QByteArray m_content; // the attachment's, larger than a piece of the reading
};

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Exports the database at `path` again, signed in as the case officer.
QByteArray exportAgain(const QTemporaryDir &dir, const QString &path)
{
    auto database = Database::open(path);
    TestDatabase::signIn(*database, QStringLiteral("officer"));
    const QString again = dir.filePath(QStringLiteral("again.json"));
    InterchangeExporter(*database).exportToFile(again);
    return fileBytes(again);
}

} // namespace

void TestInterchangeStream::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto database = TestDatabase::onDisk(m_dir, QStringLiteral("source.db"));
    const QSqlDatabase db = database->connection();
    const auto run = [&db](const char *sql, const QVariantList &values = {}) {
        Sql::run(db, QString::fromUtf8(sql), values);
    };
    run("INSERT OR REPLACE INTO settings (key, value) VALUES ('commission_name', '某县纪委监委')");
    // Unit 3's parent comes after it: references may point forward.
    run("INSERT INTO units VALUES (1, '县纪委监委', 'county', NULL, NULL, 0, NULL)");
    run("INSERT INTO units VALUES (4, '城关镇', 'township', 1, 1, 2, NULL)");
    run("INSERT INTO units VALUES (3, '城关镇派驻纪检监察组', 'stationed_group', 4, 1, 1, NULL)");
    const char *cadre = "INSERT INTO cadres (id, dossier_number, name, gender, unit_id, "
                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    const QString created = QStringLiteral("2024-01-05T08:30:00Z");
    run(cadre, {1, "LZ-0001", "张建国", "male", 4, created, created});
    run(cadre, {2, "LZ-0002", "曾小红", "female", 3, created, created});
    run("INSERT INTO talks VALUES (1, 2, 'reminder', 'discipline_commission', '2024-02-01', "
        "'王干事', '提醒', '', NULL)");
    run("INSERT INTO warning_education_events VALUES (1, 4, 'warning_meeting', '2024-05-01', "
        "'警示教育大会', '礼堂')");
    run("INSERT INTO warning_education_attendance VALUES (1, 1)");
    run("INSERT INTO warning_education_attendance VALUES (1, 2)");
    // Three megabytes: its text in the file spans several pieces of the reading.
    QRandomGenerator random(18);
    m_content.resize(3 << 20);
    random.fillRange(reinterpret_cast<quint32 *>(m_content.data()), m_content.size() / 4);
    run("INSERT INTO attachments VALUES (1, 1, 'talks', 1, '谈话记录.pdf', 'application/pdf', ?, "
        "?, ?, '2024-02-02T08:00:00Z')",
        {QString::fromLatin1(
             QCryptographicHash::hash(m_content, QCryptographicHash::Sha256).toHex()),
         qint64(m_content.size()), m_content});
    m_path = m_dir.filePath(QStringLiteral("source.json"));
    InterchangeExporter(*database).exportToFile(m_path);
    m_file = fileBytes(m_path);
    QVERIFY(m_file.size() > 4 << 20);
}

void TestInterchangeStream::tablesInAnyOrderComeInAlike()
{
    // Another writer's layout: tables and fields by name, so talks before units.
    const QByteArray reordered = QJsonDocument::fromJson(m_file).toJson(QJsonDocument::Compact);
    QVERIFY(reordered.indexOf("\"talks\"") < reordered.indexOf("\"units\""));
    QVERIFY(reordered.indexOf("\"attachments\"") < reordered.indexOf("\"cadres\""));
    QTemporaryDir dir;
    const QString json = TestDatabase::writeFile(dir, QStringLiteral("reordered.json"), reordered);
    const QString target = dir.filePath(QStringLiteral("reordered.db"));
    const InterchangeSummary summary = InterchangeImporter::importFile(json, target);
    QCOMPARE(summary.rowsOf(QStringLiteral("units")), 3);
    QCOMPARE(summary.rowsOf(QStringLiteral("warning_education_attendance")), 2);
    QCOMPARE(exportAgain(dir, target), m_file);
}

void TestInterchangeStream::largeRecordsCrossThePiecesOfTheReading()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("large.db"));
    QList<qint64> checked;
    QList<qint64> written;
    qint64 checkTotal = -1;
    qint64 writeTotal = -1;
    const InterchangeSummary summary = InterchangeImporter::importFile(
        m_path, target, {}, {}, false,
        [&](InterchangeImporter::Stage stage, qint64 done, qint64 total) {
            if (stage == InterchangeImporter::Stage::Checking) {
                QVERIFY(written.isEmpty()); // the whole file is checked before any record
                checked << done;
                checkTotal = total;
            } else {
                written << done;
                writeTotal = total;
            }
        });
    // The check tells each piece it reads, up to the file's size; the writing, its records.
    QVERIFY(checked.size() > 1);
    QVERIFY(std::is_sorted(checked.cbegin(), checked.cend()));
    QCOMPARE(checked.last(), qint64(m_file.size()));
    QCOMPARE(checkTotal, qint64(m_file.size()));
    QVERIFY(!written.isEmpty());
    QCOMPARE(written.last(), summary.rows);
    QCOMPARE(writeTotal, summary.rows);

    {
        auto database = Database::open(target);
        QCOMPARE(Sql::scalar(database->connection(),
                             QStringLiteral("SELECT content FROM attachments WHERE id = 1"))
                     .toByteArray(),
                 m_content);
    }
    QCOMPARE(exportAgain(dir, target), m_file);
}

void TestInterchangeStream::cutOffAnywhereChangesNothing_data()
{
    QTest::addColumn<qint64>("length");
    const qint64 content = m_file.indexOf("\"content\": \"") + 12;
    QTest::newRow("in the header") << qint64(20);
    QTest::newRow("in a record") << m_file.indexOf("\"talks\"") + 30;
    QTest::newRow("in the first piece of a long text") << content + 1000;
    QTest::newRow("in a later piece of a long text") << content + (3 << 20);
    QTest::newRow("before the last brace") << qint64(m_file.size() - 2);
}

void TestInterchangeStream::cutOffAnywhereChangesNothing()
{
    QFETCH(qint64, length);
    QTemporaryDir dir;
    const QString json
        = TestDatabase::writeFile(dir, QStringLiteral("cut.json"), m_file.left(length));
    TestDatabase::onDisk(dir, QStringLiteral("empty.db"), QString()); // before its first start
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
    const QByteArray before = TestDatabase::fileHash(empty);
    for (const QString &target : {fresh, empty}) {
        try {
            InterchangeImporter::importFile(json, target);
            QFAIL(qPrintable(QStringLiteral("%1 was accepted").arg(target)));
        } catch (const ValidationError &error) {
            QVERIFY2(error.message().startsWith(QLatin1String("The file is not valid JSON")),
                     qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("at byte %1").arg(length + 1)),
                     qPrintable(error.message()));
            QVERIFY2(error.message().size() < 200, qPrintable(error.message()));
        }
    }
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(TestDatabase::fileHash(empty), before);
}

void TestInterchangeStream::changesAreCountedAsEveryRowWere()
{
    // The import counts the trail's changes once, at its end, instead of by a trigger around
    // every row: the count comes out as the triggers would have left it, every row of a counted
    // table once and every cadre's search keys once, and the import's entry accounts for it.
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("counted.db"));
    const InterchangeSummary summary = InterchangeImporter::importFile(m_path, target);
    qint64 expected = 0;
    for (const Tables::Table &table : Tables::all())
        if (table.countsChanges)
            expected += summary.rowsOf(table.name);
    expected += summary.rowsOf(QStringLiteral("cadres")); // their search keys, written after
    QVERIFY(expected > summary.rowsOf(QStringLiteral("cadres")));
    auto database = Database::open(target);
    const QSqlDatabase db = database->connection();
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT changes FROM record_changes")).toLongLong(),
             expected);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT changes_to FROM audit_log WHERE action = "
                                            "'import'"))
                 .toLongLong(),
             expected);
    // The triggers are back: a write behind the program's back is counted and seen.
    const qint64 before
        = Sql::scalar(db, QStringLiteral("SELECT changes FROM record_changes")).toLongLong();
    Sql::run(db, QStringLiteral("UPDATE talks SET summary = '改过' WHERE id = 1"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT changes FROM record_changes")).toLongLong(),
             before + 1);
    QVERIFY(!checkIntegrity(*database).ok());
}

QTEST_GUILESS_MAIN(TestInterchangeStream)
#include "test_interchange_stream.moc"
