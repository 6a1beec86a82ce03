#include "displaydate.h"

#include "domain/period.h"

#include <QLocale>

QString displayDate(QDate date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return formatChineseDate(date);
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}
