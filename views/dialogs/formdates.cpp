#include "formdates.h"

#include <QDateEdit>
#include <QLocale>

namespace FormDates {

QString displayFormat()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("yyyy年M月d日")
                                                    : QStringLiteral("yyyy-MM-dd");
}

QDateEdit *createDateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(displayFormat());
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setMaximumDate(QDate(2100, 12, 31));
    return edit;
}

} // namespace FormDates
