#include "dashboardwindow.h"

#include "charts/chartwidget.h"
#include "domain/dataerror.h"
#include "recordsdialog.h"
#include "reports/yearlyreport.h"
#include "spreadsheets/reportworkbooks.h"
#include "statistics/yearlystatistics.h"
#include "storage/database.h"
#include "yearlyprint.h"

#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

ChartSeries chartSeries(const FigureSeries &series)
{
    return {series.key, series.label, series.values};
}

QVector<ChartSeries> chartSeries(const QVector<FigureSeries> &all)
{
    QVector<ChartSeries> converted;
    for (const FigureSeries &series : all)
        converted << chartSeries(series);
    return converted;
}

// A light-to-deep red for a score of 0 to 1.
QColor heat(double score)
{
    const int fade = int(std::lround(255 - 150 * qBound(0.0, score, 1.0)));
    return QColor(255, fade, fade);
}

} // namespace

DashboardWindow::DashboardWindow(const Database &database, int year, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_scopeLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_units(new QTableWidget(this))
    , m_yearly(new QTextBrowser(this))
{
    setWindowTitle(tr("Political-Ecology Dashboard"));
    for (QSpinBox *box : {m_from, m_to}) {
        box->setRange(1949, 9999);
        box->setValue(year);
    }
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(refreshButton);
    controls->addWidget(m_scopeLabel, 1);

    auto *trendPage = new QWidget(this);
    auto *trendLayout = new QVBoxLayout(trendPage);
    m_trendHolder = holder(trendPage);
    m_talkHolder = holder(trendPage);
    auto *formsPage = new QWidget(this);
    auto *formsLayout = new QHBoxLayout(formsPage);
    m_formsHolder = holder(formsPage);
    m_sanctionsHolder = holder(formsPage);
    auto *rectificationPage = new QWidget(this);
    auto *rectificationLayout = new QVBoxLayout(rectificationPage);
    m_rectificationHolder = holder(rectificationPage);
    m_rateHolder = holder(rectificationPage);
    trendLayout->addWidget(m_trendHolder, 3);
    trendLayout->addWidget(m_talkHolder, 2);
    formsLayout->addWidget(m_formsHolder, 1);
    formsLayout->addWidget(m_sanctionsHolder, 1);
    rectificationLayout->addWidget(m_rectificationHolder, 3);
    rectificationLayout->addWidget(m_rateHolder, 2);

    m_units->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_units->setSelectionMode(QAbstractItemView::SingleSelection);
    m_units->verticalHeader()->hide();
    auto *yearlyPage = new QWidget(this);
    auto *yearlyLayout = new QVBoxLayout(yearlyPage);
    auto *printButton = new QPushButton(tr("Print…"), yearlyPage);
    auto *exportButton = new QPushButton(tr("Export PDF…"), yearlyPage);
    auto *excelButton = new QPushButton(tr("Export to Excel…"), yearlyPage);
    excelButton->setObjectName(QStringLiteral("yearlyExcel"));
    auto *yearlyButtons = new QHBoxLayout;
    yearlyButtons->addStretch(1);
    yearlyButtons->addWidget(printButton);
    yearlyButtons->addWidget(exportButton);
    yearlyButtons->addWidget(excelButton);
    yearlyLayout->addWidget(m_yearly, 1);
    yearlyLayout->addLayout(yearlyButtons);

    m_tabs->addTab(trendPage, tr("Trends"));
    m_tabs->addTab(formsPage, tr("Four forms"));
    m_tabs->addTab(m_units, tr("Units"));
    m_tabs->addTab(rectificationPage, tr("Rectification"));
    m_tabs->addTab(yearlyPage, tr("Yearly statistics"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);

    connect(refreshButton, &QPushButton::clicked, this, &DashboardWindow::refresh);
    connect(printButton, &QPushButton::clicked, this, &DashboardWindow::previewAndPrint);
    connect(exportButton, &QPushButton::clicked, this, &DashboardWindow::chooseAndExportPdf);
    connect(excelButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Yearly Statistics"), tr("work-statistics-%1.xlsx").arg(m_to->value()),
            tr("Excel workbooks (*.xlsx)"));
        if (path.isEmpty())
            return;
        try {
            ReportWorkbooks::writeYearlyStatistics(m_database, path, m_to->value(), m_scope);
        } catch (const DataError &error) {
            QMessageBox::warning(this, windowTitle(), error.message());
        }
    });
    // Every cell opens the records behind it: an indicator's, the unit's cadres, or (the name
    // and the score) all the unit's records behind its indicators.
    connect(m_units, &QTableWidget::cellActivated, this,
            [this](int row, int column) { showUnitRecords(row, unitColumn(column)); });
    setScope({}, tr("Whole county"));
    resize(1200, 820);
}

