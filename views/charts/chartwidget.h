#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

#include <memory>

// One series of plain numbers for a chart: a value per category.
struct ChartSeries
{
    QString key;   // handed back when a point, bar or slice is clicked
    QString label; // shown in the legend
    QVector<double> values;
};

// The one place that knows Qt Charts (deprecated from Qt 6.10): it takes plain numbers and
// returns a widget, so a later move to another chart library touches this folder only. Every
// point, bar and slice is clickable and says which series and category it shows.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Lines, Bars, HorizontalBars, Pie };

    // Lines or bars: one value per category per series. Pie: the first value of each series
    // is a slice. Horizontal bars: one bar per series (its first value).
    ChartWidget(Kind kind, const QString &title, const QStringList &categories,
                const QVector<ChartSeries> &series, QWidget *parent = nullptr);
    ~ChartWidget() override;

    Kind kind() const { return m_kind; }
    QStringList categories() const { return m_categories; }
    // What the chart draws, read back from it: the series' names and their values.
    QStringList seriesLabels() const;
    QVector<double> seriesValues(int series) const;
    // Acts as a click of the user on the point, bar or slice of `series` at `category`.
    void click(int series, int category);

signals:
    void clicked(const QString &seriesKey, int category);

private:
    struct Private;
    std::unique_ptr<Private> d;
    Kind m_kind;
    QStringList m_categories;
};
