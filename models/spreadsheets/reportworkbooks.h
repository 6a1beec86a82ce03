#pragma once

#include <QCoreApplication>
#include <QString>

class AuditTrailModel;
class Database;
struct StatisticScope;

// Workbooks of what the window reports: the audit trail as the auditor filtered it, and the
// yearly statistics beside the year before. Each carries the confidentiality marking and is
// itself audited.
class ReportWorkbooks
{
    Q_DECLARE_TR_FUNCTIONS(ReportWorkbooks)

public:
    // The security auditor's export of the trail: every filtered entry, then the chain's state
    // and head. Returns the entries written; throws DataError or AccessError.
    static qint64 writeAuditTrail(const Database &database, const AuditTrailModel &trail,
                                  const QString &path);
    // The year's work figures and the four forms, each with the year before and the change.
    // Returns the rows written; throws DataError or AccessError.
    static int writeYearlyStatistics(const Database &database, const QString &path, int year,
                                     const StatisticScope &scope);
};
