#include "charts/chartwidget.h"
#include "dashboard/dashboardwindow.h"
#include "dashboard/recordsdialog.h"
#include "domain/rules.h"
#include "records/recordrepository.h"
#include "reports/yearlyreport.h"
#include "statistics/dashboardfigures.h"
#include "statistics/yearlystatistics.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

// The dashboard over a small county: the charts carry the fixture's numbers, agree with the
// yearly statistics, and open the records behind a number.
namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

struct County
{
    County()
        : database(TestDatabase::inMemory())
        , repository(*database)
    {
        town = TestDatabase::addUnit(*database, text("城关镇"), text("township"));
        office = TestDatabase::addUnit(*database, text("镇党政办"), text("department"), town);
        bureau = TestDatabase::addUnit(*database, text("县水利局"), text("department"));
        zhang = TestDatabase::addCadre(*database, text("张建国"), office, text("主任"), true);
        li = TestDatabase::addCadre(*database, text("李明"), bureau);
        for (const char *day : {"2025-03-04", "2025-03-20", "2025-07-01"})
            talk(zhang, "reminder", day);
        talk(li, "integrity", "2025-07-02");
        const qint64 clue
            = repository.create(text("clues"), {{text("number"), text("XS-1")},
                                                {text("source"), text("petition")},
                                                {text("received_date"), text("2025-02-01")},
                                                {text("updated_date"), text("2025-02-01")}});
        repository.link(text("clue_subjects"),
                        {{text("clue_id"), clue}, {text("cadre_id"), zhang}});
        const qint64 dossierCase
            = repository.create(text("cases"), {{text("number"), text("LA-1")},
                                                {text("filed_date"), text("2025-05-01")}});
        repository.link(text("case_subjects"), {{text("case_id"), dossierCase},
                                                {text("cadre_id"), zhang},
                                                {text("was_top_leader"), 1}});
        repository.create(text("sanctions"), {{text("cadre_id"), zhang},
                                              {text("case_id"), dossierCase},
                                              {text("system"), text("party")},
                                              {text("kind"), text("warning")},
                                              {text("effective_date"), text("2025-08-01")}});
        repository.create(text("admonitions"),
                          {{text("cadre_id"), li}, {text("effective_date"), text("2025-09-01")}});
        const qint64 inspection
            = repository.create(text("inspections"), {{text("unit_id"), bureau},
                                                      {text("kind"), text("fixed_week")},
                                                      {text("start_date"), text("2025-04-24")}});
        repository.create(text("findings"), {{text("inspection_id"), inspection},
                                             {text("description"), text("无票据报销")},
                                             {text("found_date"), text("2025-04-25")},
                                             {text("deadline"), text("2025-05-25")},
                                             {text("status"), text("completed")},
                                             {text("completed_date"), text("2025-06-02")}});
        repository.create(text("findings"), {{text("inspection_id"), inspection},
                                             {text("description"), text("会议记录不全")},
                                             {text("found_date"), text("2025-04-25")},
                                             {text("deadline"), text("2025-05-25")}});
    }

    void talk(qint64 cadre, const char *kind, const char *day)
    {
        repository.create(text("talks"), {{text("cadre_id"), cadre},
                                          {text("kind"), text(kind)},
                                          {text("held_by"), text("discipline_commission")},
                                          {text("talk_date"), text(day)}});
    }

    std::unique_ptr<Database> database;
    RecordRepository repository;
    qint64 town = 0;
    qint64 office = 0;
    qint64 bureau = 0;
    qint64 zhang = 0;
    qint64 li = 0;
};

int indexOf(const QStringList &labels, const QString &label)
{
    return int(labels.indexOf(label));
}

} // namespace

class TestViewDashboard : public QObject
{
    Q_OBJECT

private slots:
    void chartsCarryTheFixture();
    void agreesWithTheYearlyStatistics();
    void numbersOpenTheirRecords();
    void unitTableAndScope();
    void everyHeatCellOpensItsRecords_data();
    void everyHeatCellOpensItsRecords();
    void yearlyPageExportsToPdf();
};

