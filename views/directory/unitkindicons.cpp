#include "unitkindicons.h"

#include <QCoreApplication>
#include <QFont>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace {

class UnitKindIconText
{
    Q_DECLARE_TR_FUNCTIONS(UnitKindIconText)
};

// Paints a rounded tile with one character on it, at the size it is asked for.
class TileIconEngine : public QIconEngine
{
public:
    TileIconEngine(const QColor &color, const QString &glyph)
        : m_color(color)
        , m_glyph(glyph)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF tile(rect.x() + (rect.width() - side) / 2 + side * 0.06,
                          rect.y() + (rect.height() - side) / 2 + side * 0.06, side * 0.88,
                          side * 0.88);
        QColor color = m_color;
        if (mode == QIcon::Disabled)
            color = QColor(160, 160, 160);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(tile, side * 0.2, side * 0.2);
        painter->fillPath(path, color);
        QFont font = painter->font();
        font.setPixelSize(std::max(6, int(side * 0.58)));
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(tile, Qt::AlignCenter, m_glyph);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new TileIconEngine(m_color, m_glyph); }

private:
    QColor m_color;
    QString m_glyph;
};

struct KindStyle
{
    const char *kind;
    QColor color;
    QString glyph;
};

QList<KindStyle> styles()
{
    // One character per kind, translatable: 县 乡 部 事 企 派 in Chinese.
    return {
        {"county", QColor(0xb7, 0x1c, 0x1c), UnitKindIconText::tr("C", "county")},
        {"township", QColor(0x2e, 0x7d, 0x32), UnitKindIconText::tr("T", "township")},
        {"department", QColor(0x15, 0x65, 0xc0), UnitKindIconText::tr("D", "department")},
        {"institution", QColor(0x00, 0x83, 0x8f), UnitKindIconText::tr("I", "public institution")},
        {"enterprise", QColor(0x6a, 0x1b, 0x9a), UnitKindIconText::tr("E", "state enterprise")},
        {"stationed_group", QColor(0xc6, 0x28, 0x28),
         UnitKindIconText::tr("S", "stationed discipline group")},
    };
}

} // namespace

namespace UnitKindIcons {

QHash<QString, QIcon> all()
{
    QHash<QString, QIcon> icons;
    for (const KindStyle &style : styles())
        icons.insert(QString::fromLatin1(style.kind),
                     QIcon(new TileIconEngine(style.color, style.glyph)));
    return icons;
}

QIcon forKind(const QString &kind)
{
    return all().value(kind);
}

} // namespace UnitKindIcons
