#pragma once

#include <QStyledItemDelegate>

// Shows dates and times the way the interface language writes them: 2024年3月1日 in Chinese.
class DateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
};
