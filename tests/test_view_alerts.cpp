#include "alerts/alertlistmodel.h"
#include "alerts/alertservice.h"
#include "alerts/alertspanel.h"
#include "dashboard/analysiscontroller.h"
#include "dashboard/dashboardwindow.h"
#include "dashboard/recordsdialog.h"
#include "mainwindow.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The alerts panel over a small county: what it lists, its filters, and that activating an
// alert asks for the dossier it is about.
class TestViewAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsFiltersAndOpens();
    void unitAlertOpensItsRecords();
    void shownWhenADatabaseOpens();
    void computedOnAThreadOfTheirOwnForAFile();
};

void TestViewAlerts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegrityDossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_view_alerts"));
}

void TestViewAlerts::listsFiltersAndOpens()
{
    auto database = TestDatabase::inMemory();
    RecordRepository repository(*database);
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
    const qint64 zhang = TestDatabase::addCadre(*database, QStringLiteral("张建国"), unit);
    const qint64 li = TestDatabase::addCadre(*database, QStringLiteral("李明"), unit);
    const qint64 inspection
        = repository.create(QStringLiteral("inspections"),
                            {{QStringLiteral("unit_id"), unit},
                             {QStringLiteral("kind"), QStringLiteral("fixed_week")},
                             {QStringLiteral("start_date"), QStringLiteral("2025-01-20")}});
    repository.create(QStringLiteral("findings"),
                      {{QStringLiteral("inspection_id"), inspection},
                       {QStringLiteral("description"), QStringLiteral("报销无票据")},
                       {QStringLiteral("responsible_cadre_id"), li},
                       {QStringLiteral("found_date"), QStringLiteral("2025-01-22")},
                       {QStringLiteral("deadline"), QStringLiteral("2025-02-20")}});
    repository.create(QStringLiteral("admonitions"),
                      {{QStringLiteral("cadre_id"), zhang},
                       {QStringLiteral("effective_date"), QStringLiteral("2024-09-10")}});

    AlertsPanel panel;
    panel.resize(900, 300);
    panel.show();
    panel.setDatabase(database.get(), QDate(2025, 3, 3));
    // The overdue rectification, Zhang's admonition ending 9 March, the fixed week.
    QCOMPARE(panel.table()->model()->rowCount(), 3);
    QVERIFY(panel.summary()->text().contains(QStringLiteral("3")));

    panel.kindFilter()->setCurrentIndex(
        panel.kindFilter()->findData(int(Alert::Kind::ImpactPeriodEnding)));
    QCOMPARE(panel.table()->model()->rowCount(), 1);

    QSignalSpy requested(&panel, &AlertsPanel::dossierRequested);
    const QModelIndex first = panel.table()->model()->index(0, 0);
    panel.table()->setCurrentIndex(first);
    QTest::keyClick(panel.table(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), zhang);

    panel.kindFilter()->setCurrentIndex(0);
    panel.urgencyFilter()->setCurrentIndex(
        panel.urgencyFilter()->findData(int(Alert::Urgency::Overdue)));
    QCOMPARE(panel.table()->model()->rowCount(), 1);
    QCOMPARE(panel.table()->model()->index(0, 0).data(AlertListModel::CadreIdRole).toLongLong(),
             li);

    panel.urgencyFilter()->setCurrentIndex(0);
    QTest::keyClicks(panel.textFilter(), QStringLiteral("no such thing"));
    QCOMPARE(panel.table()->model()->rowCount(), 0);
}

