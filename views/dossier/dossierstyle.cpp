#include "dossierstyle.h"

#include <QFont>
#include <QLabel>
#include <QLayout>

namespace DossierStyle {

void makeHeading(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    label->setFont(font);
}

void makeQuiet(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: #6b7280;"));
}

void makeBadge(QLabel *label, Tone tone)
{
    struct Colors
    {
        const char *text;
        const char *background;
        const char *border;
    };
    static const Colors colors[] = {
        {"#9b1c1c", "#fde8e8", "#f8b4b4"}, // danger
        {"#8a4b08", "#fdf0dc", "#f5c98a"}, // warning
        {"#1e429f", "#e1effe", "#a4cafe"}, // caution
        {"#03543f", "#def7ec", "#84e1bc"}, // good
        {"#374151", "#f3f4f6", "#d1d5db"}, // neutral
    };
    const Colors &color = colors[int(tone)];
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3; "
                                        "border-radius: 9px; padding: 3px 10px; }")
                             .arg(QLatin1String(color.text), QLatin1String(color.background),
                                  QLatin1String(color.border)));
    label->setProperty("tone", int(tone));
}

void setPageMargins(QWidget *page)
{
    if (QLayout *layout = page->layout()) {
        layout->setContentsMargins(16, 12, 16, 12);
        layout->setSpacing(12);
    }
}

} // namespace DossierStyle
