#include "reportfonts.h"

#include "storage/dataerror.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHash>
#include <QStringList>

namespace {

using ReportFonts::Role;

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

Faces facesOf(Role role)
{
    switch (role) {
    case Role::Title:
        return {{QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("方正小标宋简体"),
                 QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05")},
                serifFaces + songFaces,
                heiFaces};
    case Role::Heading:
        return {{QStringLiteral("SimHei"), QStringLiteral("黑体"), QStringLiteral("STHeiti")},
                {},
                heiFaces + serifFaces + songFaces};
    case Role::Subheading:
        return {{QStringLiteral("KaiTi"), QStringLiteral("楷体"), QStringLiteral("KaiTi_GB2312"),
                 QStringLiteral("楷体_GB2312"), QStringLiteral("STKaiti")},
                QStringList{QStringLiteral("AR PL UKai CN"), QStringLiteral("AR PL KaitiM GB")}
                    + serifFaces + songFaces,
                heiFaces};
    case Role::Body:
        return {{QStringLiteral("FangSong"), QStringLiteral("仿宋"),
                 QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋_GB2312"),
                 QStringLiteral("STFangsong")},
                serifFaces + songFaces,
                heiFaces};
    case Role::Table:
        return {songFaces, serifFaces, heiFaces};
    }
    return {};
}

QString officialName(Role role)
{
    switch (role) {
    case Role::Title:
        return QStringLiteral("方正小标宋简体");
    case Role::Heading:
        return QStringLiteral("黑体");
    case Role::Subheading:
        return QStringLiteral("楷体");
    case Role::Body:
        return QStringLiteral("仿宋");
    case Role::Table:
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

ReportFonts::Choice choose(Role role)
{
    const QStringList installed = chineseFamilies();
    const Faces faces = facesOf(role);
    ReportFonts::Choice result{role, officialName(role), QString(), false, false};
    result.family = firstInstalled(faces.official, installed);
    if (!result.family.isEmpty())
        return result;
    result.standIn = true;
    result.family = firstInstalled(faces.serifStandIns, installed);
    result.bold = role == Role::Title && !result.family.isEmpty();
    if (result.family.isEmpty())
        result.family = firstInstalled(faces.otherStandIns, installed);
    if (result.family.isEmpty())
        result.family = installed.value(0);
    // A heading set in a serif or Song stand-in for 黑体 needs weight to stand out.
    if (role == Role::Heading && !result.family.isEmpty()
        && firstInstalled(heiFaces, {result.family}).isEmpty())
        result.bold = true;
    return result;
}

} // namespace

namespace ReportFonts {

Choice choice(Role role)
{
    static QHash<int, Choice> chosen;
    const auto found = chosen.constFind(int(role));
    if (found != chosen.constEnd())
        return *found;
    return *chosen.insert(int(role), choose(role));
}

QString family(Role role)
{
    return choice(role).family;
}

bool bold(Role role)
{
    return choice(role).bold;
}

QFont font(Role role, double points)
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
    return {choice(Role::Title), choice(Role::Heading), choice(Role::Subheading),
            choice(Role::Body), choice(Role::Table)};
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Title:
        return QCoreApplication::translate("ReportFonts", "Title");
    case Role::Heading:
        return QCoreApplication::translate("ReportFonts", "First-level headings");
    case Role::Subheading:
        return QCoreApplication::translate("ReportFonts", "Second-level headings");
    case Role::Body:
        return QCoreApplication::translate("ReportFonts", "Body text");
    case Role::Table:
        return QCoreApplication::translate("ReportFonts", "Tables");
    }
    return {};
}

bool available()
{
    return !family(Role::Body).isEmpty();
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
