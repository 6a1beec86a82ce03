#include "backup/integritycheck.h"
#include "domain/dataerror.h"
#include "domain/rules.h"
#include "interchange/interchangeexporter.h"
#include "interchange/interchangeformat.h"
#include "interchange/interchangeimporter.h"
#include "records/cadresearchindex.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The interchange file: export → import → export gives the same bytes, the imported database
// is whole and searchable, and every kind of bad file is refused whole, naming the record and
// field, with the target database unchanged.
class TestInterchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripIsByteIdentical();
    void fileIsOrderedAndTyped();
    void importIntoExistingEmptyDatabase();
    void olderFormatVersionImports();
    void badFilesAreRefusedWhole_data();
    void badFilesAreRefusedWhole();
    void nonEmptyDatabaseMerges();
    void leftOutTablesAndFieldsTakeDefaults();
    void failedExportLeavesNothing();
    void exportRefusesValuesTheFormatCannotCarry();

private:
    QString makeFixture(const QString &fileName);
    QJsonObject good() const;

    QTemporaryDir m_dir;
    QString m_goodPath;
    QByteArray m_good;
};

namespace {

QByteArray attachmentBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes + QByteArray("%PDF-1.4 决定书");
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// A copy of `file` with one field of one row set, or removed when `value` is undefined.
QJsonObject withField(QJsonObject file, const QString &table, int row, const QString &field,
                      const QJsonValue &value)
{
    QJsonObject tables = file.value(QStringLiteral("tables")).toObject();
    QJsonArray rows = tables.value(table).toArray();
    QJsonObject record = rows.at(row).toObject();
    if (value.isUndefined())
        record.remove(field);
    else
        record.insert(field, value);
    rows.replace(row, record);
    tables.insert(table, rows);
    file.insert(QStringLiteral("tables"), tables);
    return file;
}

QJsonObject withTable(QJsonObject file, const QString &table, const QJsonValue &value)
{
    QJsonObject tables = file.value(QStringLiteral("tables")).toObject();
    tables.insert(table, value);
    file.insert(QStringLiteral("tables"), tables);
    return file;
}

// A copy of `file` with one whole row replaced.
QJsonObject withRow(QJsonObject file, const QString &table, int row, const QJsonObject &record)
{
    QJsonObject tables = file.value(QStringLiteral("tables")).toObject();
    QJsonArray rows = tables.value(table).toArray();
    rows.replace(row, record);
    tables.insert(table, rows);
    file.insert(QStringLiteral("tables"), tables);
    return file;
}

QJsonObject withRows(const QJsonObject &file, const QString &table, const QJsonArray &rows)
{
    return withTable(file, table, rows);
}

QJsonArray rowsOf(const QJsonObject &file, const QString &table)
{
    return file.value(QStringLiteral("tables")).toObject().value(table).toArray();
}

qint64 count(const Database &database, const QString &sql)
{
    return Sql::scalar(database.connection(), sql).toLongLong();
}

QList<qint64> search(const Database &database, const QString &text)
{
    const CadreSearchIndex::Condition condition
        = CadreSearchIndex::condition(text, QStringLiteral("c.id"));
    QSqlQuery query = Sql::run(database.connection(),
                               QStringLiteral("SELECT c.id FROM cadres c WHERE ") + condition.sql
                                   + QStringLiteral(" ORDER BY c.id"),
                               condition.values);
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace

QString TestInterchange::makeFixture(const QString &fileName)
{
    auto database = TestDatabase::onDisk(m_dir, fileName);
    const QSqlDatabase db = database->connection();
    const auto run = [&db](const char *sql, const QVariantList &values = {}) {
        Sql::run(db, QString::fromUtf8(sql), values);
    };
    const QVariant null;
    run("INSERT OR REPLACE INTO settings (key, value) VALUES ('commission_name', '某县纪委监委')");
    // Unit 3's parent comes after it in the file: references may point forward.
    run("INSERT INTO units VALUES (1, '县纪委监委', 'county', NULL, NULL, 0, NULL)");
    run("INSERT INTO units VALUES (4, '城关镇', 'township', 1, 1, 2, NULL)");
    run("INSERT INTO units VALUES (3, '城关镇派驻纪检监察组', 'stationed_group', 4, 1, 1, NULL)");
    const char *cadre = "INSERT INTO cadres (id, dossier_number, name, gender, birth_date, "
                        "ethnicity, unit_id, position, rank, is_top_leader, created_at, "
                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const QString created = QStringLiteral("2024-01-05T08:30:00Z");
    run(cadre, {1, "LZ-0001", "张建国", "male", "1972-05-01", "汉族", 4, "党委书记", "正科级", 1,
                created, created});
    run(cadre, {2, "LZ-0002", "曾小红", "female", null, "", 4, "党委\"副书记\"\n兼镇长\\主持\t工作",
                "副科级", 0, created, "2024-02-01T09:00:00.250Z"});
    run(cadre,
        {3, "LZ-0003", "单伟", "male", "1985-12-31", "回族", 3, "组长", "", 0, created, created});
    run("INSERT INTO positions VALUES (1, 1, 4, '党委书记', '正科级', '2021-06-01', NULL)");
    run("INSERT INTO relatives VALUES (1, 1, 'spouse', '李梅', NULL, '县医院', '护士', 1)");
    run("INSERT INTO relatives VALUES (2, 3, 'brother', '单强', 1, '', '', 0)");
    run("INSERT INTO personal_matters_reports VALUES (1, 1, 2024, '2024-01-30', 1, '')");
    run("INSERT INTO personal_matters_items VALUES (1, 9, 1, '房产一套')");
    run("INSERT INTO personal_matters_items VALUES (1, 1, 0, '')");
    run("INSERT INTO clues VALUES (1, 'XS-2024-001', 'petition', '2024-01-10', "
        "'反映违规收受礼金', 'case_filed', 'preliminary_verification', '2024-03-01')");
    run("INSERT INTO clue_subjects VALUES (1, 1, 'case_filed')");
    run("INSERT INTO clue_subjects VALUES (1, 2, NULL)");
    run("INSERT INTO clue_steps VALUES (1, 1, NULL, 'registered', '2024-01-10', '王干事', '', "
        "NULL, '')");
    // The clue's whole way, as its workflow allows: registered, assigned, a proposal, the
    // preliminary verification, the case.
    run("INSERT INTO clue_steps VALUES (2, 1, 'registered', 'assigned', '2024-01-12', '王干事', "
        "'', NULL, '')");
    run("INSERT INTO clue_steps VALUES (3, 1, 'assigned', 'disposition_proposed', '2024-01-15', "
        "'王干事', '', NULL, '')");
    run("INSERT INTO clue_steps VALUES (4, 1, 'disposition_proposed', 'preliminary_verification', "
        "'2024-01-20', '王干事', '李主任', '2024-01-21', '报批')");
    run("INSERT INTO clue_steps VALUES (5, 1, 'preliminary_verification', 'case_filed', "
        "'2024-03-01', '王干事', '李主任', '2024-03-01', '')");
    run("INSERT INTO talks VALUES (1, 2, 'reminder', 'discipline_commission', '2024-02-01', "
        "'王干事', '提醒', '', 1)");
    run("INSERT INTO cases VALUES (1, 'LA-2024-001', 1, 4, '2024-03-01', NULL, '', "
        "'principal_responsibility')");
    run("INSERT INTO case_subjects VALUES (1, 1, 1, NULL, 0)");
    run("INSERT INTO sanctions VALUES (1, 1, 1, 'party', 'serious_warning', '纪发〔2024〕3号', "
        "'县纪委', '2024-04-01', NULL, NULL, '违规收受礼金')");
    run("INSERT INTO warning_education_events VALUES (1, 4, 'warning_meeting', '2024-05-01', "
        "'警示教育大会', '礼堂')");
    run("INSERT INTO warning_education_attendance VALUES (1, 1)");
    run("INSERT INTO warning_education_attendance VALUES (1, 3)");
    const QByteArray content = attachmentBytes();
    run("INSERT INTO attachments VALUES (1, 1, 'sanctions', 1, '处分决定.pdf', "
        "'application/pdf', ?, ?, ?, '2024-04-02T08:00:00Z')",
        {QString::fromLatin1(sha256(content)), qint64(content.size()), content});
    return m_dir.filePath(fileName);
}

QJsonObject TestInterchange::good() const
{
    return QJsonDocument::fromJson(m_good).object();
}

void TestInterchange::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString source = makeFixture(QStringLiteral("source.db"));
    m_goodPath = m_dir.filePath(QStringLiteral("good.json"));
    auto database = Database::open(source);
    TestDatabase::signIn(*database, QStringLiteral("officer"));
    InterchangeExporter(*database).exportToFile(m_goodPath);
    m_good = fileBytes(m_goodPath);
    QVERIFY(!m_good.isEmpty());
}

void TestInterchange::roundTripIsByteIdentical()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("imported.db"));
    const InterchangeSummary imported = InterchangeImporter::importFile(m_goodPath, target);
    QCOMPARE(imported.rowsOf(QStringLiteral("cadres")), 3);
    QCOMPARE(imported.fileSha256.toLatin1(), sha256(m_good));

    auto database = Database::open(target);
    TestDatabase::signIn(*database, QStringLiteral("officer"));
    const QString again = dir.filePath(QStringLiteral("again.json"));
    const InterchangeSummary exported = InterchangeExporter(*database).exportToFile(again);
    QCOMPARE(fileBytes(again), m_good);
    QCOMPARE(exported.rows, imported.rows);

    const IntegrityReport report = checkIntegrity(*database);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char(' '))));
    QCOMPARE(search(*database, QStringLiteral("张建国")), QList<qint64>{1});
    QCOMPARE(search(*database, QStringLiteral("zjg")), QList<qint64>{1});
    QCOMPARE(search(*database, QStringLiteral("zengxiaohong")), QList<qint64>{2});
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT content FROM attachments WHERE id = 1"))
                 .toByteArray(),
             attachmentBytes());
    QCOMPARE(Sql::scalar(database->connection(), QStringLiteral("SELECT value FROM settings "
                                                                "WHERE key = 'commission_name'"))
                 .toString(),
             QStringLiteral("某县纪委监委"));

    // One import entry, then the export's, each with the file's hash.
    QSqlQuery audit = Sql::run(database->connection(),
                               QStringLiteral("SELECT action, entity, after FROM audit_log "
                                              "WHERE action IN ('import', 'export') ORDER BY id"));
    QStringList actions;
    QList<QJsonObject> afters;
    while (audit.next()) {
        actions << audit.value(0).toString();
        QCOMPARE(audit.value(1).toString(), QStringLiteral("database"));
        afters << QJsonDocument::fromJson(audit.value(2).toString().toUtf8()).object();
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("import"), QStringLiteral("export")}));
    QCOMPARE(afters[0].value(QStringLiteral("file_sha256")).toString().toLatin1(), sha256(m_good));
    QCOMPARE(afters[0].value(QStringLiteral("rows")).toInteger(), imported.rows);
    QCOMPARE(afters[0]
                 .value(QStringLiteral("tables"))
                 .toObject()
                 .value(QStringLiteral("cadres"))
                 .toInteger(),
             3);
    QCOMPARE(afters[1].value(QStringLiteral("file_sha256")).toString().toLatin1(), sha256(m_good));
}

