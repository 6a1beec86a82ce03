#include "dossierstatus.h"

#include "domain/impactperiods.h"
#include "dossier/dossier.h"
#include "dossier/opinionservice.h"

DossierStatus DossierStatus::compute(const Database &database, const Dossier &dossier, QDate asOf)
{
    DossierStatus status;
    status.openClues = dossier.openClues;
    status.overdueRectifications = dossier.overdueRectifications;
    status.opinion = dossier.opinion;

    // The dossier read its facts for the same day already: once per open.
    std::vector<ImpactPeriod> impacts = dossier.impacts;
    if (dossier.asOf != asOf) {
        const OpinionService opinions(database);
        impacts = computeImpactPeriods(opinions.facts(dossier.cadreId, asOf).measures,
                                       opinions.rules());
    }
    for (const ImpactPeriod &impact : impacts) {
        if (!impact.hasPeriod() || !impact.period.contains(asOf))
            continue;
        if (impact.period.permanent) {
            status.permanentImpact = true;
            continue;
        }
        if (impact.measure == QLatin1String("admonition")) {
            status.insideAdmonition = true;
            status.admonitionUntil = std::max(status.admonitionUntil, impact.period.last);
        } else if (!status.impactUntil || impact.period.last > *status.impactUntil) {
            status.impactUntil = impact.period.last;
        }
    }
    return status;
}
