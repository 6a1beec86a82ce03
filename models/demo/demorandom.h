#pragma once

#include <QDate>

#include <random>
#include <vector>

// The one source of chance in the demo data. std::mt19937 produces the same sequence on every
// platform, and the helpers below only use integer arithmetic on its output (the standard
// distributions differ between library implementations), so a seed always yields the same data.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_engine(seed)
    {}

    quint32 next() { return quint32(m_engine()); }

    // 0 .. bound-1; 0 when bound <= 0.
    int bounded(int bound)
    {
        if (bound <= 0)
            return 0;
        return int((quint64(next()) * quint64(bound)) >> 32);
    }

    // low .. high, both included.
    int between(int low, int high) { return high <= low ? low : low + bounded(high - low + 1); }

    bool percent(int chance) { return bounded(100) < chance; }
    bool perMille(int chance) { return bounded(1000) < chance; }

    // An index drawn with the given relative weights.
    int weighted(const std::vector<int> &weights)
    {
        int total = 0;
        for (int weight : weights)
            total += weight;
        int draw = bounded(total);
        for (int i = 0; i < int(weights.size()); ++i) {
            if (draw < weights[size_t(i)])
                return i;
            draw -= weights[size_t(i)];
        }
        return int(weights.size()) - 1;
    }

    template<typename List>
    const auto &pick(const List &list)
    {
        return list[bounded(int(list.size()))];
    }

    // A day from first to last, both included.
    QDate dayBetween(QDate first, QDate last)
    {
        if (!first.isValid() || !last.isValid() || last <= first)
            return first;
        return first.addDays(bounded(int(first.daysTo(last)) + 1));
    }

    // A working day (Monday to Friday) from first to last, where the span has one.
    QDate workingDayBetween(QDate first, QDate last)
    {
        QDate day = dayBetween(first, last);
        while (day.dayOfWeek() > 5 && day > first)
            day = day.addDays(-1);
        while (day.dayOfWeek() > 5 && day < last)
            day = day.addDays(1);
        return day;
    }

private:
    std::mt19937 m_engine;
};