void TestInterchange::fileIsOrderedAndTyped()
{
    const QJsonObject file = good();
    QCOMPARE(file.value(QStringLiteral("format")).toString(), InterchangeFormat::formatName);
    QCOMPARE(file.value(QStringLiteral("version")).toInt(), InterchangeFormat::version);
    QCOMPARE(file.value(QStringLiteral("schema_version")).toInt(), Database::latestSchemaVersion());
    QVERIFY(!m_good.contains("pinyin"));
    QVERIFY(!m_good.contains("audit_log"));
    QVERIFY(!m_good.contains("cadre_search"));
    QVERIFY(m_good.endsWith("}\n"));

    // Tables in the described order, every one of them present.
    qsizetype previous = -1;
    for (const InterchangeFormat::Table &table : InterchangeFormat::tables()) {
        const qsizetype at = m_good.indexOf("\n    \"" + table.name.toUtf8() + "\": [");
        QVERIFY2(at > previous, qPrintable(table.name));
        previous = at;
    }
    // Rows by key, fields in schema order, the first field of a row its key.
    const QJsonArray units = rowsOf(file, QStringLiteral("units"));
    QCOMPARE(units.size(), 3);
    QCOMPARE(units.at(1).toObject().value(QStringLiteral("id")).toInt(), 3);
    QVERIFY(m_good.contains("{\"id\": 3, \"name\": \"城关镇派驻纪检监察组\", \"kind\": "
                            "\"stationed_group\", \"parent_id\": 4,"));
    QVERIFY(m_good.contains("{\"clue_id\": 1, \"cadre_id\": 2, \"outcome\": null}"));
    const QJsonObject second = rowsOf(file, QStringLiteral("cadres")).at(1).toObject();
    QVERIFY(second.value(QStringLiteral("birth_date")).isNull());
    QCOMPARE(second.value(QStringLiteral("position")).toString(),
             QStringLiteral("党委\"副书记\"\n兼镇长\\主持\t工作"));
    QCOMPARE(second.value(QStringLiteral("is_top_leader")).type(), QJsonValue::Double);
    const QJsonObject attachment = rowsOf(file, QStringLiteral("attachments")).at(0).toObject();
    QCOMPARE(
        QByteArray::fromBase64(attachment.value(QStringLiteral("content")).toString().toLatin1()),
        attachmentBytes());
    const QJsonArray items = rowsOf(file, QStringLiteral("personal_matters_items"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("item")).toInt(), 1);
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("item")).toInt(), 9);
}

