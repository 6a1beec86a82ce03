#pragma once

#include "reports/dossiersummary.h"

#include <QStringList>

#include <optional>

// Named summary templates ("promotion check", "case review" …): which sections, the span of
// dates and whether closed clues print, kept in the user's settings.
namespace SummaryTemplates {

QStringList names();
std::optional<SummaryOptions> load(const QString &name);
// Replaces a template of the same name.
void save(const QString &name, const SummaryOptions &options);
void remove(const QString &name);

} // namespace SummaryTemplates
