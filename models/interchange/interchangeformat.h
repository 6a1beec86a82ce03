#pragma once

#include "domain/storedcolumn.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <vector>

// The interchange format (docs/interchange.md) in one place: which tables and columns a file
// carries, in which order, with which types. Export and import both work from this description,
// and schemaProblems() compares it with the live schema so the format cannot drift silently.
namespace InterchangeFormat {

inline const QString formatName = QStringLiteral("integrity-dossier");
// Raised whenever the tables or fields a file carries change.
constexpr int version = 3;

using ColumnType = Stored::Type;
using Need = Stored::Need;
using Column = Stored::Column;

struct Table
{
    QString name;
    const char *recordNoun; // "cadre", for messages such as "refers to no cadre"
    std::vector<Column> columns;
    QStringList primaryKey;
    // In the schema but not in the file: recomputed on import.
    QStringList derivedColumns = {};
    // Seeded when a database is created; a file that carries the table replaces those rows.
    bool replacesDefaults = false;

    int columnIndex(const QString &columnName) const;
    // True for the usual single integer key "id", which other tables refer to.
    bool hasIdKey() const;
};

// Every carried table, each after the tables it refers to: the record kinds take their columns
// from the record-kind registry, and kinds added to it come last.
const std::vector<Table> &tables();
const Table *table(const QString &name);
// Tables of the schema deliberately left out of the file, with the reason in the docs.
QStringList excludedTables();
// A message of the interchange code in the interface's language. The code's messages are
// filed for translation under the class or namespace each is written in (InterchangeImporter,
// InterchangeValues, …); this looks each up wherever it was filed.
QString translate(const char *text);
// What one record of `table` is called in messages ("cadre"), translated; the table's name
// for a table the format does not describe.
QString recordNoun(const QString &table);

QString typeName(ColumnType type);
bool isDate(const QString &text);
bool isTimestamp(const QString &text);

// Where the description and the database's schema disagree; empty when they match.
QStringList schemaProblems(const QSqlDatabase &db);

} // namespace InterchangeFormat
