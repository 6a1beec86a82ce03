#pragma once

#include <QString>

#include <vector>

struct DemoContext;

// One post on a unit's roster.
struct DemoSlot
{
    QString title;
    QString rank;
    int level = 0; // 3 top leader, 2 team member, 1 middle manager, 0 staff
    QString employment = QStringLiteral("civil_servant");
    bool disciplineRole = false;
};

// The county (or the city with its counties and districts): units, nested and supervised the
// way a real one is, planned into the context with their ids.
namespace DemoUnits {

void plan(DemoContext &context);
// The posts of a unit, top leader first, for about `size` people.
std::vector<DemoSlot> roster(DemoContext &context, int unit, int size);
// The head of a section: 财务股 → 财务股股长, 办公室 → 办公室主任, 财务部 → 财务部经理.
QString headOf(const QString &section, bool enterprise);

} // namespace DemoUnits