void TestViewDashboard::chartsCarryTheFixture()
{
    County county;
    DashboardWindow window(*county.database, 2025);
    window.show();
    window.refresh();

    ChartWidget *trends = window.trendChart();
    QVERIFY(trends);
    QCOMPARE(trends->kind(), ChartWidget::Kind::Lines);
    QCOMPARE(trends->categories().size(), 12);
    QCOMPARE(trends->categories().first(), text("2025-01"));
    const QStringList labels = trends->seriesLabels();
    QCOMPARE(labels.size(), 5);
    const int clues = indexOf(labels, DashboardFigures::tr("Clues received"));
    QVERIFY(clues >= 0);
    QCOMPARE(trends->seriesValues(clues).at(1), 1.0); // February
    const QVector<double> clueValues = trends->seriesValues(clues);
    QCOMPARE(std::accumulate(clueValues.cbegin(), clueValues.cend(), 0.0), 1.0);

    ChartWidget *talks = window.talkChart();
    const int reminders = indexOf(talks->seriesLabels(), DashboardFigures::tr("Reminder talks"));
    QCOMPARE(talks->seriesValues(reminders).at(2), 2.0); // March
    QCOMPARE(talks->seriesValues(reminders).at(6), 1.0); // July

    // Form 1: three reminder talks and the admonition; form 2: the party warning.
    ChartWidget *forms = window.formsChart();
    QCOMPARE(forms->kind(), ChartWidget::Kind::Pie);
    QCOMPARE(forms->seriesValues(0), QVector<double>{4.0});
    QCOMPARE(forms->seriesValues(1), QVector<double>{1.0});
    QCOMPARE(forms->seriesValues(2), QVector<double>{0.0});

    // Two findings in April, one completed in June: half done from June on.
    ChartWidget *rectification = window.rectificationChart();
    QCOMPARE(rectification->seriesValues(0).at(3), 2.0);
    QCOMPARE(rectification->seriesValues(1).at(5), 1.0);
}

void TestViewDashboard::agreesWithTheYearlyStatistics()
{
    County county;
    const DashboardFigures figures(*county.database, 2025, 2025);
    const YearlyStatistics statistics = StatisticsService(*county.database).year(2025);
    auto sum = [](const FigureSeries &series) {
        return qint64(std::accumulate(series.values.cbegin(), series.values.cend(), 0.0));
    };
    for (const FigureSeries &series : figures.trends()) {
        if (series.key == QLatin1String("clues_received"))
            QCOMPARE(sum(series), statistics.counts.value(text("clues_received")));
        if (series.key == QLatin1String("cases_filed"))
            QCOMPARE(sum(series), statistics.counts.value(text("cases_filed")));
        if (series.key == QLatin1String("inspections"))
            QCOMPARE(sum(series), statistics.counts.value(text("inspections")));
    }
    const auto forms = figures.fourForms();
    for (int form = 0; form < 4; ++form)
        QCOMPARE(forms[size_t(form)], statistics.fourForms[form]);
}

void TestViewDashboard::numbersOpenTheirRecords()
{
    County county;
    DashboardWindow window(*county.database, 2025);
    window.show();
    window.refresh();
    QSignalSpy requested(&window, &DashboardWindow::dossierRequested);

    // The March point of the reminder talks: two talks, both Zhang's.
    const int reminders
        = indexOf(window.talkChart()->seriesLabels(), DashboardFigures::tr("Reminder talks"));
    window.talkChart()->click(reminders, 2);
    auto dialogs = window.findChildren<RecordsDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QTableWidget *table = dialogs.first()->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 3)->text(), text("张建国"));
    emit table->cellActivated(0, 0);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), county.zhang);
    dialogs.first()->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // The bar of party warnings among the measures by kind: Zhang's.
    ChartWidget *kinds = window.sanctionsChart();
    const int warning = indexOf(kinds->seriesLabels(), measureLabel(text("party.warning")));
    QVERIFY(warning >= 0);
    QCOMPARE(kinds->seriesValues(warning), QVector<double>{1.0});
    kinds->click(warning, 0);
    dialogs = window.findChildren<RecordsDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QCOMPARE(dialogs.first()->table()->rowCount(), 1);
    QCOMPARE(dialogs.first()->table()->item(0, 3)->text(), text("张建国"));
    dialogs.first()->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // The form-2 slice: Zhang's warning in his case.
    window.formsChart()->click(1, 0);
    dialogs = window.findChildren<RecordsDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QCOMPARE(dialogs.first()->table()->rowCount(), 1);
}