void TestInterchange::importIntoExistingEmptyDatabase()
{
    QTemporaryDir dir;
    TestDatabase::onDisk(dir, QStringLiteral("empty.db"), QString()); // before its first start
    const QString target = dir.filePath(QStringLiteral("empty.db"));
    InterchangeImporter::importFile(m_goodPath, target);
    auto database = Database::open(target);
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM cadres")), 3);
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM audit_log "
                                             "WHERE action = 'import'")),
             1);
    QVERIFY(checkIntegrity(*database).ok());
}

void TestInterchange::olderFormatVersionImports()
{
    // Format version 1 had no retired units: such a file still comes in, its units in use.
    QJsonObject file = good();
    file.insert(QStringLiteral("version"), 1);
    QJsonObject tables = file.value(QStringLiteral("tables")).toObject();
    QJsonArray units;
    for (const QJsonValue &unit : tables.value(QStringLiteral("units")).toArray()) {
        QJsonObject old = unit.toObject();
        QVERIFY(old.contains(QStringLiteral("retired_on")));
        old.remove(QStringLiteral("retired_on"));
        units.append(old);
    }
    tables.insert(QStringLiteral("units"), units);
    file.insert(QStringLiteral("tables"), tables);
    QTemporaryDir dir;
    const QString json
        = TestDatabase::writeFile(dir, QStringLiteral("version-1.json"), toBytes(file));
    const QString target = dir.filePath(QStringLiteral("old.db"));
    InterchangeImporter::importFile(json, target);
    auto database = Database::open(target);
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM units")), 3);
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM units WHERE retired_on IS "
                                             "NULL")),
             3);
}

