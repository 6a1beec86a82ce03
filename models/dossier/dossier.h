#pragma once

#include "domain/impactperiods.h"
#include "domain/opinion.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <vector>

class Database;

// One cadre's dossier as the window opens it: the header card, the status badges computed from
// the rules, and the timeline of everything linked to the cadre, newest first.
struct TimelineEntry
{
    QString kind; // talk, clue, sanction … (the kinds of the cadre_timeline view)
    qint64 recordId = 0;
    QDate date;
    QString detail;
};

struct Dossier
{
    qint64 cadreId = 0;
    QString dossierNumber;
    QString name;
    QString gender;
    QDate birthDate;
    QString unitName;
    QString position;
    QString rank;
    QString partyMembership;
    bool topLeader = false;
    QString status;

    int openClues = 0;
    int overdueRectifications = 0;
    OpinionResult opinion; // as of the day the dossier was loaded
    QDate asOf;
    // The impact periods of the cadre's measures, as the opinion read them (DossierStatus).
    std::vector<ImpactPeriod> impacts;
    std::vector<TimelineEntry> timeline;
};

class DossierLoader
{
public:
    explicit DossierLoader(const Database &database);

    // Throws DataError when there is no such cadre.
    Dossier load(qint64 cadreId, QDate asOf) const;

private:
    const Database &m_database;
    QSqlDatabase m_db;
};
