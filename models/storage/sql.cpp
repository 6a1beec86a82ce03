#include "sql.h"

#include "dialect.h"
#include "domain/dataerror.h"
#include "postgresqlschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace Sql {

namespace {

// `statement` with each placeholder outside quoted text replaced by its value as the driver
// writes a literal.
QString withValues(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QString text;
    text.reserve(statement.size() + 16 * values.size());
    bool inQuote = false;
    qsizetype next = 0;
    for (const QChar c : statement) {
        if (c == QLatin1Char('\''))
            inQuote = !inQuote;
        if (c == QLatin1Char('?') && !inQuote && next < values.size()) {
            const QVariant &value = values.at(next++);
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            text += db.driver()->formatValue(field);
            continue;
        }
        text += c;
    }
    return text;
}

} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    const bool server = Dialects::of(db) == Dialect::PostgreSql;
    // Qt reads a forward-only PostgreSQL result row by row, and loses it when another query
    // runs before it was read to the end: the server's results are read whole.
    query.setForwardOnly(!server);
    if (!query.prepare(server ? PostgreSqlSchema::forServer(statement) : statement))
        throw DataError(failure(query.lastError(), QCoreApplication::translate(
                                                       "Sql", "The database refused a query: %1")));
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw DataError(
            failure(query.lastError(),
                    QCoreApplication::translate("Sql", "The database refused a change: %1")));
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (Dialects::of(db) == Dialect::PostgreSql) {
        // A statement run once goes to the server in one round trip, its values written in by
        // the driver's own quoting, rather than as PREPARE, EXECUTE and DEALLOCATE (statements
        // run again and again are prepared once by their owners). PostgreSQL prepares only
        // queries and writes, so a schema change or a setting could not go otherwise anyway.
        QSqlQuery query(db);
        if (!query.exec(withValues(db, PostgreSqlSchema::forServer(statement), values)))
            throw DataError(
                failure(query.lastError(),
                        QCoreApplication::translate("Sql", "The database refused a change: %1")));
        return query;
    }
    QSqlQuery query = prepare(db, statement);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    exec(query);
    return query;
}

QString rowLock(const QSqlDatabase &db)
{
    return Dialects::of(db) == Dialect::PostgreSql ? QStringLiteral(" FOR UPDATE") : QString();
}

