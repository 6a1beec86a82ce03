#pragma once

#include "interchangemerge.h"

#include <QJsonObject>
#include <QString>
#include <utility>
#include <vector>

// What an export or import carried: rows per table and the file's SHA-256, for the audit
// trail and the one-line report of the command line.
struct InterchangeSummary
{
    QString filePath;
    QString fileSha256; // of the file as written: encrypted, when it is
    bool encrypted = false;
    qint64 rows = 0;
    std::vector<std::pair<QString, qint64>> tableRows; // every table, in format order
    // Into a database that held dossiers already: what the merge found and did.
    bool merged = false;
    MergeReport merge;
    // Nothing was written: what the import would do.
    bool dryRun = false;

    void add(const QString &table, qint64 count);
    qint64 rowsOf(const QString &table) const;
    // "units 3, cadres 40, talks 12": the tables that hold rows.
    QString tableCounts() const;
    // {"file": …, "file_sha256": …, "encrypted": true (only then), "rows": N,
    //  "tables": {"units": 3, …}}
    QJsonObject auditRecord() const;
};
