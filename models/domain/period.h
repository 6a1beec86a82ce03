#pragma once

#include <QDate>
#include <QString>

// The last day of a period of `months` months starting on `first` (inclusive): the day before the
// same calendar day `months` months later. Where that month has no such day (31 Jan + 1 month,
// 29 Feb + 12 months) its last day stands in, and the period ends the day before it.
QDate lastDayAfterMonths(QDate first, int months);

// A span of days, both ends inclusive. A permanent period has a first day and no last day.
struct Period
{
    QDate first;
    QDate last;
    bool permanent = false;

    bool isValid() const { return first.isValid() && (permanent || last.isValid()); }
    // True when `day` falls inside the period; a permanent period never ends.
    bool contains(QDate day) const;
    // True when the period has a last day and `day` comes after it.
    bool hasEndedBy(QDate day) const;
};

// "2024年3月1日", the form used in printed documents.
QString formatChineseDate(QDate date);
// A date as the interface shows it, in the default locale's language: "2024年3月1日" in
// Chinese, "1 Mar 2024" otherwise. An invalid date gives an empty string.
QString displayDate(QDate date);
// A period as the interface shows it: formatPeriodChinese in Chinese, formatPeriodEnglish
// otherwise; empty for an invalid period.
QString displayPeriod(const Period &period);
// "2024年3月15日至2025年3月14日"; a permanent period reads "2024年3月15日起，无期限".
QString formatPeriodChinese(const Period &period);
// "2024-03-15 to 2025-03-14", translatable, for the user interface.
QString formatPeriodEnglish(const Period &period);