void TestInterchange::badFilesAreRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("field");

    const QJsonObject file = good();
    const auto row = [&file](const char *table, int index) {
        return rowsOf(file, QString::fromLatin1(table)).at(index).toObject();
    };
    const auto set
        = [&file](const char *table, int index, const char *field, const QJsonValue &value) {
              return toBytes(withField(file, QString::fromLatin1(table), index,
                                       QString::fromLatin1(field), value));
          };
    const QJsonValue removed(QJsonValue::Undefined);
    QJsonObject top = file;

    QTest::newRow("not JSON") << m_good.left(300) << QStringList{"not valid JSON", "at byte"}
                              << QString();
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << QStringList{"not an Integrity Dossier interchange file"}
        << QString();
    top = file;
    top.insert(QStringLiteral("format"), QStringLiteral("spreadsheet"));
    QTest::newRow("wrong format") << toBytes(
        top) << QStringList{"not an Integrity Dossier interchange file", "\"spreadsheet\""}
                                  << "format";
    top = file;
    top.remove(QStringLiteral("format"));
    QTest::newRow("no format") << toBytes(top) << QStringList{"no \"format\" field"} << "format";
    top = file;
    top.insert(QStringLiteral("version"), InterchangeFormat::version + 1);
    QTest::newRow("newer version")
        << toBytes(top)
        << QStringList{QStringLiteral("format version %1").arg(InterchangeFormat::version + 1),
                       "newer", QStringLiteral("up to %1").arg(InterchangeFormat::version)}
        << "version";
    top = file;
    top.insert(QStringLiteral("version"), QStringLiteral("1"));
    QTest::newRow("version as text")
        << toBytes(top) << QStringList{"\"version\" must be a whole number", "text \"1\""}
        << "version";
    top = file;
    top.insert(QStringLiteral("comment"), QStringLiteral("x"));
    QTest::newRow("unknown top-level field")
        << toBytes(top) << QStringList{"unknown top-level field \"comment\""} << "comment";
    QTest::newRow("unknown table")
        << toBytes(withTable(file, QStringLiteral("secrets"), QJsonArray()))
        << QStringList{"unknown table \"secrets\""} << "tables.secrets";
    QTest::newRow("table not a list")
        << toBytes(withTable(file, QStringLiteral("talks"), QJsonObject()))
        << QStringList{"tables.talks is not a list of records"} << "tables.talks";
    QJsonArray cadres = rowsOf(file, QStringLiteral("cadres"));
    cadres.replace(1, 5);
    QTest::newRow("record not an object")
        << toBytes(withTable(file, QStringLiteral("cadres"), cadres))
        << QStringList{"cadres[1] is not an object"} << "cadres[1]";
    QTest::newRow("unknown field")
        << set("cadres", 0, "nickname", QStringLiteral("老张"))
        << QStringList{"cadres[0] (id 1): unknown field \"nickname\""} << "cadres[0].nickname";
    QTest::newRow("derived field")
        << set("cadres", 0, "pinyin_full", QStringLiteral("zhangjianguo"))
        << QStringList{"cadres[0] (id 1)", "\"pinyin_full\" is computed by the program"}
        << "cadres[0].pinyin_full";
    QTest::newRow("missing required field")
        << set("cadres", 1, "name", removed)
        << QStringList{"cadres[1] (id 2): required field \"name\" is missing"} << "cadres[1].name";
    QTest::newRow("null in a required field")
        << set("units", 0, "name", QJsonValue::Null)
        << QStringList{"units[0] (id 1): field \"name\": is required and may not be null"}
        << "units[0].name";
    QTest::newRow("null in a field with a default")
        << set("cadres", 0, "ethnicity", QJsonValue::Null)
        << QStringList{"cadres[0] (id 1): field \"ethnicity\": may not be null"}
        << "cadres[0].ethnicity";
    QTest::newRow("text for a number")
        << set("cadres", 0, "unit_id", QStringLiteral("4"))
        << QStringList{"cadres[0] (id 1): field \"unit_id\": expected a whole number, found "
                       "text \"4\""}
        << "cadres[0].unit_id";
    QTest::newRow("fraction for a number")
        << set("cadres", 0, "is_top_leader", 0.5)
        << QStringList{"field \"is_top_leader\": expected a whole number, found the number 0.5"}
        << "cadres[0].is_top_leader";
    QTest::newRow("number for text") << set("units", 0, "name", 7)
                                     << QStringList{"units[0] (id 1): field \"name\": expected "
                                                    "text, found the number 7"}
                                     << "units[0].name";
    QTest::newRow("impossible date")
        << set("talks", 0, "talk_date", QStringLiteral("2024-02-30"))
        << QStringList{"talks[0] (id 1): field \"talk_date\": \"2024-02-30\" is not a date "
                       "(YYYY-MM-DD)"}
        << "talks[0].talk_date";
    QTest::newRow("date in another form")
        << set("sanctions", 0, "effective_date", QStringLiteral("2024/04/01"))
        << QStringList{"sanctions[0] (id 1): field \"effective_date\": \"2024/04/01\" is not "
                       "a date"}
        << "sanctions[0].effective_date";
    QTest::newRow("bad timestamp")
        << set("cadres", 2, "created_at", QStringLiteral("yesterday"))
        << QStringList{"cadres[2] (id 3): field \"created_at\": \"yesterday\" is not a timestamp"}
        << "cadres[2].created_at";
    QTest::newRow("bad base64") << set("attachments", 0, "content", QStringLiteral("not base64!"))
                                << QStringList{"attachments[0] (id 1): field \"content\": is "
                                               "not valid base64"}
                                << "attachments[0].content";
    QTest::newRow("duplicate id") << set(
        "cadres", 1, "id",
        1) << QStringList{"cadres[1] (id 1): id 1 is used twice (also by cadres[0])"}
                                  << "cadres[1]";
    QJsonArray subjects = rowsOf(file, QStringLiteral("clue_subjects"));
    subjects.append(row("clue_subjects", 0));
    QTest::newRow("duplicate composite key")
        << toBytes(withTable(file, QStringLiteral("clue_subjects"), subjects))
        << QStringList{"clue_subjects[2] (clue_id 1, cadre_id 1): clue_id 1, cadre_id 1 is "
                       "used twice (also by clue_subjects[0])"}
        << "clue_subjects[2]";
    QTest::newRow("broken reference")
        << set("talks", 0, "cadre_id", 999)
        << QStringList{"talks[0] (id 1): cadre_id 999 refers to no cadre"} << "talks[0].cadre_id";
    QTest::newRow("broken self-reference")
        << set("units", 2, "parent_id", 77)
        << QStringList{"units[2] (id 4): parent_id 77 refers to no unit"} << "units[2].parent_id";
    QTest::newRow("value outside an enumeration")
        << set("cadres", 0, "gender", QStringLiteral("unknown"))
        << QStringList{"cadres[0] (id 1): field \"gender\": \"unknown\" is not one of male, "
                       "female"}
        << "cadres[0].gender";
    QTest::newRow("rule over several fields")
        << set("sanctions", 0, "kind", QStringLiteral("demerit"))
        << QStringList{"sanctions[0] (id 1): fields \"system\" (\"party\"), \"kind\" "
                       "(\"demerit\")",
                       "break the rule"}
        << "sanctions[0].system";
    QTest::newRow("date order rule")
        << set("positions", 0, "end_date", QStringLiteral("2020-01-01"))
        << QStringList{"positions[0] (id 1): fields \"start_date\" (\"2021-06-01\"), "
                       "\"end_date\" (\"2020-01-01\") break the rule"}
        << "positions[0].start_date";
    QTest::newRow("unique field")
        << set("cadres", 2, "dossier_number", QStringLiteral("LZ-0001"))
        << QStringList{"cadres[2] (id 3): field \"dossier_number\": \"LZ-0001\" is already used "
                       "by another cadre"}
        << "cadres[2].dossier_number";
    // What the window would never let in does not come in by a file either.
    QTest::newRow("unit above itself")
        << set("units", 0, "parent_id", 1)
        << QStringList{"units[0] (id 1): field \"parent_id\": the unit would be above itself"}
        << "units[0].parent_id";
    QTest::newRow("clue in no state of the workflow")
        << set("clues", 0, "state", QStringLiteral("forgotten"))
        << QStringList{"clues[0] (id 1): field \"state\": \"forgotten\" is not a state"}
        << "clues[0].state";
    QTest::newRow("clue steps that jump")
        << set("clue_steps", 1, "to_state", QStringLiteral("case_filed"))
        << QStringList{"clue_steps[1] (id 2): field \"to_state\": a clue cannot go from "
                       "\"registered\" to \"case_filed\""}
        << "clue_steps[1].to_state";
    QTest::newRow("立案 with no case from the clue")
        << set("cases", 0, "clue_id", QJsonValue::Null)
        << QStringList{"clue_steps[4] (id 5): field \"to_state\"", "no case in the file"}
        << "clue_steps[4].to_state";
    QJsonObject probation = row("sanctions", 0);
    probation.insert(QStringLiteral("kind"), QStringLiteral("probation"));
    probation.insert(QStringLiteral("probation_months"), 12);
    probation.insert(QStringLiteral("rights_restored_date"), QStringLiteral("2024-03-01"));
    QTest::newRow("rights restored before the probation")
        << toBytes(withRow(file, QStringLiteral("sanctions"), 0, probation))
        << QStringList{"sanctions[0] (id 1): field \"rights_restored_date\": \"2024-03-01\" "
                       "is before the sanction took effect"}
        << "sanctions[0].rights_restored_date";
    QTest::newRow("a field given twice")
        << QByteArray(m_good).replace("\"dossier_number\"",
                                      "\"dossier_number\": \"X-1\", \"dossier_number\"")
        << QStringList{"cadres[0].dossier_number is given twice"} << "cadres[0].dossier_number";
    QTest::newRow("an unknown field given twice")
        << QByteArray(m_good).replace("\"dossier_number\"",
                                      "\"nick\": 1, \"nick\": 2, \"dossier_number\"")
        << QStringList{"cadres[0].nick is given twice"} << "cadres[0].nick";
    QTest::newRow("a table given twice")
        << QByteArray(m_good).replace("\n    \"talks\": [",
                                      "\n    \"talks\": [],\n    \"talks\": [")
        << QStringList{"The field talks is given twice"} << "talks";
    QTest::newRow("a header field given twice")
        << QByteArray(m_good).replace("\"schema_version\"", "\"version\": 3, \"schema_version\"")
        << QStringList{"The field version is given twice", "again at byte"} << "version";
    // A file read a piece at a time is still refused whole when it ends too early.
    QTest::newRow("cut off inside a record")
        << m_good.left(m_good.indexOf("\"clue_steps\"") + 40)
        << QStringList{"not valid JSON", "at byte"} << QString();
    QTest::newRow("cut off inside a text") << m_good.left(m_good.indexOf("城关镇派驻") + 3)
                                           << QStringList{"not valid JSON", "at byte"} << QString();
    QTest::newRow("cut off before its last brace")
        << m_good.left(m_good.size() - 2) << QStringList{"not valid JSON", "at byte"} << QString();
    top = file;
    top.insert(QStringLiteral("format"), QStringLiteral("spreadsheet"));
    const QByteArray another = toBytes(top);
    // Its format comes first: the file is known for another kind before its tables are read.
    QTest::newRow("another kind of file, cut off")
        << another.left(another.indexOf("\"tables\"") + 40)
        << QStringList{"not an Integrity Dossier interchange file", "\"spreadsheet\""} << "format";
    QTest::newRow("setting out of its range")
        << toBytes(withRows(file, QStringLiteral("settings"),
                            {QJsonObject{{QStringLiteral("key"), QStringLiteral("backups_kept")},
                                         {QStringLiteral("value"), QStringLiteral("-5")}}}))
        << QStringList{"settings[0] (key \"backups_kept\"): field \"value\""}
        << "settings[0].value";
    QTest::newRow("setting that does not exist")
        << toBytes(withRows(file, QStringLiteral("settings"),
                            {QJsonObject{{QStringLiteral("key"), QStringLiteral("no_such")},
                                         {QStringLiteral("value"), QStringLiteral("1")}}}))
        << QStringList{"field \"key\": there is no setting called \"no_such\""}
        << "settings[0].key";
    QTest::newRow("attachment whose checksum is another's")
        << set("attachments", 0, "sha256", QString(64, QLatin1Char('0')))
        << QStringList{"attachments[0] (id 1): field \"sha256\": does not match the content"}
        << "attachments[0].sha256";
    QTest::newRow("attachment whose size is wrong")
        << set("attachments", 0, "size", 7)
        << QStringList{"attachments[0] (id 1): field \"size\": the content has"}
        << "attachments[0].size";
    QTest::newRow("attachment named by a path")
        << set("attachments", 0, "file_name", QStringLiteral("../../etc/passwd"))
        << QStringList{"field \"file_name\": \"../../etc/passwd\" is not a plain file name"}
        << "attachments[0].file_name";
    QTest::newRow("several problems")
        << toBytes(withField(
               withField(file, QStringLiteral("talks"), 0, QStringLiteral("cadre_id"), 999),
               QStringLiteral("units"), 0, QStringLiteral("kind"), 3))
        << QStringList{"units[0] (id 1): field \"kind\"", "(the first of 2 problems in the file)"}
        << "units[0].kind";
}

