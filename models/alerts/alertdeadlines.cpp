#include "alertdeadlines.h"

namespace AlertDeadlines {

QDate fixedSupervisionWeek(int year, int month)
{
    const QDate first(year, month, 1);
    QDate monday = first.addDays(first.daysInMonth() - 1);
    while (monday.dayOfWeek() != Qt::Monday)
        monday = monday.addDays(-1);
    // The Friday must fall inside the month too.
    if (monday.addDays(4).month() != month)
        monday = monday.addDays(-7);
    return monday;
}

QDate nextFixedSupervisionWeek(QDate today)
{
    const QDate monday = fixedSupervisionWeek(today.year(), today.month());
    if (today <= monday.addDays(4))
        return monday;
    const QDate next = QDate(today.year(), today.month(), 1).addMonths(1);
    return fixedSupervisionWeek(next.year(), next.month());
}

QDate personalMattersReportDue(int year)
{
    return QDate(year, 1, 31);
}

QDate dutyReportDue(int year)
{
    return QDate(year + 1, 1, 31);
}

} // namespace AlertDeadlines
