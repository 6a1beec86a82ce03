#pragma once

#include "domain/rules.h"
#include "statisticscope.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

#include <array>

// One person-time of the four forms and the record that placed it there.
struct FormPersonTime
{
    int form = 0;  // 1–4
    QString table; // the deciding record: talks, admonitions, clues, sanctions, cases …
    qint64 id = 0;
    qint64 cadreId = 0;
    QDate date;
};

// The four forms (四种形态) of a period, in person-times: a form-bearing talk, an admonition
// outside a case, a clue closed with the explanation accepted or with a first-form measure (once
// per cadre — a measure recorded for that clue counts instead, not as well), a sanction or
// handling outside a case; in a case one person-time per cadre in the heaviest form, or form 4
// alone when transferred to the judiciary. The class of each measure comes from the dated rules
// table as of the last day of its year. Counted from the year's records through their date
// indexes; the rules decide the forms, so these are not kept as aggregates.
class FourFormsCount
{
public:
    FourFormsCount(const QSqlDatabase &db, Rules rules);

    QVector<FormPersonTime> personTimes(QDate from, QDate to,
                                        const StatisticScope &scope = {}) const;
    std::array<qint64, 4> count(QDate from, QDate to, const StatisticScope &scope = {}) const;

private:
    void gather(QDate from, QDate to, const StatisticScope &scope, std::array<qint64, 4> &forms,
                QVector<FormPersonTime> *list) const;
    std::optional<int> formOf(const QString &measure, QDate day) const;

    QSqlDatabase m_db;
    Rules m_rules;
};