void TestInterchange::badFilesAreRefusedWhole()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, expected);
    QFETCH(QString, field);

    QTemporaryDir dir;
    const QString json = TestDatabase::writeFile(dir, QStringLiteral("bad.json"), file);
    TestDatabase::onDisk(dir, QStringLiteral("empty.db"), QString()); // before its first start
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
    const QByteArray before = sha256(fileBytes(empty));

    for (const QString &target : {fresh, empty}) {
        try {
            InterchangeImporter::importFile(json, target);
            QFAIL(qPrintable(QStringLiteral("%1 was accepted").arg(target)));
        } catch (const ValidationError &error) {
            for (const QString &part : expected)
                QVERIFY2(error.message().contains(part),
                         qPrintable(error.message() + QStringLiteral(" lacks ") + part));
            QCOMPARE(error.field(), field);
            QVERIFY2(!error.message().contains(QLatin1Char('\n')), qPrintable(error.message()));
        }
    }
    // A database made for the import goes again; an existing one is untouched.
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QVERIFY2(!QFile::exists(fresh + QLatin1String(suffix)),
                 qPrintable(fresh + QLatin1String(suffix)));
    QCOMPARE(sha256(fileBytes(empty)), before);
    auto database = Database::open(empty);
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM cadres")), 0);
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM rules")),
             qint64(Rules::defaults().size()));
}

