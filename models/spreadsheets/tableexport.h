#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

class Database;

// A list as the window shows it — the alerts, a dossier's records — written to an .xlsx
// (WorkbookWriter: real dates, frozen header row, the confidentiality marking) by an account
// allowed to export, and audited with what it was and the file's SHA-256.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // `what` names the list in the audit trail ("alerts"); returns the rows written. Throws
    // DataError (nothing left behind) or AccessError.
    static int write(const Database &database, const QString &path, const QString &title,
                     const QString &what, const QStringList &headers,
                     const QVector<QVariantList> &rows);
    // The audit entry of a workbook just written: `what`, the rows, the file's SHA-256 and
    // `details`. An export that is not in the audit trail must not exist: on failure the file
    // is removed and the DataError thrown on.
    static void audit(const Database &database, const QString &path, const QString &what,
                      qint64 rows, const QJsonObject &details = {});
};
