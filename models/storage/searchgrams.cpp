#include "searchgrams.h"

#include "dialect.h"
#include "sql.h"

#include <QSet>

namespace SearchGrams {

namespace {

bool isGram(const QString &piece)
{
    return !piece.contains(QLatin1Char(' ')) && !piece.contains(QLatin1Char('|'));
}

} // namespace

QStringList of(const QString &haystack)
{
    QSet<QString> grams;
    for (qsizetype i = 0; i < haystack.size(); ++i) {
        for (const qsizetype length : {1, 2}) {
            if (i + length > haystack.size())
                continue;
            const QString piece = haystack.mid(i, length);
            if (isGram(piece))
                grams.insert(piece);
        }
    }
    QStringList sorted(grams.cbegin(), grams.cend());
    sorted.sort();
    return sorted;
}

void write(const QSqlDatabase &db, qint64 cadreId, const QString &haystack)
{
    remove(db, cadreId);
    const QStringList grams = of(haystack);
    // In one statement: a server takes a cadre's grams in one round trip.
    constexpr qsizetype kBatch = 500;
    for (qsizetype first = 0; first < grams.size(); first += kBatch) {
        QStringList rows;
        QVariantList values;
        for (qsizetype i = first; i < std::min(grams.size(), first + kBatch); ++i) {
            rows << QStringLiteral("(?, ?)");
            values << grams.at(i) << cadreId;
        }
        Sql::run(db,
                 QStringLiteral("INSERT INTO cadre_grams (gram, cadre_id) VALUES ")
                     + rows.join(QStringLiteral(", ")),
                 values);
    }
}

void remove(const QSqlDatabase &db, qint64 cadreId)
{
    Sql::run(db, QStringLiteral("DELETE FROM cadre_grams WHERE cadre_id = ?"), {cadreId});
}

void fill(const QSqlDatabase &db)
{
    Sql::run(db, QStringLiteral("DELETE FROM cadre_grams"));
    if (Dialects::of(db) == Dialect::PostgreSql) {
        Sql::run(db,
                 QStringLiteral(
                     "INSERT INTO cadre_grams (gram, cadre_id) SELECT DISTINCT substr(s.haystack, "
                     "i, n), s.rowid FROM cadre_search s, generate_series(1, length(s.haystack)) "
                     "i, (VALUES (1), (2)) k(n) WHERE i + n - 1 <= length(s.haystack) AND "
                     "strpos(substr(s.haystack, i, n), ' ') = 0 AND strpos(substr(s.haystack, "
                     "i, n), '|') = 0"));
        // Millions of rows at once: the planner learns of them now, not at its next autovacuum.
        Sql::run(db, QStringLiteral("ANALYZE cadre_grams"));
        return;
    }
    // The search text's every position, then the pieces of one and two characters from each.
    Sql::run(db,
             QStringLiteral(
                 "WITH RECURSIVE at(id, text, i) AS (SELECT id, c0, 1 FROM cadre_search_content "
                 "WHERE length(c0) > 0 UNION ALL SELECT id, text, i + 1 FROM at WHERE i < "
                 "length(text)) INSERT OR IGNORE INTO cadre_grams (gram, cadre_id) SELECT piece, "
                 "id FROM (SELECT substr(text, i, 1) AS piece, id FROM at UNION ALL SELECT "
                 "substr(text, i, 2), id FROM at WHERE i < length(text)) WHERE instr(piece, ' ') "
                 "= 0 AND instr(piece, '|') = 0"));
}

} // namespace SearchGrams
