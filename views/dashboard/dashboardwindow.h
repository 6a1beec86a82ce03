#pragma once

#include "statistics/dashboardfigures.h"
#include "statistics/statisticscope.h"

#include <memory>

#include <QWidget>

class Database;

class ChartWidget;
class QLabel;
class QPrinter;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

// The political-ecology dashboard for a span of years and a unit scope: trends, the four forms,
// the units' indicators as a heat table, rectification completion, and the yearly work
// statistics as a printable page. Every chart and number opens the records behind it.
class DashboardWindow : public QWidget
{
    Q_OBJECT

public:
    DashboardWindow(const Database &database, int year, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    void setYears(int fromYear, int toYear);
    void setScope(const StatisticScope &scope, const QString &name);
    void refresh();

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *unitTable() const { return m_units; }
    QTextBrowser *yearlyPage() const { return m_yearly; }
    ChartWidget *trendChart() const { return m_trendChart; }
    ChartWidget *talkChart() const { return m_talkChart; }
    ChartWidget *formsChart() const { return m_formsChart; }
    ChartWidget *sanctionsChart() const { return m_sanctionsChart; }
    ChartWidget *rectificationChart() const { return m_rectificationChart; }
    // The records behind the number of `key` in a category of the trend charts.
    void showRecords(const QString &key, int category);
    // The person-times of one of the four forms.
    void showForm(int form);
    // The records behind a cell of the unit table (DashboardFigures::unitRecords).
    void showUnitRecords(int row, int indicator);
    // The indicator of a column of the unit table, as showUnitRecords() takes it.
    int unitColumn(int column) const;
    // The yearly statistics page on paper; each print and export is audited. Return the pages.
    int exportYearlyPdf(const QString &path);
    int printYearly(QPrinter &printer);

signals:
    void dossierRequested(qint64 cadreId);

private:
    void rebuildCharts();
    void fillUnits();
    void fillYearly();
    void replace(ChartWidget *&slot, ChartWidget *chart, QWidget *holder);
    QWidget *holder(QWidget *page);
    void openList(const QString &title, const QVector<CountedRecord> &records);
    void chooseAndExportPdf();
    void previewAndPrint();

    const Database &m_database;
    StatisticScope m_scope;
    QString m_scopeName;
    std::unique_ptr<DashboardFigures> m_figures;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_trendHolder = nullptr;
    QWidget *m_talkHolder = nullptr;
    QWidget *m_formsHolder = nullptr;
    QWidget *m_sanctionsHolder = nullptr;
    QWidget *m_rectificationHolder = nullptr;
    QWidget *m_rateHolder = nullptr;
    ChartWidget *m_trendChart = nullptr;
    ChartWidget *m_talkChart = nullptr;
    ChartWidget *m_formsChart = nullptr;
    ChartWidget *m_sanctionsChart = nullptr;
    ChartWidget *m_rectificationChart = nullptr;
    ChartWidget *m_rateChart = nullptr;
    QTableWidget *m_units = nullptr;
    QTextBrowser *m_yearly = nullptr;
    QVector<UnitFigures> m_unitRows;
};