DashboardWindow::~DashboardWindow() = default;

QWidget *DashboardWindow::holder(QWidget *page)
{
    auto *widget = new QWidget(page);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    return widget;
}

void DashboardWindow::setYears(int fromYear, int toYear)
{
    m_from->setValue(fromYear);
    m_to->setValue(toYear);
}

void DashboardWindow::setScope(const StatisticScope &scope, const QString &name)
{
    m_scope = scope;
    m_scopeName = name;
    m_scopeLabel->setText(tr("Units: %1").arg(name));
}

void DashboardWindow::refresh()
{
    try {
        m_figures = std::make_unique<DashboardFigures>(m_database, m_from->value(), m_to->value(),
                                                       m_scope);
        // An account limited to some units sees those, even where the county was chosen.
        if (m_figures->scope().isLimitedByAccount() && m_scope.isWholeCounty())
            m_scopeLabel->setText(tr("Units: those of your account"));
        rebuildCharts();
        fillUnits();
        fillYearly();
    } catch (const DataError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
}

void DashboardWindow::replace(ChartWidget *&slot, ChartWidget *chart, QWidget *holder)
{
    delete slot;
    slot = chart;
    holder->layout()->addWidget(chart);
    connect(chart, &ChartWidget::clicked, this, [this, chart](const QString &key, int category) {
        if (chart == m_formsChart)
            showForm(category >= 0 ? key.toInt() : 0);
        else if (chart == m_sanctionsChart)
            showRecords(key, -1);
        else
            showRecords(key, category);
    });
}

void DashboardWindow::rebuildCharts()
{
    const DashboardFigures &figures = *m_figures;
    QStringList periods = figures.periods();
    replace(m_trendChart,
            new ChartWidget(ChartWidget::Kind::Lines, tr("Clues, cases, sanctions, inspections"),
                            periods, chartSeries(figures.trends())),
            m_trendHolder);
    replace(m_talkChart,
            new ChartWidget(ChartWidget::Kind::Bars, tr("Talks by kind"), periods,
                            chartSeries(figures.talks())),
            m_talkHolder);

    const auto forms = figures.fourForms();
    QVector<ChartSeries> formSeries;
    for (int form = 1; form <= 4; ++form)
        formSeries << ChartSeries{
            QString::number(form), tr("Form %1").arg(form), {double(forms[size_t(form - 1)])}};
    replace(m_formsChart,
            new ChartWidget(ChartWidget::Kind::Pie, tr("The four forms (person-times)"), {},
                            formSeries),
            m_formsHolder);
    QVector<ChartSeries> kinds;
    for (const FigureSeries &kind : figures.sanctionsByKind())
        kinds << ChartSeries{kind.key, kind.label, kind.values};
    replace(m_sanctionsChart,
            new ChartWidget(ChartWidget::Kind::HorizontalBars, tr("Measures by kind"), {}, kinds),
            m_sanctionsHolder);

    const QVector<FigureSeries> rectification = figures.rectification();
    replace(m_rectificationChart,
            new ChartWidget(ChartWidget::Kind::Bars, tr("Rectifications found and completed"),
                            periods, chartSeries(rectification.mid(0, 2))),
            m_rectificationHolder);
    replace(m_rateChart,
            new ChartWidget(ChartWidget::Kind::Lines, tr("Completion so far (%)"), periods,
                            chartSeries(rectification.mid(2, 1))),
            m_rateHolder);
}

void DashboardWindow::fillUnits()
{
    m_unitRows = m_figures->units();
    const QStringList indicators = DashboardFigures::unitIndicators();
    QStringList headers{tr("Unit"), tr("Cadres")};
    for (int i = 0; i < indicators.size(); ++i)
        headers << DashboardFigures::unitIndicatorLabel(i);
    headers << tr("Score");
    m_units->clear();
    m_units->setColumnCount(int(headers.size()));
    m_units->setHorizontalHeaderLabels(headers);
    m_units->setRowCount(int(m_unitRows.size()));
    for (int row = 0; row < m_unitRows.size(); ++row) {
        const UnitFigures &unit = m_unitRows.at(row);
        m_units->setItem(row, 0, new QTableWidgetItem(unit.name));
        m_units->setItem(row, 1, new QTableWidgetItem(QString::number(unit.cadres)));
        for (int i = 0; i < indicators.size(); ++i) {
            const double value = unit.values.at(i);
            auto *item = new QTableWidgetItem(i == 0 ? QString::number(value, 'f', 1)
                                                     : QString::number(qint64(value)));
            item->setBackground(heat(unit.scores.at(i)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(tr("%1: %2; score %3 = this value over the highest of the units")
                                 .arg(DashboardFigures::unitIndicatorLabel(i))
                                 .arg(value)
                                 .arg(QString::number(unit.scores.at(i), 'f', 2)));
            m_units->setItem(row, i + 2, item);
        }
        auto *score = new QTableWidgetItem(QString::number(unit.score, 'f', 2));
        score->setBackground(heat(unit.score));
        score->setToolTip(tr("The mean of the six scores"));
        m_units->setItem(row, int(indicators.size()) + 2, score);
    }
    m_units->resizeColumnsToContents();
}

void DashboardWindow::fillYearly()
{
    const StatisticsService service(m_database);
    const int year = m_to->value();
    const YearlyStatistics current = service.year(year, m_scope);
    const YearlyStatistics previous = service.year(year - 1, m_scope);
    const bool county = m_figures->scope().isWholeCounty();
    const QString name
        = m_scope.isWholeCounty() && !county ? tr("The units of your account") : m_scopeName;
    const auto document = YearlyReport::document(
        current, previous, county ? YearlyReport::commissionName(m_database.connection()) : name,
        county ? QStringLiteral("全县") : name);
    m_yearly->setHtml(document->toHtml());
}

void DashboardWindow::openList(const QString &title, const QVector<CountedRecord> &records)
{
    auto *dialog = new RecordsDialog(title, records, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordsDialog::dossierRequested, this, &DashboardWindow::dossierRequested);
    dialog->show();
}

int DashboardWindow::unitColumn(int column) const
{
    const int indicators = int(DashboardFigures::unitIndicators().size());
    if (column == 1)
        return DashboardFigures::CadresOfUnit;
    if (column >= 2 && column < indicators + 2)
        return column - 2;
    return DashboardFigures::AllOfUnit;
}

void DashboardWindow::showRecords(const QString &key, int category)
{
    if (!m_figures)
        return;
    const QStringList periods = m_figures->periods();
    QString from = m_figures->periodRange(periods.first()).first;
    QString to = m_figures->periodRange(periods.last()).second;
    if (category >= 0 && category < periods.size()) {
        // The completion rate so far counts from the first period on.
        if (key != QLatin1String("rectification_rate"))
            from = m_figures->periodRange(periods.at(category)).first;
        to = m_figures->periodRange(periods.at(category)).second;
    }
    openList(tr("%1, %2 to %3").arg(key, from, to), m_figures->records(key, from, to, m_scope));
}

void DashboardWindow::showForm(int form)
{
    if (!m_figures)
        return;
    openList(tr("Form %1, %2 to %3").arg(form).arg(m_from->value()).arg(m_to->value()),
             m_figures->fourFormsPersonTimes(form));
}

void DashboardWindow::showUnitRecords(int row, int indicator)
{
    if (!m_figures || row < 0 || row >= m_unitRows.size())
        return;
    const UnitFigures &unit = m_unitRows.at(row);
    QString what;
    if (indicator >= 0 && indicator < DashboardFigures::unitIndicators().size())
        what = DashboardFigures::unitIndicatorLabel(indicator);
    else if (indicator == DashboardFigures::CadresOfUnit)
        what = tr("Cadres");
    else
        what = tr("All indicators");
    try {
        openList(tr("%1: %2").arg(unit.name, what), m_figures->unitRecords(unit.unitId, indicator));
    } catch (const DataError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
}

int DashboardWindow::exportYearlyPdf(const QString &path)
{
    return YearlyPrint::exportPdf(path, *m_yearly->document(), m_database, m_to->value(),
                                  windowTitle());
}

int DashboardWindow::printYearly(QPrinter &printer)
{
    return YearlyPrint::print(printer, *m_yearly->document(), m_database, m_to->value());
}

void DashboardWindow::previewAndPrint()
{
    try {
        YearlyPrint::preview(this, *m_yearly->document(), m_database, m_to->value());
    } catch (const DataError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
}

void DashboardWindow::chooseAndExportPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Yearly Statistics"), tr("work-statistics-%1.pdf").arg(m_to->value()),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        exportYearlyPdf(path);
    } catch (const DataError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
}
