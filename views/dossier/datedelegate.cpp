#include "datedelegate.h"

#include "items/displaydate.h"

#include <QDateTime>
#include <QLocale>

QString DateDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.typeId() == QMetaType::QDate)
        return displayDate(value.toDate());
    if (value.typeId() == QMetaType::QDateTime) {
        const QDateTime time = value.toDateTime();
        return displayDate(time.date()) + QLatin1Char(' ')
               + locale.toString(time.time(), QStringLiteral("HH:mm"));
    }
    return QStyledItemDelegate::displayText(value, locale);
}
