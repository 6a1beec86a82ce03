#pragma once

#include <QHash>
#include <QIcon>
#include <QString>

// Icons for the kinds of unit: a coloured tile with the kind's first character (县, 乡, 部 …),
// drawn at whatever size and pixel ratio the view asks for, so they stay sharp at 200 %.
namespace UnitKindIcons {

QHash<QString, QIcon> all();
QIcon forKind(const QString &kind);

} // namespace UnitKindIcons
