#include "fourformscount.h"

namespace {

QString month(QDate day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

FourFormsCount::FourFormsCount(const Database &database)
    : m_counts(database)
{}

QString FourFormsCount::indicator(int form)
{
    return QStringLiteral("form.%1").arg(form);
}

QStringList FourFormsCount::indicators()
{
    return {indicator(1), indicator(2), indicator(3), indicator(4)};
}

std::array<qint64, 4> FourFormsCount::count(QDate from, QDate to, const StatisticScope &scope) const
{
    std::array<qint64, 4> forms{0, 0, 0, 0};
    const auto sums = m_counts.byIndicator(indicators(), month(from), month(to), scope);
    for (int form = 1; form <= 4; ++form)
        forms[size_t(form - 1)] = sums.value(indicator(form));
    return forms;
}

QVector<CountedRecord> FourFormsCount::personTimes(QDate from, QDate to,
                                                   const StatisticScope &scope, int form) const
{
    return m_counts.records(form >= 1 && form <= 4 ? QStringList{indicator(form)} : indicators(),
                            month(from), month(to), scope);
}
