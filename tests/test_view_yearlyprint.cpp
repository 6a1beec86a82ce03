#include "backup/integritycheck.h"
#include "dashboard/dashboardwindow.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The yearly statistics page leaves the program only through the audit trail: a print and a
// PDF export each write who, what (the year's statistics), where to and how many pages.
class TestViewYearlyPrint : public QObject
{
    Q_OBJECT

private slots:
    void printAndExportAreAudited_data();
    void printAndExportAreAudited();
};

void TestViewYearlyPrint::printAndExportAreAudited_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("print") << QStringLiteral("print");
    QTest::newRow("export") << QStringLiteral("export");
}

void TestViewYearlyPrint::printAndExportAreAudited()
{
    QFETCH(QString, action);

    auto database = TestDatabase::inMemory();
    RecordRepository repository(*database);
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
    const qint64 cadre = TestDatabase::addCadre(*database, QStringLiteral("李明"), unit);
    repository.create(QStringLiteral("talks"),
                      {{QStringLiteral("cadre_id"), cadre},
                       {QStringLiteral("kind"), QStringLiteral("reminder")},
                       {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
                       {QStringLiteral("talk_date"), QStringLiteral("2025-03-04")}});
    DashboardWindow window(*database, 2025);
    window.refresh();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statistics.pdf"));
    int pages = 0;
    if (action == QLatin1String("print")) {
        // A printer writing to a file stands in for a real one.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        pages = window.printYearly(printer);
    } else {
        pages = window.exportYearlyPdf(path);
    }
    QVERIFY(pages >= 1);
    QVERIFY(QFileInfo(path).size() > 0);

    QSqlQuery entries = Sql::run(
        database->connection(),
        QStringLiteral("SELECT action, entity_id, cadre_id, after, user_name FROM audit_log "
                       "WHERE entity = 'yearly_statistics'"));
    QVERIFY(entries.next());
    QCOMPARE(entries.value(0).toString(), action);
    QCOMPARE(entries.value(1).toInt(), 2025);
    QVERIFY(entries.value(2).isNull()); // about no one cadre
    const QJsonObject after
        = QJsonDocument::fromJson(entries.value(3).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("destination")).toString(), path);
    QCOMPARE(after.value(QStringLiteral("pages")).toInt(), pages);
    QCOMPARE(entries.value(4).toString(), QStringLiteral("officer"));
    QVERIFY(!entries.next()); // one entry for one paper
    QVERIFY(checkIntegrity(*database).ok());
}

QTEST_MAIN(TestViewYearlyPrint)
#include "test_view_yearlyprint.moc"