void TestInterchange::nonEmptyDatabaseMerges()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("held.db"));
    InterchangeImporter::importFile(m_goodPath, target);
    // A database that holds dossiers takes a file only as a merge, from an account allowed
    // to import: the same file again finds every record the same.
    try {
        InterchangeImporter::importFile(m_goodPath, target);
        QFAIL("a merge without an account was accepted");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QLatin1String("Sign in first")),
                 qPrintable(error.message()));
    }
    {
        auto database = Database::open(target);
        QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                 "'import'")),
                 1);
        TestDatabase::addDemoAccounts(*database);
    }
    const InterchangeSummary again
        = InterchangeImporter::importFile(m_goodPath, target, [](Database &database) {
              TestDatabase::signIn(database, QStringLiteral("officer"));
          });
    QVERIFY(again.merged);
    QVERIFY2(again.merge.problems.isEmpty(), qPrintable(again.merge.problems.join('\n')));
    QCOMPARE(again.merge.total().created, 0);
    QCOMPARE(again.merge.total().updated, 0);
    QVERIFY(again.merge.total().same >= again.rowsOf(QStringLiteral("cadres")));
    auto database = Database::open(target);
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM cadres")), 3);
    QVERIFY(checkIntegrity(*database).ok());
}

void TestInterchange::leftOutTablesAndFieldsTakeDefaults()
{
    const QJsonObject file = good();
    QJsonObject unit = rowsOf(file, QStringLiteral("units")).at(0).toObject();
    unit.remove(QStringLiteral("parent_id"));
    unit.remove(QStringLiteral("sort_order"));
    QJsonObject cadre = rowsOf(file, QStringLiteral("cadres")).at(0).toObject();
    cadre.insert(QStringLiteral("unit_id"), 1);
    for (const char *field : {"birth_date", "ethnicity", "party_membership", "employment",
                              "position", "rank", "is_top_leader", "status"})
        cadre.remove(QString::fromLatin1(field));
    QJsonObject minimal = file;
    minimal.insert(QStringLiteral("tables"),
                   QJsonObject{{QStringLiteral("units"), QJsonArray{unit}},
                               {QStringLiteral("cadres"), QJsonArray{cadre}}});
    QTemporaryDir dir;
    const QString json
        = TestDatabase::writeFile(dir, QStringLiteral("minimal.json"), toBytes(minimal));
    const QString target = dir.filePath(QStringLiteral("minimal.db"));
    const InterchangeSummary summary = InterchangeImporter::importFile(json, target);
    QCOMPARE(summary.rows, 2);

    auto database = Database::open(target);
    QSqlQuery query = Sql::run(database->connection(),
                               QStringLiteral("SELECT birth_date, ethnicity, party_membership, "
                                              "employment, is_top_leader, status, pinyin_initials "
                                              "FROM cadres WHERE id = 1"));
    QVERIFY(query.next());
    QVERIFY(query.value(0).isNull());
    QCOMPARE(query.value(1).toString(), QString());
    QCOMPARE(query.value(2).toString(), QStringLiteral("member"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("civil_servant"));
    QCOMPARE(query.value(4).toInt(), 0);
    QCOMPARE(query.value(5).toString(), QStringLiteral("serving"));
    QVERIFY(query.value(6).toString().contains(QLatin1String("zjg")));
    // A file without rules or settings keeps the defaults of a new database.
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM rules")),
             qint64(Rules::defaults().size()));
    const auto fresh = TestDatabase::inMemory();
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM settings")),
             count(*fresh, QStringLiteral("SELECT count(*) FROM settings")));
    QVERIFY(checkIntegrity(*database).ok());
}

