#include "democlues.h"

#include "democontext.h"
#include "demofixtures.h"

#include <algorithm>

namespace {

// A case that takes a post away leaves the cadre in a lower one (or out of public employment).
void applyConsequences(DemoContext &context, const DemoCasePlan &filed)
{
    static const QStringList postLosing = {QStringLiteral("party.removal_from_party_post"),
                                           QStringLiteral("party.probation"),
                                           QStringLiteral("party.expulsion"),
                                           QStringLiteral("government.demotion"),
                                           QStringLiteral("government.dismissal"),
                                           QStringLiteral("government.expulsion"),
                                           QStringLiteral("institution.post_grade_lowering"),
                                           QStringLiteral("institution.dismissal"),
                                           QStringLiteral("institution.expulsion"),
                                           QStringLiteral("handling.post_adjustment"),
                                           QStringLiteral("handling.removal"),
                                           QStringLiteral("handling.ordered_resignation"),
                                           QStringLiteral("handling.demotion")};
    for (const DemoCaseSubjectPlan &subject : filed.subjects) {
        DemoCadre &cadre = context.cadres[size_t(subject.cadre)];
        for (const DemoMeasurePlan &measure : subject.measures) {
            if (measure.measure == QLatin1String("party.expulsion")) {
                cadre.partyMembership = QStringLiteral("none");
                cadre.partyJoinDate = QDate();
            }
            if (!postLosing.contains(measure.measure))
                continue;
            const bool leaves = measure.measure.endsWith(QLatin1String(".expulsion"))
                                && !measure.measure.startsWith(QLatin1String("party."));
            if (leaves) {
                cadre.status = QStringLiteral("transferred");
                cadre.demotedOn = measure.effective;
                cadre.laterPosition = QStringLiteral("原") + cadre.position;
                cadre.laterRank = QString();
            } else if (cadre.level >= 1 && !cadre.demotedOn.isValid()) {
                const DemoUnit &unit = context.units[size_t(cadre.unit)];
                cadre.demotedOn = measure.effective;
                cadre.laterPosition
                    = (unit.sections.isEmpty() ? QStringLiteral("办公室") : unit.sections.first())
                      + (cadre.employment == QLatin1String("civil_servant")
                             ? QStringLiteral("科员")
                             : QStringLiteral("职员"));
                cadre.laterRank = cadre.employment == QLatin1String("civil_servant")
                                      ? QStringLiteral("二级主任科员")
                                      : QString();
            }
        }
    }
}

} // namespace

namespace DemoClues {

QString clueSummary(const DemoContext &context, int cadre, const QString &theme, QDate received)
{
    const DemoCadre &person = context.cadres[size_t(cadre)];
    const DemoUnit &unit = context.units[size_t(person.unit)];
    const QString position = person.positionStart <= received ? person.position : QString();
    return QStringLiteral("反映%1%2%3%4问题").arg(unit.name, position, person.name, theme);
}

std::vector<DemoCluePlan> plan(DemoContext &context)
{
    std::vector<DemoCluePlan> all;
    for (int county = 0; county < int(context.counties.size()); ++county) {
        std::vector<DemoCluePlan> plans = randomClues(context, county);
        if (county == 0) {
            std::vector<DemoCluePlan> fixtures = DemoFixtures::cluePlans(context);
            for (DemoCluePlan &fixture : fixtures)
                plans.push_back(std::move(fixture));
        }
        addAccountabilityChecks(context, plans);
        std::stable_sort(plans.begin(), plans.end(),
                         [](const auto &a, const auto &b) { return a.received < b.received; });
        // Numbers follow the order of receipt, and of filing for cases.
        std::vector<DemoCasePlan *> cases;
        for (DemoCluePlan &plan : plans) {
            plan.number = context.counties[size_t(county)].nextNumber(QStringLiteral("纪线"),
                                                                      plan.received.year());
            for (DemoCasePlan &filed : plan.cases)
                cases.push_back(&filed);
        }
        std::stable_sort(cases.begin(), cases.end(),
                         [](const auto *a, const auto *b) { return a->filed < b->filed; });
        for (DemoCasePlan *filed : cases) {
            filed->number = context.counties[size_t(county)].nextNumber(QStringLiteral("纪案"),
                                                                        filed->filed.year());
            applyConsequences(context, *filed);
        }
        for (DemoCluePlan &plan : plans)
            all.push_back(std::move(plan));
    }
    return all;
}

} // namespace DemoClues
