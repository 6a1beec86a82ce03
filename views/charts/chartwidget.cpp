#include "chartwidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

struct ChartWidget::Private
{
    QChart *chart = nullptr;
    QVector<ChartSeries> series;
    QVector<QLineSeries *> lines;
    QVector<QBarSet *> sets;
    QVector<QPieSlice *> slices;
};

ChartWidget::ChartWidget(Kind kind, const QString &title, const QStringList &categories,
                         const QVector<ChartSeries> &series, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
    , m_kind(kind)
    , m_categories(categories)
{
    d->series = series;
    d->chart = new QChart;
    d->chart->setTitle(title);
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    double highest = 0;
    for (const ChartSeries &one : series) {
        for (double value : one.values)
            highest = std::max(highest, value);
    }
    auto valueAxis = [&](Qt::Alignment alignment) {
        auto *axis = new QValueAxis;
        axis->setRange(0, highest > 0 ? std::ceil(highest * 1.1) : 1);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        d->chart->addAxis(axis, alignment);
        return axis;
    };
    auto categoryAxis = [&](Qt::Alignment alignment, const QStringList &labels) {
        auto *axis = new QBarCategoryAxis;
        axis->append(labels);
        d->chart->addAxis(axis, alignment);
        return axis;
    };

    switch (kind) {
    case Kind::Lines: {
        QBarCategoryAxis *x = categoryAxis(Qt::AlignBottom, categories);
        QValueAxis *y = valueAxis(Qt::AlignLeft);
        for (int s = 0; s < series.size(); ++s) {
            auto *line = new QLineSeries;
            line->setName(series.at(s).label);
            line->setPointsVisible(true);
            for (int i = 0; i < series.at(s).values.size(); ++i)
                line->append(i, series.at(s).values.at(i));
            d->chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            d->lines << line;
            connect(line, &QLineSeries::clicked, this, [this, s](const QPointF &point) {
                emit clicked(d->series.at(s).key, int(std::lround(point.x())));
            });
        }
        // The category axis spans -0.5 … n-0.5 for bars; lines sit on the categories.
        x->setRange(categories.value(0), categories.value(categories.size() - 1));
        break;
    }
    case Kind::Bars: {
        auto *bars = new QBarSeries;
        for (int s = 0; s < series.size(); ++s) {
            auto *set = new QBarSet(series.at(s).label);
            for (double value : series.at(s).values)
                set->append(value);
            bars->append(set);
            d->sets << set;
            connect(set, &QBarSet::clicked, this,
                    [this, s](int index) { emit clicked(d->series.at(s).key, index); });
        }
        d->chart->addSeries(bars);
        QBarCategoryAxis *labels = categoryAxis(Qt::AlignBottom, categories);
        QValueAxis *values = valueAxis(Qt::AlignLeft);
        bars->attachAxis(labels);
        bars->attachAxis(values);
        break;
    }
    case Kind::HorizontalBars: {
        // One bar per series, labelled on the axis: a ranking of kinds.
        auto *bars = new QHorizontalBarSeries;
        auto *set = new QBarSet(title);
        QStringList labels;
        for (const ChartSeries &one : series) {
            set->append(one.values.value(0));
            labels << one.label;
        }
        bars->append(set);
        d->sets << set;
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (index >= 0 && index < d->series.size())
                emit clicked(d->series.at(index).key, 0);
        });
        d->chart->addSeries(bars);
        QBarCategoryAxis *axis = categoryAxis(Qt::AlignLeft, labels);
        QValueAxis *values = valueAxis(Qt::AlignBottom);
        bars->attachAxis(axis);
        bars->attachAxis(values);
        d->chart->legend()->hide();
        break;
    }
    case Kind::Pie: {
        auto *pie = new QPieSeries;
        double total = 0;
        for (const ChartSeries &one : series)
            total += one.values.value(0);
        for (int s = 0; s < series.size(); ++s) {
            const double value = series.at(s).values.value(0);
            QPieSlice *slice
                = pie->append(total > 0 ? QStringLiteral("%1 %2 (%3%)")
                                              .arg(series.at(s).label)
                                              .arg(value)
                                              .arg(QString::number(100.0 * value / total, 'f', 1))
                                        : series.at(s).label,
                              value);
            // Thin slices would print over each other: the legend names them all.
            slice->setLabelVisible(total > 0 && value / total >= 0.03);
            d->slices << slice;
            connect(slice, &QPieSlice::clicked, this,
                    [this, s] { emit clicked(d->series.at(s).key, 0); });
        }
        d->chart->addSeries(pie);
        d->chart->legend()->setAlignment(Qt::AlignRight);
        break;
    }
    }

    auto *view = new QChartView(d->chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
}

ChartWidget::~ChartWidget() = default;

QStringList ChartWidget::seriesLabels() const
{
    QStringList labels;
    for (QLineSeries *line : d->lines)
        labels << line->name();
    if (m_kind == Kind::HorizontalBars) {
        for (const ChartSeries &one : d->series)
            labels << one.label;
    } else {
        for (QBarSet *set : d->sets)
            labels << set->label();
    }
    for (QPieSlice *slice : d->slices)
        labels << slice->label();
    return labels;
}

QVector<double> ChartWidget::seriesValues(int series) const
{
    QVector<double> values;
    if (!d->lines.isEmpty() && series < d->lines.size()) {
        for (const QPointF &point : d->lines.at(series)->points())
            values << point.y();
    } else if (m_kind == Kind::HorizontalBars && !d->sets.isEmpty()) {
        if (series < d->sets.first()->count())
            values << d->sets.first()->at(series);
    } else if (!d->sets.isEmpty() && series < d->sets.size()) {
        for (int i = 0; i < d->sets.at(series)->count(); ++i)
            values << d->sets.at(series)->at(i);
    } else if (!d->slices.isEmpty() && series < d->slices.size()) {
        values << d->slices.at(series)->value();
    }
    return values;
}

void ChartWidget::click(int series, int category)
{
    if (series < d->lines.size())
        emit d->lines.at(series)->clicked(QPointF(category, 0));
    else if (m_kind == Kind::HorizontalBars && !d->sets.isEmpty())
        emit d->sets.first()->clicked(series);
    else if (series < d->sets.size())
        emit d->sets.at(series)->clicked(category);
    else if (series < d->slices.size())
        emit d->slices.at(series)->clicked();
}
