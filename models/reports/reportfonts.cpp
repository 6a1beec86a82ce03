#include "reportfonts.h"

#include "domain/dataerror.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHash>
#include <QStringList>

namespace {

struct Faces
{
    QStringList official; // the standard's face, under its Windows and Chinese names
    QStringList serifStandIns;
    QStringList otherStandIns;
};

const QStringList songFaces
    = {QStringLiteral("SimSun"), QStringLiteral("宋体"),   QStringLiteral("NSimSun"),
       QStringLiteral("新宋体"), QStringLiteral("STSong"), QStringLiteral("华文宋体")};
const QStringList serifFaces
    = {QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC"),
       QStringLiteral("Source Han Serif SC"), QStringLiteral("Source Han Serif CN")};
const QStringList heiFaces = {QStringLiteral("SimHei"),
                              QStringLiteral("黑体"),
                              QStringLiteral("STHeiti"),
                              QStringLiteral("Noto Sans CJK SC"),
                              QStringLiteral("Source Han Sans SC"),
                              QStringLiteral("WenQuanYi Zen Hei"),
                              QStringLiteral("WenQuanYi Micro Hei")};

Faces facesOf(ReportFonts::Role role)
{
    switch (role) {
    case ReportFonts::Role::Title:
        return {{QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("方正小标宋简体"),
                 QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05")},
                serifFaces + songFaces,
                heiFaces};
    case ReportFonts::Role::Heading:
        return {{QStringLiteral("SimHei"), QStringLiteral("黑体"), QStringLiteral("STHeiti")},
                {},
                heiFaces + serifFaces + songFaces};
    case ReportFonts::Role::Subheading:
        return {{QStringLiteral("KaiTi"), QStringLiteral("楷体"), QStringLiteral("KaiTi_GB2312"),
                 QStringLiteral("楷体_GB2312"), QStringLiteral("STKaiti")},
                QStringList{QStringLiteral("AR PL UKai CN"), QStringLiteral("AR PL KaitiM GB")}
                    + serifFaces + songFaces,
                heiFaces};
    case ReportFonts::Role::Body:
        return {{QStringLiteral("FangSong"), QStringLiteral("仿宋"),
                 QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋_GB2312"),
                 QStringLiteral("STFangsong")},
                serifFaces + songFaces,
                heiFaces};
    case ReportFonts::Role::Table:
        return {songFaces, serifFaces, heiFaces};
    }
    return {};
}

QString officialName(ReportFonts::Role role)
{
    switch (role) {
    case ReportFonts::Role::Title:
        return QStringLiteral("方正小标宋简体");
    case ReportFonts::Role::Heading:
        return QStringLiteral("黑体");
    case ReportFonts::Role::Subheading:
        return QStringLiteral("楷体");
    case ReportFonts::Role::Body:
        return QStringLiteral("仿宋");
    case ReportFonts::Role::Table:
        return QStringLiteral("宋体");
    }
    return {};
}

QStringList chineseFamilies()
{
    QStringList result;
    for (const QString &family : QFontDatabase::families(QFontDatabase::SimplifiedChinese)) {
        // Droid Sans Fallback's Latin letters look out of place in a document.
        if (!family.contains(QLatin1String("Droid"), Qt::CaseInsensitive))
            result << family;
    }
    // Proportional faces before monospaced ones.
    std::stable_partition(result.begin(), result.end(), [](const QString &family) {
        return !family.contains(QLatin1String("Mono"), Qt::CaseInsensitive);
    });
    return result;
}

QString firstInstalled(const QStringList &wanted, const QStringList &installed)
{
    for (const QString &name : wanted) {
        for (const QString &family : installed) {
            if (family.compare(name, Qt::CaseInsensitive) == 0)
                return family;
        }
    }
    return {};
}

ReportFonts::Choice choose(ReportFonts::Role role)
{
    const QStringList installed = chineseFamilies();
    const Faces faces = facesOf(role);
    ReportFonts::Choice result{role, officialName(role), QString(), false, false};
    result.family = firstInstalled(faces.official, installed);
    if (!result.family.isEmpty())
        return result;
    result.standIn = true;
    result.family = firstInstalled(faces.serifStandIns, installed);
    result.bold = role == ReportFonts::Role::Title && !result.family.isEmpty();
    if (result.family.isEmpty())
        result.family = firstInstalled(faces.otherStandIns, installed);
    if (result.family.isEmpty())
        result.family = installed.value(0);
    // A heading set in a serif or Song stand-in for 黑体 needs weight to stand out.
    if (role == ReportFonts::Role::Heading && !result.family.isEmpty()
        && firstInstalled(heiFaces, {result.family}).isEmpty())
        result.bold = true;
    return result;
}

} // namespace

namespace ReportFonts {

Choice choice(ReportFonts::Role role)
{
    static QHash<int, Choice> chosen;
    const auto found = chosen.constFind(int(role));
    if (found != chosen.constEnd())
        return *found;
    return *chosen.insert(int(role), choose(role));
}

QString family(ReportFonts::Role role)
{
    return choice(role).family;
}

bool bold(ReportFonts::Role role)
{
    return choice(role).bold;
}

QFont font(ReportFonts::Role role, double points)
{
    QFont result(family(role));
    if (points > 0)
        result.setPointSizeF(points);
    result.setBold(bold(role));
    result.setStyleStrategy(QFont::PreferNoShaping);
    return result;
}

QVector<Choice> choices()
{
    return {choice(ReportFonts::Role::Title), choice(ReportFonts::Role::Heading),
            choice(ReportFonts::Role::Subheading), choice(ReportFonts::Role::Body),
            choice(ReportFonts::Role::Table)};
}

QString roleName(ReportFonts::Role role)
{
    switch (role) {
    case ReportFonts::Role::Title:
        return QCoreApplication::translate("ReportFonts", "Title");
    case ReportFonts::Role::Heading:
        return QCoreApplication::translate("ReportFonts", "First-level headings");
    case ReportFonts::Role::Subheading:
        return QCoreApplication::translate("ReportFonts", "Second-level headings");
    case ReportFonts::Role::Body:
        return QCoreApplication::translate("ReportFonts", "Body text");
    case ReportFonts::Role::Table:
        return QCoreApplication::translate("ReportFonts", "Tables");
    }
    return {};
}

bool available()
{
    return !family(ReportFonts::Role::Body).isEmpty();
}

void ensureAvailable()
{
    if (!available())
        throw DataError(QCoreApplication::translate(
            "ReportFonts",
            "No Chinese font is installed, so nothing can be printed: the papers would show "
            "empty boxes. Install one (on Windows, FangSong and SimSun come with the system; on "
            "Debian or Ubuntu: sudo apt install fonts-arphic-uming) and print again."));
}

} // namespace ReportFonts