void TestInterchange::failedExportLeavesNothing()
{
    QTemporaryDir dir;
    QFile::copy(m_dir.filePath(QStringLiteral("source.db")), dir.filePath(QStringLiteral("a.db")));
    auto database = Database::open(dir.filePath(QStringLiteral("a.db")));
    TestDatabase::signIn(*database, QStringLiteral("officer"));
    const qint64 entries = count(*database, QStringLiteral("SELECT count(*) FROM audit_log"));
    const QString out = dir.filePath(QStringLiteral("missing/folder/out.json"));
    try {
        InterchangeExporter(*database).exportToFile(out);
        QFAIL("an export into a missing folder succeeded");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QLatin1String("cannot be written")),
                 qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(out));
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM audit_log")), entries);

    database.reset();
    auto readOnly = Database::open(dir.filePath(QStringLiteral("a.db")), Database::Mode::ReadOnly);
    const QString elsewhere = dir.filePath(QStringLiteral("out.json"));
    QVERIFY_THROWS_EXCEPTION(DataError, InterchangeExporter(*readOnly).exportToFile(elsewhere));
    QVERIFY(!QFile::exists(elsewhere));
}

void TestInterchange::exportRefusesValuesTheFormatCannotCarry()
{
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir);
    const QSqlDatabase db = database->connection();
    const qint64 signedIn = count(*database, QStringLiteral("SELECT count(*) FROM audit_log"));
    Sql::run(db,
             QStringLiteral("INSERT INTO units VALUES (1, '乡', 'township', NULL, NULL, 0, NULL)"));
    Sql::run(db, QStringLiteral("INSERT INTO cadres (id, dossier_number, name, gender, unit_id, "
                                "created_at, updated_at) VALUES (1, 'A', '甲', 'male', 1, "
                                "'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"));
    Sql::run(db, QStringLiteral("INSERT INTO talks (id, cadre_id, kind, held_by, talk_date) "
                                "VALUES (7, 1, 'reminder', 'party_committee', '2024-3-5')"));
    const QString out = dir.filePath(QStringLiteral("out.json"));
    try {
        InterchangeExporter(*database).exportToFile(out);
        QFAIL("a malformed date was exported");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QLatin1String(
                     "talks (id 7): field \"talk_date\": \"2024-3-5\" is not a date")),
                 qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(out));
    QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM audit_log")), signedIn);
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "test_interchange.moc"
