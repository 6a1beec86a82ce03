#include "period.h"

#include <QCoreApplication>
#include <QLocale>

QDate lastDayAfterMonths(QDate first, int months)
{
    if (!first.isValid())
        return {};
    // QDate::addMonths clamps to the month's last day, which is exactly the stand-in we want.
    return first.addMonths(months).addDays(-1);
}

bool Period::contains(QDate day) const
{
    if (!day.isValid() || !first.isValid() || day < first)
        return false;
    if (permanent)
        return true;
    return last.isValid() && day <= last;
}

bool Period::hasEndedBy(QDate day) const
{
    return !permanent && last.isValid() && day.isValid() && day > last;
}

QString formatChineseDate(QDate date)
{
    if (!date.isValid())
        return {};
    return QString::fromUtf8("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString formatPeriodChinese(const Period &period)
{
    if (period.permanent)
        return QString::fromUtf8("%1起，无期限").arg(formatChineseDate(period.first));
    return QString::fromUtf8("%1至%2").arg(formatChineseDate(period.first),
                                           formatChineseDate(period.last));
}

QString formatPeriodEnglish(const Period &period)
{
    const QString first = period.first.toString(Qt::ISODate);
    if (period.permanent)
        return QCoreApplication::translate("Period", "from %1, permanent").arg(first);
    return QCoreApplication::translate("Period", "%1 to %2")
        .arg(first, period.last.toString(Qt::ISODate));
}

QString displayDate(QDate date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return formatChineseDate(date);
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString displayPeriod(const Period &period)
{
    if (!period.isValid())
        return {};
    return QLocale().language() == QLocale::Chinese ? formatPeriodChinese(period)
                                                    : formatPeriodEnglish(period);
}
