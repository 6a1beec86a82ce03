#include "access/accounts.h"
#include "items/audittext.h"
#include "items/audittrailmodel.h"
#include "records/recordrepository.h"
#include "settings/programsettings.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

// The audit trail as the auditor reads it: actions, the kind of thing acted on and the changes
// in words, never a table name, a column name, a stored key or a raw id.
class TestAuditText : public QObject
{
    Q_OBJECT

private slots:
    void entriesInWords_data();
    void entriesInWords();
    void theViewerShowsNoStoredNames();
};

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

void TestAuditText::entriesInWords_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("actionText");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("change");
    QTest::newRow("sign-in") << "login"
                             << "accounts"
                             << ""
                             << "{\"role\":\"officer\"}"
                             << "Signed in"
                             << "Account"
                             << "Role: Case officer";
    QTest::newRow("role change") << "account.role"
                                 << "accounts"
                                 << "{\"role\":\"reviewer\"}"
                                 << "{\"role\":\"officer\"}"
                                 << "Role changed"
                                 << "Account"
                                 << "Role: Reviewer (read only) → Role: Case officer";
    QTest::newRow("setting") << "settings.change"
                             << "settings"
                             << "{\"admonition_months\":\"6\"}"
                             << "{\"admonition_months\":\"12\"}"
                             << "Setting changed"
                             << "Settings"
                             << "Admonition impact period: 6 → 12";
    QTest::newRow("talk added") << "create"
                                << "talks"
                                << ""
                                << "{\"id\":7,\"cadre_id\":3,\"kind\":\"reminder\"}"
                                << "Added"
                                << "Talk"
                                << "Kind of talk: Reminder talk";
    QTest::newRow("database restored") << "restore"
                                       << "database"
                                       << ""
                                       << "{\"replaced_entries\":12}"
                                       << "Restored from a backup"
                                       << "Database"
                                       << "Replaced trail's entries: 12";
    QTest::newRow("record put back") << "restore"
                                     << "talks"
                                     << ""
                                     << "{\"kind\":\"reminder\"}"
                                     << "Put back (undo or redo)"
                                     << "Talk"
                                     << "Kind of talk: Reminder talk";
    QTest::newRow("refusal") << "access.refused"
                             << "permission"
                             << ""
                             << "{\"permission\":0,\"role\":\"reviewer\"}"
                             << "Refused"
                             << "Permission"
                             << "Permission: manage accounts, Role: Reviewer (read only)";
    QTest::newRow("unknown") << "something.new"
                             << "some_table"
                             << ""
                             << "{\"some_column\":\"value\"}"
                             << "Other action"
                             << "Other"
                             << "value";
}

void TestAuditText::entriesInWords()
{
    QFETCH(QString, action);
    QFETCH(QString, entity);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, actionText);
    QFETCH(QString, subject);
    QFETCH(QString, change);
    QCOMPARE(AuditText::action(action, entity), actionText);
    QCOMPARE(AuditText::subject(entity), subject);
    QCOMPARE(AuditText::change(entity, action, json(before.toUtf8().constData()),
                               json(after.toUtf8().constData())),
             change);
}

void TestAuditText::theViewerShowsNoStoredNames()
{
    auto database = TestDatabase::inMemory(QStringLiteral("admin"));
    ProgramSettings(*database).set(QStringLiteral("backups_kept"), QStringLiteral("20"));
    TestDatabase::signIn(*database, QStringLiteral("officer"));
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("清河县水利局"));
    const qint64 cadre = TestDatabase::addCadre(*database, QStringLiteral("张建国"), unit);
    RecordRepository(*database).create(
        QStringLiteral("talks"),
        {{QStringLiteral("cadre_id"), cadre},
         {QStringLiteral("kind"), QStringLiteral("reminder")},
         {QStringLiteral("talk_date"), QStringLiteral("2026-03-02")},
         {QStringLiteral("held_by"), QStringLiteral("discipline_commission")}});
    TestDatabase::signIn(*database, QStringLiteral("auditor"));

    AuditTrailModel model(*database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QVERIFY(model.rowCount() >= 8);
    const QRegularExpression stored(QStringLiteral(
        "\\b(accounts|cadres|talks|units|settings|login|account\\.create|settings\\.change|"
        "cadre_id|talk_date|held_by|backups_kept)\\b"));
    bool cadreNamed = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = AuditTrailModel::ActionColumn; column < AuditTrailModel::ColumnCount;
             ++column) {
            const QString text = model.index(row, column).data().toString();
            QVERIFY2(
                !stored.match(text).hasMatch(),
                qPrintable(QStringLiteral("row %1 column %2: %3").arg(row).arg(column).arg(text)));
        }
        const QString cadreText = model.index(row, AuditTrailModel::CadreColumn).data().toString();
        QVERIFY2(cadreText != QString::number(cadre), qPrintable(cadreText));
        cadreNamed = cadreNamed || cadreText.startsWith(QStringLiteral("张建国"));
    }
    QVERIFY(cadreNamed);

    // The viewer's user finds a cadre's entries by name or dossier number.
    AuditFilter byName;
    byName.cadre = QStringLiteral("张建国");
    model.setFilter(byName);
    QVERIFY(model.rowCount() >= 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, AuditTrailModel::CadreColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("张建国")));
}

QTEST_MAIN(TestAuditText)
#include "test_audit_text.moc"
