#pragma once

#include "directory/cadredirectory.h"

#include <QCoreApplication>
#include <QString>

class Database;

// The directory as the organization department's roster: the cadres the signed-in account may
// see, filtered as the window filters them, one row each with the columns a roster import reads
// back (Chinese headers, units by path, real dates). Identity numbers only for an account that
// may see them. Audited as an export, with the file's SHA-256.
class DirectoryExport
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryExport)

public:
    explicit DirectoryExport(Database &database);

    // Returns the number of cadres written; throws DataError (nothing left behind) or
    // AccessError.
    int write(const QString &path, const CadreFilter &filter = {}) const;

private:
    Database &m_database;
};
