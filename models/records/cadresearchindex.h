#pragma once

#include "storage/dialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

struct PinyinKeys;

// The search-as-you-type index: one row per cadre (rowid = cadre id) holding the name, unit,
// position and pinyin keys, lower-cased. Terms of three or more characters use the trigram index
// (SQLite's FTS5, a server's pg_trgm); shorter terms, which a trigram index cannot answer, are
// read by key from the cadres' grams (SearchGrams), kept on the same writes.
class CadreSearchIndex
{
public:
    static QString haystack(const QString &name, const QString &unitName, const QString &position,
                            const PinyinKeys &keys);
    // Replaces the cadre's row; call inside the write's transaction.
    static void write(const QSqlDatabase &db, qint64 cadreId, const QString &haystack);
    static void remove(const QSqlDatabase &db, qint64 cadreId);
    // Recomputes every row from the cadres and units tables (after an import, or a unit rename).
    static void rebuild(const QSqlDatabase &db);

    // A condition on a cadre id column that holds when the cadre matches every word of `text`.
    // Empty text gives an empty condition.
    struct Condition
    {
        QString sql; // e.g. "c.id IN (SELECT rowid FROM cadre_search WHERE …)"
        QVariantList values;
        bool isEmpty() const { return sql.isEmpty(); }
    };
    // In the search table's form for `dialect`: SQLite's FTS5 trigram table, or a server's
    // table with a pg_trgm index.
    // The first word of `text` short enough to be read by key from the grams (one or two
    // characters), lowercased as the condition reads it; empty when there is none.
    static QString leadingGram(const QString &text);
    // `withoutLeadingGram` leaves out leadingGram(text), for a query that reads its grams itself.
    static Condition condition(const QString &text, const QString &idColumn,
                               Dialect dialect = Dialect::Sqlite, bool withoutLeadingGram = false);
};
