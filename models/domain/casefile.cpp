#include "casefile.h"

namespace {

struct AdjustmentName
{
    Adjustment adjustment;
    const char *key;
};

const AdjustmentName adjustmentNames[] = {
    {Adjustment::None, "none"},
    {Adjustment::Lighter, "lighter"},
    {Adjustment::Mitigated, "mitigated"},
    {Adjustment::Heavier, "heavier"},
    {Adjustment::Aggravated, "aggravated"},
};

} // namespace

QString adjustmentKey(Adjustment adjustment)
{
    for (const AdjustmentName &name : adjustmentNames)
        if (name.adjustment == adjustment)
            return QString::fromLatin1(name.key);
    return QStringLiteral("none");
}

Adjustment adjustmentFromKey(const QString &key)
{
    for (const AdjustmentName &name : adjustmentNames)
        if (key == QLatin1String(name.key))
            return name.adjustment;
    return Adjustment::None;
}
