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

    const OpinionService opinions(database);
    const OpinionFacts facts = opinions.facts(dossier.cadreId, asOf);
    for (const ImpactPeriod &impact : computeImpactPeriods(facts.measures, opinions.rules())) {
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
