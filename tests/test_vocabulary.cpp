#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QTest>

// Every key a form can offer is one the schema accepts, and every key the schema accepts has
// a label, so a combo box can never write what the database refuses, nor miss a value.
class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void keysMatchTheSchema_data();
    void keysMatchTheSchema();
};

void TestVocabulary::keysMatchTheSchema_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : Vocabulary::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestVocabulary::keysMatchTheSchema()
{
    QFETCH(QString, name);
    auto database = TestDatabase::inMemory();
    const QString table = name.section(QLatin1Char('.'), 0, 0);
    const QString schema
        = Sql::scalar(database->connection(),
                      QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = ?"), {table})
              .toString();
    QVERIFY2(!schema.isEmpty(), qPrintable(table));
    const auto choices = Vocabulary::choices(name);
    QVERIFY(!choices.isEmpty());
    for (const auto &choice : choices) {
        QVERIFY2(schema.contains(QLatin1Char('\'') + choice.first + QLatin1Char('\'')),
                 qPrintable(name + QLatin1Char(' ') + choice.first));
        QVERIFY(!choice.second.isEmpty());
        QCOMPARE(Vocabulary::label(name, choice.first), choice.second);
    }
    // The other direction, for the column's own IN (…) list where the field is a plain column.
    const QString column = name.section(QLatin1Char('.'), 1);
    const QRegularExpression list(QStringLiteral("\\b%1\\s+IN\\s*\\(([^)]*)\\)").arg(column));
    const auto match = list.match(schema);
    if (match.hasMatch()) {
        const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
        auto keys = quoted.globalMatch(match.captured(1));
        while (keys.hasNext()) {
            const QString key = keys.next().captured(1);
            const bool known
                = std::any_of(choices.begin(), choices.end(),
                              [&](const Vocabulary::Choice &c) { return c.first == key; });
            QVERIFY2(known, qPrintable(name + QStringLiteral(" lacks ") + key));
        }
    }
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "test_vocabulary.moc"
