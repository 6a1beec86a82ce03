#pragma once

#include <QStringList>

class QWidget;

// Asks before saving what the checks allow but find unlikely (RecordChecks::warnings): a talk
// dated next year, a disposition nobody approved. The answer defaults to going back.
namespace ImplausibleInput {

// True to save anyway.
bool confirm(QWidget *parent, const QStringList &warnings);

} // namespace ImplausibleInput
