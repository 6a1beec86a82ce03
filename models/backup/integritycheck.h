#pragma once

#include <QStringList>

class Database;

// What `check` verifies: the schema version, SQLite's integrity and foreign keys, the search
// index, the audit chain and the maintained statistic counts. Problems are sentences a user can act
// on.
struct IntegrityReport
{
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    bool integrityOk = false;
    int foreignKeyViolations = 0;
    bool searchIndexOk = false;
    qint64 auditEntries = 0;
    bool auditChainOk = false;
    QString auditHead;
    bool auditHeadAgrees = false; // the count and head kept beside the trail
    bool schemaOk = false;        // every object the migrations make, unchanged, and no other
    qint64 statisticDrifts = 0;
    qint64 unaccountedChanges = 0; // record changes no audit entry accounts for   // maintained
                                   // statistic counts that differ from a recount
    QStringList problems;

    bool ok() const { return problems.isEmpty(); }
};

IntegrityReport checkIntegrity(const Database &database);
