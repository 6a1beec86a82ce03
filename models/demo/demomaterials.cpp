#include "democontext.h"
#include "demoreports.h"
#include "demotext.h"

namespace {

// Units whose latest team material is largely last year's, and whose members copy each other:
// the supply-and-marketing cooperative of 清河县 (scenario 5) and a few more in every county.
std::vector<int> copyingUnits(DemoContext &context, const DemoCounty &county, bool home)
{
    std::vector<int> units;
    if (home) {
        for (int index : county.units) {
            if (context.units[size_t(index)].name
                == county.name + QStringLiteral("供销合作社联合社"))
                units.push_back(index);
        }
    }
    for (int attempt = 0; attempt < 40 && units.size() < 4; ++attempt) {
        const int index = context.random.pick(county.units);
        const DemoUnit &unit = context.units[size_t(index)];
        if (unit.team.size() >= 3 && unit.kind != QLatin1String("county")
            && std::find(units.begin(), units.end(), index) == units.end())
            units.push_back(index);
    }
    return units;
}

} // namespace

namespace DemoReports {

void writeMaterials(DemoContext &context)
{
    DemoRandom &random = context.random;
    const int firstYear = context.firstDay.year() - 1; // reviewed at the start of 2021
    for (int countyIndex = 0; countyIndex < int(context.counties.size()); ++countyIndex) {
        DemoCounty &county = context.counties[size_t(countyIndex)];
        const std::vector<int> copying = copyingUnits(context, county, countyIndex == 0);
        for (int unitIndex : county.units) {
            const DemoUnit &unit = context.units[size_t(unitIndex)];
            const bool copies
                = std::find(copying.begin(), copying.end(), unitIndex) != copying.end();
            QString previousTeamText;
            for (int year = firstYear;; ++year) {
                // The meeting on year Y is held in January or February of Y + 1.
                const QDate meetingDay
                    = random.workingDayBetween(QDate(year + 1, 1, 8), QDate(year + 1, 2, 26));
                if (meetingDay > context.today)
                    break;
                const bool latest = QDate(year + 2, 2, 26) > context.today;
                DemoText::MaterialSubject subject;
                subject.unit = unit.name;
                subject.unitShort = unit.shortName;
                subject.area = unit.area;
                subject.year = year;
                subject.meeting = unit.partyCommittee ? QStringLiteral("民主生活会")
                                                      : QStringLiteral("组织生活会");
                const QString meeting = unit.partyCommittee ? QStringLiteral("democratic_life")
                                                            : QStringLiteral("organizational_life");
                const QString teamText
                    = copies && latest && !previousTeamText.isEmpty()
                          ? DemoText::copied(random, previousTeamText, subject, 0.16)
                          : DemoText::material(random, subject);
                previousTeamText = teamText;
                context.writer.insert(DemoWriter::SelfExaminationMaterials,
                                      {unit.id, DemoWriter::null(), year, meeting,
                                       QStringLiteral("%1领导班子%2年度%3对照检查材料")
                                           .arg(unit.name)
                                           .arg(year)
                                           .arg(subject.meeting),
                                       teamText,
                                       DemoWriter::day(meetingDay.addDays(-random.between(1, 5)))});

                // The members' own materials; in copying units two of them share one text.
                subject.team = false;
                QString firstMemberText;
                QString firstMemberPosition;
                for (int member : unit.team) {
                    const DemoCadre &cadre = context.cadres[size_t(member)];
                    if (!cadre.isTeamMember(QDate(year, 12, 31))
                        || cadre.status != QLatin1String("serving"))
                        continue;
                    subject.position = cadre.position;
                    QString text;
                    if (copies && latest && !firstMemberText.isEmpty()) {
                        text = DemoText::copied(random, firstMemberText, subject, 0.05);
                        text.replace(firstMemberPosition, cadre.position);
                        firstMemberText.clear(); // one pair per unit
                    } else {
                        text = DemoText::material(random, subject);
                        if (firstMemberPosition.isEmpty()) {
                            firstMemberText = text;
                            firstMemberPosition = cadre.position;
                        }
                    }
                    context.writer.insert(
                        DemoWriter::SelfExaminationMaterials,
                        {unit.id, cadre.id, year, meeting,
                         QStringLiteral("%1同志%2年度%3个人对照检查材料")
                             .arg(cadre.name)
                             .arg(year)
                             .arg(subject.meeting),
                         text, DemoWriter::day(meetingDay.addDays(-random.between(1, 5)))});
                }
            }
        }
    }
}

} // namespace DemoReports
