#pragma once

#include "role.h"

#include <QSqlDatabase>

class Database;
struct Session;

// The checks every repository and service makes before it reads or writes. A refusal is
// written to the audit trail and thrown as an AccessError; nothing else happens.
namespace Access {

// The signed-in account, when it holds `permission`.
const Session &require(const Database &database, Permission permission);
const Session &require(const QSqlDatabase &db, Permission permission);
// The same, for one cadre's dossier: the cadre must lie within the account's units and be
// neither the account's own cadre nor a close relative of it
// (任何人不得接触自己或直系亲属的廉政档案).
const Session &requireDossier(const Database &database, qint64 cadreId, Permission permission);
const Session &requireDossier(const QSqlDatabase &db, qint64 cadreId, Permission permission);

// The account's own cadre and the cadres recorded as its key relatives (spouse, parents,
// children, siblings), in either direction.
bool isBarred(const QSqlDatabase &db, const Session &session, qint64 cadreId);
bool inScope(const QSqlDatabase &db, const Session &session, qint64 cadreId);

// The audited look at a dossier, after requireDossier allowed it.
void recordView(const Database &database, qint64 cadreId);

} // namespace Access
