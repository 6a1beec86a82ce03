#pragma once

#include "rules.h"

#include <array>
#include <optional>

// The four-forms class (1–4) of a measure on a day, from the dated rules table.
std::optional<int> formOf(const QString &measure, QDate asOf, const Rules &rules);

// Counts of measures per form; counts[0] is form 1.
struct FourFormsTally
{
    std::array<int, 4> counts{};
    // Measures without a form on that day are left out.
    int unclassified = 0;

    // Counts one measure; false when it has no form on `asOf`.
    bool add(const QString &measure, QDate asOf, const Rules &rules);
    int count(int form) const;
    int total() const;
};
