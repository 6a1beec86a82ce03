#pragma once

struct DemoContext;

// Everyday supervision: talks of every kind, and inspections (routine, the fixed supervision
// week at each month's end, special checks, patrols) with their checklist, findings,
// rectifications and documents.
namespace DemoSupervision {

void writeTalks(DemoContext &context);
void writeInspections(DemoContext &context);

} // namespace DemoSupervision
