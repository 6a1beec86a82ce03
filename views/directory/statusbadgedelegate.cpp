#include "statusbadgedelegate.h"

#include "items/cadredirectorymodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

struct BadgeColors
{
    QColor background;
    QColor text;
};

BadgeColors colorsFor(int level)
{
    switch (level) {
    case CadreDirectoryModel::SeriousBadge:
        return {QColor(0xfd, 0xe7, 0xe7), QColor(0xb0, 0x1e, 0x1e)};
    case CadreDirectoryModel::WarningBadge:
        return {QColor(0xff, 0xf1, 0xdc), QColor(0x8a, 0x4b, 0x00)};
    default:
        return {QColor(0xec, 0xef, 0xf3), QColor(0x45, 0x55, 0x64)};
    }
}

QVariantList badgesOf(const QModelIndex &index)
{
    return index.data(CadreDirectoryModel::BadgesRole).toList();
}

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QFontMetrics metrics(option.font);
    const int padding = metrics.horizontalAdvance(QLatin1Char(' '));
    const int height = metrics.height() + padding / 2;
    int x = option.rect.left() + padding;
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(option.font);
    for (const QVariant &item : badgesOf(index)) {
        const QVariantMap badge = item.toMap();
        const QString text = badge.value(QStringLiteral("text")).toString();
        const BadgeColors colors = colorsFor(badge.value(QStringLiteral("level")).toInt());
        const int width = metrics.horizontalAdvance(text) + 2 * padding;
        if (x + width > option.rect.right())
            break;
        const QRectF pill(x, y, width, height);
        QPainterPath path;
        path.addRoundedRect(pill, height / 2.0, height / 2.0);
        painter->fillPath(path, colors.background);
        painter->setPen(colors.text);
        painter->drawText(pill, Qt::AlignCenter, text);
        x += width + padding / 2;
    }
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    const int padding = metrics.horizontalAdvance(QLatin1Char(' '));
    int width = padding;
    for (const QVariant &item : badgesOf(index))
        width += metrics.horizontalAdvance(item.toMap().value(QStringLiteral("text")).toString())
                 + 2 * padding + padding / 2;
    size.setWidth(std::max(size.width(), width));
    size.setHeight(std::max(size.height(), metrics.height() + padding));
    return size;
}