void TestViewAlerts::unitAlertOpensItsRecords()
{
    auto database = TestDatabase::inMemory();
    RecordRepository repository(*database);
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
    const qint64 other = TestDatabase::addUnit(*database, QStringLiteral("县林业局"));
    auto finding = [&](qint64 unitId, const QString &description, const QString &deadline) {
        const qint64 inspection
            = repository.create(QStringLiteral("inspections"),
                                {{QStringLiteral("unit_id"), unitId},
                                 {QStringLiteral("kind"), QStringLiteral("special")},
                                 {QStringLiteral("start_date"), QStringLiteral("2025-01-20")}});
        repository.create(QStringLiteral("findings"),
                          {{QStringLiteral("inspection_id"), inspection},
                           {QStringLiteral("description"), description},
                           {QStringLiteral("found_date"), QStringLiteral("2025-01-22")},
                           {QStringLiteral("deadline"), deadline}});
    };
    // Two open rectifications of the bureau, one overdue; one of another unit.
    finding(unit, QStringLiteral("报销无票据"), QStringLiteral("2025-02-20"));
    finding(unit, QStringLiteral("会议记录不全"), QStringLiteral("2025-06-30"));
    finding(other, QStringLiteral("公车私用"), QStringLiteral("2025-06-30"));

    AlertsPanel panel;
    panel.resize(900, 300);
    panel.show();
    panel.setDatabase(database.get(), QDate(2025, 3, 3));
    panel.urgencyFilter()->setCurrentIndex(
        panel.urgencyFilter()->findData(int(Alert::Urgency::Overdue)));
    QCOMPARE(panel.table()->model()->rowCount(), 1);
    QCOMPARE(panel.table()->model()->index(0, 0).data(AlertListModel::CadreIdRole).toLongLong(),
             qint64(0));

    // About a unit, not a cadre: activating it lists the unit's open rectifications.
    QSignalSpy requested(&panel, &AlertsPanel::dossierRequested);
    panel.table()->setCurrentIndex(panel.table()->model()->index(0, 0));
    QTest::keyClick(panel.table(), Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    const auto dialogs = panel.findChildren<RecordsDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QVERIFY(dialogs.first()->windowTitle().contains(QStringLiteral("县水利局")));
    QTableWidget *records = dialogs.first()->table();
    QCOMPARE(records->rowCount(), 2);
    QCOMPARE(records->item(0, 1)->text(), QStringLiteral("报销无票据"));
    QCOMPARE(records->item(1, 1)->text(), QStringLiteral("会议记录不全"));
    QCOMPARE(records->item(0, 4)->text(), QStringLiteral("县水利局"));
}

void TestViewAlerts::shownWhenADatabaseOpens()
{
    MainWindow window;
    window.show();
    AnalysisController *analysis = window.analysis();
    QVERIFY(!analysis->alertsDock()->isVisible());
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QVERIFY(menus.contains(AnalysisController::tr("&Analysis")));

    window.setDatabase(TestDatabase::inMemory());
    QVERIFY(analysis->alertsDock()->isVisible());
    // An empty county still has its fixed supervision week.
    QVERIFY(analysis->alerts()->model()->rowCount() >= 1);

    analysis->showDashboard();
    QVERIFY(analysis->dashboard());
    QVERIFY(analysis->dashboard()->isVisible());
    window.setDatabase(nullptr);
    QVERIFY(!analysis->dashboard());
    QVERIFY(!analysis->alertsDock()->isVisible());
}

void TestViewAlerts::computedOnAThreadOfTheirOwnForAFile()
{
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir);
    RecordRepository repository(*database);
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
    const qint64 li = TestDatabase::addCadre(*database, QStringLiteral("李明"), unit);
    const QDate today = QDate::currentDate();
    const qint64 inspection = repository.create(
        QStringLiteral("inspections"),
        {{QStringLiteral("unit_id"), unit},
         {QStringLiteral("kind"), QStringLiteral("fixed_week")},
         {QStringLiteral("start_date"), today.addDays(-60).toString(Qt::ISODate)}});
    repository.create(QStringLiteral("findings"),
                      {{QStringLiteral("inspection_id"), inspection},
                       {QStringLiteral("description"), QStringLiteral("报销无票据")},
                       {QStringLiteral("responsible_cadre_id"), li},
                       {QStringLiteral("found_date"), today.addDays(-50).toString(Qt::ISODate)},
                       {QStringLiteral("deadline"), today.addDays(-20).toString(Qt::ISODate)}});
    const QVector<Alert> expected = AlertService(*database).alerts(today);
    QVERIFY(expected.size() >= 2); // the rectification and the fixed week

    // The window goes on while they are worked out, and says so.
    AlertsPanel panel;
    panel.setDatabase(database.get(), today);
    QVERIFY(panel.computing());
    QCOMPARE(panel.summary()->text(), AlertsPanel::tr("Computing what is due…"));
    QTRY_VERIFY(!panel.computing());
    QCOMPARE(panel.model()->rowCount(), int(expected.size()));
    QSet<QString> shown, wanted;
    for (int row = 0; row < panel.model()->rowCount(); ++row) {
        const Alert alert = panel.model()->alertAt(row);
        shown << alert.recordTable + QString::number(alert.recordId);
    }
    for (const Alert &alert : expected)
        wanted << alert.recordTable + QString::number(alert.recordId);
    QCOMPARE(shown, wanted);
    QVERIFY(panel.summary()->text() != AlertsPanel::tr("Computing what is due…"));

    // Closed while they are worked out: nothing of them arrives afterwards.
    panel.setDatabase(database.get(), today);
    QVERIFY(panel.computing());
    panel.setDatabase(nullptr);
    QVERIFY(!panel.computing());
    QTest::qWait(200);
    QCOMPARE(panel.model()->rowCount(), 0);
}

QTEST_MAIN(TestViewAlerts)
#include "test_view_alerts.moc"
