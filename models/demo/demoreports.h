#pragma once

struct DemoContext;

// The yearly paperwork and the rest of the dossier: duty reports, personal-matters reports,
// self-examination materials, warning education, power lists, integrity opinions, attachments.
namespace DemoReports {

void writeDutyReports(DemoContext &context);
void writePersonalMattersReports(DemoContext &context);
void writeMaterials(DemoContext &context);
void writeWarningEducation(DemoContext &context);
void writePowerLists(DemoContext &context);
// After everything else: answers are decided from the facts written before.
void writeOpinions(DemoContext &context);
void writeAttachments(DemoContext &context);

} // namespace DemoReports
