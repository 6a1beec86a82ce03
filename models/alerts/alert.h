#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// One thing that is due or past due, and the record it is about. Nothing is sent anywhere:
// alerts are worked out from the records each time they are shown.
struct Alert
{
    enum class Kind {
        Rectification,         // a finding's rectification deadline
        ClueStep,              // the next step of a clue (disposition, reply, closing)
        ImpactPeriodEnding,    // a cadre becomes eligible again
        DutyReport,            // the year's duty-and-integrity report, due 31 January
        PersonalMattersReport, // the year's personal-matters report, due 31 January
        FixedSupervisionWeek,  // the last working week of the month, with its inspections
        CaseReview,            // a step of a case's review, from receipt to archiving
    };
    enum class Urgency { Overdue, DueSoon, Upcoming };

    Kind kind = Kind::Rectification;
    Urgency urgency = Urgency::Upcoming;
    QDate due;
    qint64 cadreId = 0; // the cadre whose dossier opens; 0 where the alert is about a unit
    qint64 unitId = 0;
    QString recordTable; // the record the alert is about, e.g. "findings", "clues"
    qint64 recordId = 0;
    QString concerning; // the cadre's or the unit's name
    QString detail;     // what is due, in a sentence

    static QString kindLabel(Kind kind);
    static QString urgencyLabel(Urgency urgency);
    static QList<Kind> kinds();
};

// The words of alerts, for tr().
class AlertText
{
    Q_DECLARE_TR_FUNCTIONS(Alerts)
};
