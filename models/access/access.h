#pragma once

#include "domain/role.h"

#include <QSet>
#include <QSqlDatabase>

class Database;
struct Session;

// What the signed-in account may see of the directory, the unit tree and their counts. Every
// account sees the cadres of its units by name, unit and position; only an account that reads
// dossiers sees facts about them (status badges, quick filters, record counts), and never about
// itself or its close relatives.
struct Visibility
{
    bool facts = false;
    bool allUnits = true;
    QSet<qint64> units;  // the account's units and every unit below them, unless allUnits
    QSet<qint64> barred; // its own cadre and its key relatives

    bool seesFactsAbout(qint64 cadreId) const { return facts && !barred.contains(cadreId); }
    bool seesUnit(qint64 unitId) const { return allUnits || units.contains(unitId); }
    // " AND column IN (…)" keeping rows to the account's units; empty for all units.
    QString unitTest(const QString &column) const;
    // " AND column NOT IN (…)" leaving out the cadres it may see no facts about; empty if none.
    QString barredTest(const QString &column) const;
};

// The checks every repository and service makes before it reads or writes. A refusal is
// written to the audit trail and thrown as an AccessError; nothing else happens.
namespace Access {

// The signed-in account, when it holds `permission`.
const Session &require(const Database &database, Permission permission);
// The same, for one cadre's dossier: the cadre must lie within the account's units and be
// neither the account's own cadre nor a close relative of it
// (任何人不得接触自己或直系亲属的廉政档案).
const Session &requireDossier(const Database &database, qint64 cadreId, Permission permission);

// The account's own cadre and the cadres recorded as its key relatives (spouse, parents,
// children, siblings), in either direction.
bool isBarred(const QSqlDatabase &db, const Session &session, qint64 cadreId);
bool inScope(const QSqlDatabase &db, const Session &session, qint64 cadreId);

// What the signed-in account may see; throws AccessError (audited) when no one is signed in.
Visibility visibility(const Database &database);
// Whether the signed-in account may read the dossier, without an audit entry: for the lists
// and models that show nothing rather than refuse, once the dossier itself was refused.
bool mayReadDossier(const Database &database, qint64 cadreId);
// The same for a clue: none of its subjects closed to the account, and one of them within its
// units.
bool mayReadClue(const Database &database, qint64 clueId);

// The audited look at a dossier, after requireDossier allowed it.
void recordView(const Database &database, qint64 cadreId);

} // namespace Access