qint64 insert(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = run(db, statement + QStringLiteral(" RETURNING id"), values);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

QVariant probe(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    const bool server = Dialects::of(db) == Dialect::PostgreSql;
    query.setForwardOnly(!server);
    const bool guarded = server && query.exec(QStringLiteral("SAVEPOINT sql_probe"));
    QVariant value;
    if (query.exec(server ? PostgreSqlSchema::forServer(statement) : statement) && query.next())
        value = query.value(0);
    const bool failed = query.lastError().isValid();
    query.finish();
    if (guarded)
        query.exec(failed ? QStringLiteral("ROLLBACK TO SAVEPOINT sql_probe")
                          : QStringLiteral("RELEASE SAVEPOINT sql_probe"));
    return value;
}

Constraint brokenConstraint(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    Constraint broken;
    if (code.size() == 5 && code.startsWith(QLatin1String("23"))) {
        // PostgreSQL's SQLSTATE; a column-level constraint is named <table>_<column>_<kind>.
        static const QHash<QString, Constraint::Kind> kinds{
            {QStringLiteral("23514"), Constraint::Kind::Check},
            {QStringLiteral("23505"), Constraint::Kind::Unique},
            {QStringLiteral("23502"), Constraint::Kind::NotNull},
            {QStringLiteral("23503"), Constraint::Kind::ForeignKey}};
        broken.kind = kinds.value(code, Constraint::Kind::None);
        static const QRegularExpression nullColumn(QStringLiteral("in column \"(\\w+)\""));
        static const QRegularExpression named(QStringLiteral("constraint \"(\\w+)\""));
        static const QRegularExpression relation(QStringLiteral("relation \"(\\w+)\""));
        if (broken.kind == Constraint::Kind::NotNull) {
            broken.column = nullColumn.match(text).captured(1);
        } else if (const auto match = named.match(text); match.hasMatch()) {
            // Strip the table's name the constraint's name begins with, and its kind's ending.
            const QString table = relation.match(text).captured(1);
            QString name = match.captured(1);
            if (!table.isEmpty() && name.startsWith(table + QLatin1Char('_')))
                name = name.mid(table.size() + 1);
            static const QRegularExpression ending(QStringLiteral("_(?:check|key|fkey)$"));
            static const QRegularExpression tableLevel(QStringLiteral("^check\\d*$"));
            name.remove(ending);
            if (!tableLevel.match(name).hasMatch())
                broken.column = name;
        }
        return broken;
    }
    // SQLite: "CHECK constraint failed: held_by IN (…)", "UNIQUE constraint failed: cadres.x".
    static const QRegularExpression failed(
        QStringLiteral("(CHECK|UNIQUE|NOT NULL|FOREIGN KEY) constraint failed(?:: (?:[a-z_]+\\.)?"
                       "([a-z_]+))?"));
    const QRegularExpressionMatch match = failed.match(text);
    if (!match.hasMatch())
        return broken;
    static const QHash<QString, Constraint::Kind> kinds{
        {QStringLiteral("CHECK"), Constraint::Kind::Check},
        {QStringLiteral("UNIQUE"), Constraint::Kind::Unique},
        {QStringLiteral("NOT NULL"), Constraint::Kind::NotNull},
        {QStringLiteral("FOREIGN KEY"), Constraint::Kind::ForeignKey}};
    broken.kind = kinds.value(match.captured(1));
    broken.column = match.captured(2);
    return broken;
}

// The server's faults a user can act on, by their SQLSTATE (PostgreSQL's five characters) or,
// when the connection is gone, by the driver's words.
QString serverFault(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.text();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
        || state == QLatin1String("57P02") || state == QLatin1String("57P03")
        || text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection")))
        return QCoreApplication::translate(
            "Sql", "The connection to the server was lost, so nothing was saved and nothing was "
                   "changed. Connect to the server again (File → Connect to Server…) and try "
                   "again.");
    if (state == QLatin1String("53100"))
        return QCoreApplication::translate(
            "Sql", "The server's disk is full, so nothing was saved and nothing was changed. "
                   "Tell the server's administrator.");
    if (state == QLatin1String("25006"))
        return QCoreApplication::translate(
            "Sql", "The database was opened for reading only, so nothing was saved and nothing "
                   "was changed.");
    // The server's own rules (row-level security, the accounts' guard) refused the account.
    if (state == QLatin1String("42501"))
        return QCoreApplication::translate(
            "Sql", "The server refused this to your account, so nothing was saved and nothing "
                   "was changed. Your role or units do not allow it.");
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")
        || state == QLatin1String("55P03"))
        return QCoreApplication::translate(
            "Sql", "A colleague's change on the server was in the way, so nothing was saved and "
                   "nothing was changed. Try again in a moment.");
    return {};
}

QString knownFault(const QSqlError &error)
{
    // PostgreSQL names its faults with five characters; SQLite's codes are smaller numbers.
    if (error.nativeErrorCode().size() == 5
        || (error.nativeErrorCode().isEmpty() && error.type() == QSqlError::ConnectionError))
        return serverFault(error);
    if (error.nativeErrorCode().isEmpty() && error.text().contains(QLatin1String("connection")))
        return serverFault(error);
    // SQLite's primary result codes, as Qt's driver reports them.
    const int code = error.nativeErrorCode().toInt();
    switch (code & 0xff) {
    case 13: // SQLITE_FULL
        return QCoreApplication::translate(
            "Sql", "The disk is full (or the database has reached its size limit), so nothing "
                   "was saved and nothing was changed. Free some space and try again.");
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate(
            "Sql", "The database file is read-only, so nothing was saved and nothing was "
                   "changed.");
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate(
            "Sql", "The database is busy in another program, so nothing was saved and nothing "
                   "was changed. Try again in a moment.");
    default:
        return {};
    }
}

QString failure(const QSqlError &error, const QString &context)
{
    const QString known = knownFault(error);
    return known.isEmpty() ? context.arg(error.text()) : known;
}

QDate date(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace Sql
