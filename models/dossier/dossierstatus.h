#pragma once

#include "domain/opinion.h"

#include <QDate>

#include <optional>

class Database;
struct Dossier;

// What the badges of a dossier's header say, computed from the rules as of one day: the impact
// periods still running, an admonition in force, open clues, overdue rectifications and the
// integrity-opinion category with its reasons.
struct DossierStatus
{
    // The latest last day of the sanctions' and handlings' impact periods running on the day.
    std::optional<QDate> impactUntil;
    // Expelled from public employment: the impact never ends.
    bool permanentImpact = false;
    // Inside an admonition's impact period, and its last day.
    bool insideAdmonition = false;
    QDate admonitionUntil;
    int openClues = 0;
    int overdueRectifications = 0;
    OpinionResult opinion;

    static DossierStatus compute(const Database &database, const Dossier &dossier, QDate asOf);
};