void TestViewDashboard::unitTableAndScope()
{
    County county;
    DashboardWindow window(*county.database, 2025);
    window.show();
    window.refresh();
    // The whole county: the town and the bureau, the town first (its top-leader case,
    // clue and sanction).
    QTableWidget *units = window.unitTable();
    QCOMPARE(units->rowCount(), 2);
    QCOMPARE(units->item(0, 0)->text(), text("城关镇"));
    QCOMPARE(units->item(0, 1)->text(), text("1"));
    // Clues per 100 cadres: one clue subject among one cadre.
    QCOMPARE(units->item(0, 2)->text(), text("100.0"));

    window.setScope(StatisticScope{county.bureau, QString()}, text("县水利局"));
    window.refresh();
    QCOMPARE(window.trendChart()->seriesLabels().size(), 4); // no county-wide disposals
    QCOMPARE(window.formsChart()->seriesValues(0), QVector<double>{1.0}); // Li's admonition
}

void TestViewDashboard::everyHeatCellOpensItsRecords_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    // Each unit's row, each cell: its name, cadres, six indicators and score.
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 9; ++column)
            QTest::addRow("row %d, column %d", row, column) << row << column;
    }
}

void TestViewDashboard::everyHeatCellOpensItsRecords()
{
    QFETCH(int, row);
    QFETCH(int, column);

    County county;
    DashboardWindow window(*county.database, 2025);
    window.show();
    window.refresh();
    QTableWidget *units = window.unitTable();
    QCOMPARE(units->rowCount(), 2);
    QCOMPARE(units->columnCount(), 9);
    // The number of records behind a cell: its count; for clues per 100 cadres the clue
    // subjects; for the unit's name and score, all of its indicators' records.
    const double cadres = units->item(row, 1)->text().toDouble();
    auto behind = [&](int cell) {
        const double value = units->item(row, cell)->text().toDouble();
        return cell == 2 ? qRound(value * cadres / 100.0) : qRound(value);
    };
    int expected = 0;
    if (column == 0 || column == 8) {
        for (int cell = 2; cell < 8; ++cell)
            expected += behind(cell);
    } else {
        expected = behind(column);
    }

    window.tabs()->setCurrentWidget(units);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(20); // the table's layout, now that its tab shows
    const QRect cell = units->visualItemRect(units->item(row, column));
    QCOMPARE(units->itemAt(cell.center()), units->item(row, column));
    // A double click: the press that selects the cell, then the double click.
    QTest::mousePress(units->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(units->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    const auto dialogs = window.findChildren<RecordsDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QVERIFY(dialogs.first()->windowTitle().startsWith(units->item(row, 0)->text()));
    QCOMPARE(dialogs.first()->table()->rowCount(), expected);
    // The bureau's overdue rectification is the finding still open.
    if (units->item(row, 0)->text() == text("县水利局") && column == 4) {
        QCOMPARE(expected, 1);
        QCOMPARE(dialogs.first()->table()->item(0, 4)->text(), text("县水利局"));
    }
}

void TestViewDashboard::yearlyPageExportsToPdf()
{
    County county;
    DashboardWindow window(*county.database, 2025);
    window.refresh();
    const QString page = window.yearlyPage()->toPlainText();
    QVERIFY(page.contains(text("2025年度纪检监察工作统计")));
    QVERIFY(page.contains(text("共受理问题线索1件")));
    QVERIFY(page.contains(text("立案审查调查1人")));
    QVERIFY(page.contains(text("第一种形态4人次")));

    if (QStandardPaths::findExecutable(text("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(text("statistics.pdf"));
    QVERIFY(window.exportYearlyPdf(path));
    QProcess pdftotext;
    pdftotext.start(text("pdftotext"), {path, text("-")});
    QVERIFY(pdftotext.waitForFinished());
    const QString extracted = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(extracted.contains(text("工作统计")), qPrintable(extracted.left(200)));
    QVERIFY(extracted.contains(text("提醒谈话")));
    QVERIFY(extracted.contains(text("内部资料")));
}

QTEST_MAIN(TestViewDashboard)
#include "test_view_dashboard.moc"
