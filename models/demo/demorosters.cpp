#include "democontext.h"
#include "demounits.h"

QString DemoUnits::headOf(const QString &section, bool enterprise)
{
    if (enterprise && section.endsWith(QStringLiteral("部")))
        return section + QStringLiteral("经理");
    static const QList<QPair<QString, QString>> endings = {
        {QStringLiteral("大队"), QStringLiteral("大队长")},
        {QStringLiteral("队"), QStringLiteral("队长")},
        {QStringLiteral("股"), QStringLiteral("股长")},
        {QStringLiteral("科"), QStringLiteral("科长")},
        {QStringLiteral("处"), QStringLiteral("主任")},
        {QStringLiteral("部"), QStringLiteral("部长")},
        {QStringLiteral("所"), QStringLiteral("所长")},
        {QStringLiteral("站"), QStringLiteral("站长")},
    };
    for (const auto &ending : endings) {
        if (section.endsWith(ending.first))
            return section + ending.second;
    }
    return section + QStringLiteral("主任"); // 办公室, 中心, 办, 室
}

namespace {

DemoSlot slot(const QString &title, const QString &rank, int level,
              const QString &employment = QStringLiteral("civil_servant"),
              bool disciplineRole = false)
{
    DemoSlot result;
    result.title = title;
    result.rank = rank;
    result.level = level;
    result.employment = employment;
    result.disciplineRole = disciplineRole;
    return result;
}

std::vector<DemoSlot> rootRoster(const DemoUnit &unit)
{
    const QString level = unit.shortName.left(1); // 县, 区, 市
    const QString head = unit.cityLevel ? QStringLiteral("正厅级") : QStringLiteral("正处级");
    const QString deputy = unit.cityLevel ? QStringLiteral("副厅级") : QStringLiteral("副处级");
    const QString governor = level + QStringLiteral("长");
    return {
        slot(level + QStringLiteral("委书记"), head, 3),
        slot(level + QStringLiteral("委副书记、") + governor, head, 2),
        slot(level + QStringLiteral("委副书记"), deputy, 2),
        slot(level + QStringLiteral("委常委、常务副") + governor, deputy, 2),
        slot(QStringLiteral("副") + governor, deputy, 2),
        slot(QStringLiteral("副") + governor, deputy, 2),
        slot(QStringLiteral("副") + governor, deputy, 2),
        slot(level + QStringLiteral("人大常委会主任"), head, 2),
        slot(level + QStringLiteral("政协主席"), head, 2),
        slot(level + QStringLiteral("委常委、") + level + QStringLiteral("委秘书长"), deputy, 2),
    };
}

std::vector<DemoSlot> townTeam(const DemoUnit &unit)
{
    const bool street = unit.shortName.endsWith(QStringLiteral("街道"));
    const QString head = QStringLiteral("正科级");
    const QString deputy = QStringLiteral("副科级");
    if (street) {
        return {
            slot(QStringLiteral("党工委书记"), head, 3),
            slot(QStringLiteral("党工委副书记、办事处主任"), head, 2),
            slot(QStringLiteral("党工委副书记"), deputy, 2),
            slot(QStringLiteral("人大工委主任"), head, 2),
            slot(QStringLiteral("纪工委书记"), deputy, 2, QStringLiteral("civil_servant"), true),
            slot(QStringLiteral("组织委员"), deputy, 2),
            slot(QStringLiteral("宣传委员"), deputy, 2),
            slot(QStringLiteral("武装部长"), deputy, 2),
            slot(unit.deputyTitle, deputy, 2),
            slot(unit.deputyTitle, deputy, 2),
            slot(unit.deputyTitle, deputy, 2)};
    }
    const QString governor = unit.shortName.right(1) + QStringLiteral("长");
    return {slot(QStringLiteral("党委书记"), head, 3),
            slot(QStringLiteral("党委副书记、") + governor, head, 2),
            slot(QStringLiteral("党委副书记"), deputy, 2),
            slot(QStringLiteral("人大主席"), head, 2),
            slot(QStringLiteral("纪委书记"), deputy, 2, QStringLiteral("civil_servant"), true),
            slot(QStringLiteral("组织委员"), deputy, 2),
            slot(QStringLiteral("宣传委员"), deputy, 2),
            slot(QStringLiteral("武装部长"), deputy, 2),
            slot(unit.deputyTitle, deputy, 2),
            slot(unit.deputyTitle, deputy, 2),
            slot(unit.deputyTitle, deputy, 2)};
}

} // namespace

namespace DemoUnits {

std::vector<DemoSlot> roster(DemoContext &context, int unitIndex, int size)
{
    const DemoUnit &unit = context.units[size_t(unitIndex)];
    if (unit.kind == QLatin1String("county"))
        return rootRoster(unit);

    const bool city = unit.cityLevel;
    const bool enterprise = unit.kind == QLatin1String("enterprise");
    const bool institution = unit.kind == QLatin1String("institution");
    const QString employment = enterprise    ? QStringLiteral("enterprise")
                               : institution ? QStringLiteral("public_institution")
                                             : QStringLiteral("civil_servant");
    const QString head = city ? QStringLiteral("正处级") : QStringLiteral("正科级");
    const QString deputy = city ? QStringLiteral("副处级") : QStringLiteral("副科级");

    std::vector<DemoSlot> posts;
    if (unit.kind == QLatin1String("township")) {
        posts = townTeam(unit);
    } else {
        const bool group = unit.kind == QLatin1String("stationed_group");
        posts.push_back(slot(unit.topTitle, head, 3, employment, group));
        if (enterprise)
            posts.push_back(slot(QStringLiteral("党支部副书记、总经理"), head, 2, employment));
        const int deputies = group ? 1 : size >= 45 ? 4 : size >= 20 ? 3 : 2;
        for (int i = 0; i < deputies; ++i)
            posts.push_back(slot(unit.deputyTitle, deputy, 2, employment));
    }

    QStringList sections = unit.sections;
    if (city) {
        for (QString &section : sections) {
            if (section.endsWith(QStringLiteral("股")))
                section = section.left(section.size() - 1) + QStringLiteral("科");
        }
    }
    const int room = std::max(0, size - int(posts.size()));
    const int heads = std::min(int(sections.size()), std::max(1, room / 3));
    for (int i = 0; i < heads; ++i) {
        QString rank;
        if (institution)
            rank = context.random.percent(50) ? QStringLiteral("管理七级")
                                              : QStringLiteral("管理八级");
        else if (!enterprise)
            rank = city ? (context.random.percent(60) ? QStringLiteral("正科级")
                                                      : QStringLiteral("副科级"))
                        : (context.random.percent(50) ? QStringLiteral("一级主任科员")
                                                      : QStringLiteral("二级主任科员"));
        posts.push_back(slot(DemoUnits::headOf(sections.at(i), enterprise), rank, 1, employment));
    }
    // The rest are staff; their rank follows their age and is chosen with the person.
    const QString staffWord = enterprise    ? QStringLiteral("职员")
                              : institution ? QStringLiteral("干事")
                                            : QStringLiteral("科员");
    while (int(posts.size()) < size) {
        QString staffEmployment = employment;
        // Town service stations (站所) employ public-institution staff beside civil servants.
        if (unit.kind == QLatin1String("township") && context.random.percent(25))
            staffEmployment = QStringLiteral("public_institution");
        posts.push_back(
            slot(context.random.pick(sections) + staffWord, QString(), 0, staffEmployment));
    }
    return posts;
}

} // namespace DemoUnits
