#pragma once

#include <QList>
#include <QString>

class Database;

// Every paper that leaves the program is written to the audit trail: who printed or exported
// which report about which cadres, and where to (a printer's name or a file).
namespace PrintAudit {

// `action` is "print" or "export"; `report` names the paper (dossier_summary, opinion_reply);
// `reportId` is its record where it has one (an opinion batch), else 0. One entry per cadre,
// all in one transaction, so the trail can be read cadre by cadre.
// An opinion reply — the paper most likely to be questioned later — also seals the trail.
void record(const Database &database, const QString &action, const QString &report, qint64 reportId,
            const QList<qint64> &cadreIds, const QString &destination, int pages);

// The verification code for a paper printed now (see AuditLog::verificationCode).
QString verificationCode(const Database &database);

} // namespace PrintAudit
