#pragma once

#include <QDate>

#include <vector>

struct DemoContext;
struct DemoCluePlan;

// The scenario cadres of DemoFixture (demogenerator.h): who they are and what happened to them.
struct DemoFixturePerson
{
    qint64 id;
    const char *name;
    bool male;
    QDate birthDate;
    const char *unit; // after the county's name: 疾病预防控制中心 → 清河县疾病预防控制中心
    const char *title;
    int level;
    const char *rank;
    QDate positionStart;
    int category; // integrity-opinion category as of 2026-11-20
    const char *story;
};

namespace DemoFixtures {

const std::vector<DemoFixturePerson> &people();
// Their clues and cases, dated relative to the generator's "today" (exactly as documented when
// today is the default 2026-11-20).
std::vector<DemoCluePlan> cluePlans(DemoContext &context);

} // namespace DemoFixtures
