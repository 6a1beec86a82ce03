#pragma once

#include "statisticcounts.h"
#include "statisticscope.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <array>

// The four forms (四种形态) of a period, in person-times, read from the maintained counts
// ("form.1" to "form.4", migration 006): a form-bearing talk, a measure outside a case, a clue
// closed with the explanation accepted or with a first-form measure (once per cadre — a measure
// recorded for that clue counts instead, not as well), and per cadre in a case one person-time
// in the heaviest form of its measures, or form 4 alone when transferred to the judiciary. The
// class of each measure comes from the dated rules table as of the last day of its year; the
// triggers recount the forms when the rules change. Counted by month, so a span is whole months.
class FourFormsCount
{
public:
    explicit FourFormsCount(const Database &database);

    // "form.1" … "form.4".
    static QStringList indicators();
    static QString indicator(int form);

    std::array<qint64, 4> count(QDate from, QDate to, const StatisticScope &scope = {}) const;
    // The person-times behind count(), each naming the record that placed it (a case for a
    // cadre in a case); `form` 0 lists all four.
    QVector<CountedRecord> personTimes(QDate from, QDate to, const StatisticScope &scope = {},
                                       int form = 0) const;

private:
    StatisticCounts m_counts;
};
