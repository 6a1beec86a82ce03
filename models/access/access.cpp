#include "access.h"

#include "accesserror.h"
#include "domain/session.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/serversecurity.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

QString Visibility::unitTest(const QString &column) const
{
    if (allUnits)
        return {};
    QStringList ids;
    for (const qint64 unit : units)
        ids << QString::number(unit);
    if (ids.isEmpty())
        ids << QStringLiteral("NULL");
    return QStringLiteral(" AND %1 IN (%2)").arg(column, ids.join(QLatin1Char(',')));
}

QString Visibility::barredTest(const QString &column) const
{
    if (barred.isEmpty())
        return {};
    QStringList ids;
    for (const qint64 cadre : barred)
        ids << QString::number(cadre);
    return QStringLiteral(" AND %1 NOT IN (%2)").arg(column, ids.join(QLatin1Char(',')));
}

namespace Access {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Access", text);
}

// Writes the refusal in its own transaction, then throws. On a read-only file nothing can be
// written; the refusal stands all the same.
[[noreturn]] void refuse(const Database &database, const QString &message, Permission permission,
                         qint64 cadreId)
{
    if (!database.isReadOnly()) {
        try {
            Transaction transaction(database.connection());
            AuditLog::append(database, {QStringLiteral("access.refused"),
                                        QStringLiteral("permission"),
                                        0,
                                        cadreId,
                                        {},
                                        {{QStringLiteral("permission"), int(permission)},
                                         {QStringLiteral("role"),
                                          database.session() ? Roles::key(database.session()->role)
                                                             : QString()}}});
            transaction.commit();
        } catch (const DataError &) {
            // A full disk must not turn a refusal into something else.
        }
    }
    throw AccessError(message);
}

} // namespace

const Session &require(const Database &database, Permission permission)
{
    const Session *session = database.session();
    if (!session)
        refuse(database,
               tr("Sign in first: no account is signed in to this database (on the "
                  "command line: --user NAME)."),
               permission, 0);
    if (session->mustChangePassword)
        refuse(database,
               tr("Your password was set by an administrator: set a password of your own "
                  "first (in the window: Account → Change Password; on the command line: "
                  "integrity-dossier user password)."),
               permission, 0);
    if (!session->can(permission))
        refuse(database,
               tr("Your role (%1) may not %2.")
                   .arg(Roles::displayName(session->role), Roles::permissionName(permission)),
               permission, 0);
    return *session;
}

const Session &requireDossier(const Database &database, qint64 cadreId, Permission permission)
{
    const Session &session = require(database, permission);
    const QSqlDatabase db = database.connection();
    if (isBarred(db, session, cadreId))
        refuse(database,
               tr("This dossier is closed to you: no one may open, print or export their own "
                  "dossier or a close relative's."),
               permission, cadreId);
    if (!inScope(db, session, cadreId))
        refuse(database, tr("This cadre's unit lies outside the units your account may see."),
               permission, cadreId);
    return session;
}

bool isBarred(const QSqlDatabase &db, const Session &session, qint64 cadreId)
{
    if (session.cadreId == 0 || cadreId == 0)
        return false;
    if (cadreId == session.cadreId)
        return true;
    // An account's own server role may not read its own relatives: the server names them.
    if (session.ownServerRole && ServerSecurity::barredCadres(db).contains(cadreId))
        return true;
    return Sql::scalar(db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM relatives WHERE is_key = 1 "
                                      "AND relation <> 'other' AND ((cadre_id = ? AND "
                                      "relative_cadre_id = ?) OR (cadre_id = ? AND "
                                      "relative_cadre_id = ?)))"),
                       {session.cadreId, cadreId, cadreId, session.cadreId})
        .toBool();
}

bool inScope(const QSqlDatabase &db, const Session &session, qint64 cadreId)
{
    if (session.allUnits || cadreId == 0)
        return true;
    const QVariant unit
        = Sql::scalar(db, QStringLiteral("SELECT unit_id FROM cadres WHERE id = ?"), {cadreId});
    return !unit.isValid() || session.units.contains(unit.toLongLong());
}

Visibility visibility(const Database &database)
{
    const QSqlDatabase db = database.connection();
    const Session *session = database.session();
    if (!session)
        refuse(database,
               tr("Sign in first: no account is signed in to this database (on the "
                  "command line: --user NAME)."),
               Permission::ReadDossiers, 0);
    Visibility result;
    // Until its owner has set a password of their own, an account sees no one at all.
    if (session->mustChangePassword) {
        result.allUnits = false;
        return result;
    }
    result.facts = session->can(Permission::ReadDossiers);
    result.allUnits = session->allUnits;
    result.units = session->units;
    if (session->cadreId != 0) {
        result.barred.insert(session->cadreId);
        QSqlQuery query = Sql::run(
            db,
            QStringLiteral("SELECT relative_cadre_id FROM relatives WHERE cadre_id = ? AND is_key "
                           "= 1 AND relation <> 'other' AND relative_cadre_id IS NOT NULL UNION "
                           "SELECT cadre_id FROM relatives WHERE relative_cadre_id = ? AND is_key "
                           "= 1 AND relation <> 'other'"),
            {session->cadreId, session->cadreId});
        while (query.next())
            result.barred.insert(query.value(0).toLongLong());
        if (session->ownServerRole)
            result.barred.unite(ServerSecurity::barredCadres(db));
    }
    return result;
}

bool mayReadDossier(const Database &database, qint64 cadreId)
{
    const QSqlDatabase db = database.connection();
    const Session *session = database.session();
    return session && session->can(Permission::ReadDossiers) && !isBarred(db, *session, cadreId)
           && inScope(db, *session, cadreId);
}

bool mayReadClue(const Database &database, qint64 clueId)
{
    const QSqlDatabase db = database.connection();
    const Session *session = database.session();
    if (!session || !session->can(Permission::ReadDossiers))
        return false;
    QSqlQuery subjects = Sql::run(
        db,
        QStringLiteral("SELECT s.cadre_id, c.unit_id FROM clue_subjects s JOIN cadres c ON c.id "
                       "= s.cadre_id WHERE s.clue_id = ?"),
        {clueId});
    bool inUnits = session->allUnits;
    bool any = false;
    while (subjects.next()) {
        any = true;
        if (isBarred(db, *session, subjects.value(0).toLongLong()))
            return false;
        inUnits = inUnits || session->units.contains(subjects.value(1).toLongLong());
    }
    // A clue with no subject yet is the commission's own business, seen by all units.
    return inUnits || !any;
}

void recordView(const Database &database, qint64 cadreId)
{
    if (database.isReadOnly())
        return;
    // A dossier refreshed after its reader's own edit is the same look, not another one: one
    // entry per dossier and sign-in.
    const Session *session = database.session();
    if (session && session->viewed.contains(cadreId))
        return;
    Transaction transaction(database.connection());
    AuditLog::append(
        database,
        {QStringLiteral("dossier.view"), QStringLiteral("cadres"), cadreId, cadreId, {}, {}});
    transaction.commit();
    if (session)
        session->viewed.insert(cadreId);
}

} // namespace Access
