#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

class Database;

// One change a colleague made to a dossier, from the audit trail.
struct RecentChange
{
    QString account;
    QString name;   // the person's real name, else the account's
    QString action; // create, update, delete, restore, advance, retract
    QString table;  // the record's kind (RecordKinds::title names it)
    QDateTime at;   // UTC
};

// What others changed in one dossier lately — its own records and the clues, cases and
// warning-education events it is linked to — so that a dossier open on several desks says who
// changed what a moment ago. Only for an account that may read the dossier; the signed-in
// account's own changes are left out.
namespace RecentChanges {

// Newest first, at most `limit`, made at or after `since`.
QVector<RecentChange> of(const Database &database, qint64 cadreId, const QDateTime &since,
                         int limit = 3);

// The entries of the trail about one cadre's dossier: a FROM clause with four parameters, each
// the cadre's id. Each branch can use the trail's cadre index.
QString dossierEntries();

} // namespace RecentChanges
