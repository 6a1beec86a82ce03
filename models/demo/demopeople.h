#pragma once

struct DemoContext;

// The cadres: who holds which post in which unit, with their careers and families.
namespace DemoPeople {

// Fills every unit's roster with people in memory; the scenario cadres take ids 1–12.
void plan(DemoContext &context);
// Writes the cadres (with pinyin keys and search rows), their positions and relatives. Call
// after the clues are planned, since a case can take a cadre's post away.
void write(DemoContext &context);

} // namespace DemoPeople
