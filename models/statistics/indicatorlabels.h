#pragma once

#include <QCoreApplication>
#include <QString>

// What an indicator of the maintained counts ("talk.reminder", "sanction.party.warning",
// "finding.overdue" …) is called where people read it: the lists behind a chart's number.
class IndicatorLabels
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorLabels)

public:
    // The label of one indicator; an unknown key is returned as it is.
    static QString label(const QString &indicator);
};
