#pragma once

#include "alert.h"
#include "statistics/statisticcounts.h"

#include <QSqlDatabase>
#include <QVector>

class Database;
struct Session;

// Works out what is due on a day from the records: open rectifications past or near their
// deadline, clue steps past or near theirs, impact periods ending soon, the year's duty and
// personal-matters reports missing, and the next fixed supervision week with the inspections
// planned for it, and the steps of case reviews from receipt to archiving. `horizonDays` is how far
// ahead "due soon" looks (the `alert_days` setting).
class AlertService
{
public:
    explicit AlertService(const Database &database);

    QVector<Alert> alerts(QDate today) const;
    QVector<Alert> alerts(QDate today, int horizonDays) const;
    // The same, read on a read-only connection of the file at `path` of its own, as the account
    // of `session` sees them: for a thread other than the window's, so the window is usable
    // while they are worked out.
    static QVector<Alert> alertsOnAConnectionOfTheirOwn(const QString &path, const Session &session,
                                                        QDate today);

    // The records behind an alert about a unit rather than a cadre: the unit's open
    // rectifications, or the fixed-week inspections of the unit (of every unit, where none is
    // planned) in the alert's week. An alert about a cadre opens the dossier instead.
    QVector<CountedRecord> recordsBehind(const Alert &alert) const;

    // The `alert_days` setting, 14 when unset.
    int horizonDays() const;

private:
    void rectifications(QDate today, int horizon, QVector<Alert> &out) const;
    void clueSteps(QDate today, int horizon, QVector<Alert> &out) const;
    void impactPeriods(QDate today, int horizon, QVector<Alert> &out) const;
    void reports(QDate today, int horizon, QVector<Alert> &out) const;
    void fixedWeek(QDate today, QVector<Alert> &out) const;
    void caseReviews(QDate today, int horizon, QVector<Alert> &out) const;

    const Database &m_database;
    QSqlDatabase m_db;
};
