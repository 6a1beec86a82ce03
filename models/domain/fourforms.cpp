#include "fourforms.h"

#include <numeric>

std::optional<int> formOf(const QString &measure, QDate asOf, const Rules &rules)
{
    const std::optional<int> form = rules.form(measure, asOf);
    // A mistyped row must not count in a column that does not exist.
    if (!form || *form < 1 || *form > 4)
        return std::nullopt;
    return form;
}

bool FourFormsTally::add(const QString &measure, QDate asOf, const Rules &rules)
{
    const std::optional<int> form = formOf(measure, asOf, rules);
    if (!form) {
        ++unclassified;
        return false;
    }
    ++counts[*form - 1];
    return true;
}

int FourFormsTally::count(int form) const
{
    return form >= 1 && form <= 4 ? counts[form - 1] : 0;
}

int FourFormsTally::total() const
{
    return std::accumulate(counts.begin(), counts.end(), 0);
}
