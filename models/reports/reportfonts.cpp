#include "reportfonts.h"

#include <QFontDatabase>
#include <QHash>
#include <QStringList>

namespace {

QStringList preferred(ReportFonts::Role role)
{
    static const QStringList song = {QStringLiteral("SimSun"),
                                     QStringLiteral("宋体"),
                                     QStringLiteral("NSimSun"),
                                     QStringLiteral("Noto Serif CJK SC"),
                                     QStringLiteral("Source Han Serif SC"),
                                     QStringLiteral("AR PL UMing CN")};
    switch (role) {
    case ReportFonts::Role::Body:
        return QStringList{QStringLiteral("FangSong"), QStringLiteral("仿宋"),
                           QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋_GB2312"),
                           QStringLiteral("STFangsong")}
               + song;
    case ReportFonts::Role::Table:
        return song + QStringList{QStringLiteral("FangSong"), QStringLiteral("仿宋")};
    case ReportFonts::Role::Title:
        return {QStringLiteral("FZXiaoBiaoSong-B05S"),
                QStringLiteral("方正小标宋简体"),
                QStringLiteral("SimHei"),
                QStringLiteral("黑体"),
                QStringLiteral("Noto Sans CJK SC"),
                QStringLiteral("Source Han Sans SC"),
                QStringLiteral("WenQuanYi Zen Hei")};
    }
    return song;
}

// Any installed face that writes Simplified Chinese, proportional ones first; Droid Sans
// Fallback last, as its Latin letters look out of place in a document.
QString anyChineseFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    QString fallback;
    for (const QString &family : families) {
        if (family.contains(QLatin1String("Mono"), Qt::CaseInsensitive)
            || family.contains(QLatin1String("Droid"), Qt::CaseInsensitive)) {
            if (fallback.isEmpty())
                fallback = family;
            continue;
        }
        return family;
    }
    return fallback;
}

} // namespace

namespace ReportFonts {

QString family(Role role)
{
    static QHash<int, QString> chosen;
    const auto found = chosen.constFind(int(role));
    if (found != chosen.constEnd())
        return *found;
    QString result;
    const QStringList installed = QFontDatabase::families();
    for (const QString &name : preferred(role)) {
        if (installed.contains(name, Qt::CaseInsensitive)) {
            result = name;
            break;
        }
    }
    if (result.isEmpty())
        result = anyChineseFamily();
    chosen.insert(int(role), result);
    return result;
}

} // namespace ReportFonts
