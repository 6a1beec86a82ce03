#pragma once

#include "domain/impactperiods.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

// The impact period a sanction, organizational handling or admonition would get as entered in
// its form, computed from the rules with the cadre's other measures (stacking included), so that
// the form shows it before anything is written. It is never typed in.
class ImpactPreview
{
    Q_DECLARE_TR_FUNCTIONS(ImpactPreview)

public:
    ImpactPreview(const QSqlDatabase &db, qint64 cadreId);

    // Nothing while the values do not make a measure yet (no kind or no date). `recordId` is
    // the record being edited, left out of the others.
    std::optional<ImpactPeriod> periodFor(const QString &table, const QVariantMap &values,
                                          qint64 recordId = 0) const;
    // The period in words for the form, e.g. "2026-03-01 to 2027-02-28".
    QString describe(const QString &table, const QVariantMap &values, qint64 recordId = 0) const;

private:
    QSqlDatabase m_db;
    qint64 m_cadreId = 0;
};
