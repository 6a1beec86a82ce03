#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// A record kind's ledger (台账) as a work line keeps it: one row per record and person, with the
// headers the ledger import reads back (Chinese, as offices write them), vocabularies in
// Chinese, units by path, clues and cases by number, a clue's disposition and how far it has
// gone, and real date cells. Identity numbers only for an account that may see them. Written
// by an account allowed to export, and audited with the file's SHA-256.
class LedgerExport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerExport)

public:
    explicit LedgerExport(Database &database);

    // Returns the rows written; throws DataError (nothing left behind) or AccessError.
    int write(const QString &path, const QString &table) const;

private:
    Database &m_database;
};
