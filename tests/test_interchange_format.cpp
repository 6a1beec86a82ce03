#include "domain/dataerror.h"
#include "interchange/interchangeexporter.h"
#include "interchange/interchangeformat.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The interchange format's description, the schema and the documentation agree: a change to
// the schema the description does not follow is found before a file is written, and
// docs/interchange.md lists every table and field in the order the file carries them.
class TestInterchangeFormat : public QObject
{
    Q_OBJECT

private slots:
    void schemaDriftIsDetected_data();
    void schemaDriftIsDetected();
    void documentationDescribesEveryField();
};

void TestInterchangeFormat::schemaDriftIsDetected_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("new column") << "ALTER TABLE cadres ADD COLUMN nickname TEXT NOT NULL DEFAULT ''"
                                << "cadres.nickname";
    QTest::newRow("dropped column") << "ALTER TABLE talks DROP COLUMN summary"
                                    << "talks.summary";
    QTest::newRow("new table") << "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"
                               << "users";
    QTest::newRow("new reference")
        << "ALTER TABLE clue_steps ADD COLUMN case_id INTEGER REFERENCES cases(id)"
        << "clue_steps.case_id";
}

void TestInterchangeFormat::schemaDriftIsDetected()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir);
    const QStringList clean = InterchangeFormat::schemaProblems(database->connection());
    QVERIFY2(clean.isEmpty(), qPrintable(clean.join(QLatin1Char('\n'))));

    Sql::run(database->connection(), change);
    const QStringList problems = InterchangeFormat::schemaProblems(database->connection());
    QVERIFY2(problems.join(QLatin1Char(' ')).contains(expected),
             qPrintable(problems.join(QLatin1Char('\n'))));
    const QString out = dir.filePath(QStringLiteral("drift.json"));
    QVERIFY_THROWS_EXCEPTION(DataError, InterchangeExporter(*database).exportToFile(out));
    QVERIFY(!QFile::exists(out));
}

void TestInterchangeFormat::documentationDescribesEveryField()
{
    QFile file(TestDatabase::sourcePath(QStringLiteral("docs/interchange.md")));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    // "### `table`" starts a table's section; "| `field` |" rows list its fields in order.
    QStringList documentedTables;
    QHash<QString, QStringList> documentedFields;
    const QRegularExpression heading(QStringLiteral("^### `(\\w+)`$"));
    const QRegularExpression fieldRow(QStringLiteral("^\\| `(\\w+)` \\|"));
    QString current;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (const auto match = heading.match(line); match.hasMatch()) {
            current = match.captured(1);
            documentedTables << current;
        } else if (const auto match = fieldRow.match(line);
                   match.hasMatch() && !current.isEmpty()) {
            documentedFields[current] << match.captured(1);
        }
    }
    QStringList describedTables;
    for (const InterchangeFormat::Table &table : InterchangeFormat::tables()) {
        describedTables << table.name;
        QStringList fields;
        for (const InterchangeFormat::Column &column : table.columns)
            fields << column.name;
        QCOMPARE(documentedFields.value(table.name), fields);
    }
    QCOMPARE(documentedTables, describedTables);
}

QTEST_GUILESS_MAIN(TestInterchangeFormat)
#include "test_interchange_format.moc"
