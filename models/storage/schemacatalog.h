#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

// What the schema says of its tables, read from whichever engine holds it (SQLite's pragmas,
// PostgreSQL's catalog): the columns of a table and the references between tables. The
// repository checks names against it before a name is pasted into a statement.
namespace SchemaCatalog {

struct Column
{
    QString name;
    bool notNull = false;
    int keyPosition = 0; // its place in the primary key from 1; 0 when not part of it
    QString type;        // as the migrations declare it: INTEGER, TEXT, REAL or BLOB
    bool hasDefault = false;
};

struct Reference
{
    QString table;  // the table holding the reference
    QString column; // its column
    QString parent; // the table referred to
    QString parentColumn;
    QString onDelete; // "CASCADE", "SET NULL", "RESTRICT", "NO ACTION"
};

// The schema's tables (the search table among them; not the engine's own, the search table's
// parts, or a server's bookkeeping of the program's objects).
QStringList tables(const QSqlDatabase &db);
QVector<Column> columns(const QSqlDatabase &db, const QString &table);
QStringList columnNames(const QSqlDatabase &db, const QString &table);
// The primary key's columns, in order.
QStringList keyColumns(const QSqlDatabase &db, const QString &table);
// Every reference between the schema's tables.
QVector<Reference> references(const QSqlDatabase &db);
// What the engine finds wrong with its own storage, empty when it is sound: SQLite's
// integrity_check; on a server, the pages whose checksums failed in this database.
QStringList storageProblems(const QSqlDatabase &db);
// Rows whose reference points at no row, counted over the whole schema: SQLite's
// foreign_key_check, or each reference looked up on the server.
qint64 brokenReferences(const QSqlDatabase &db);
// Around a copy of whole tables with their keys (DatabaseCopy), inside the caller's
// transaction: references checked at the end, the tables' own triggers silent, and afterwards
// the keys the database gives next past the copied ones. A server's only: SQLite cannot silence
// a trigger.
void beginBulkCopy(const QSqlDatabase &db, const QStringList &tables);
void endBulkCopy(const QSqlDatabase &db, const QStringList &tables);
// The references `table` holds.
QVector<Reference> referencesFrom(const QSqlDatabase &db, const QString &table);

} // namespace SchemaCatalog
