#pragma once

#include <QStyledItemDelegate>

// Paints the directory's status badges ("影响期", "线索 2", "逾期 1") as small coloured pills,
// sized from the font so they scale with the screen.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
