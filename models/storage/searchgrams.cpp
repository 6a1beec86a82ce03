#include "searchgrams.h"

#include "dialect.h"
#include "sql.h"

#include "domain/dataerror.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace SearchGrams {

namespace {

bool isGram(const QString &piece)
{
    return !piece.contains(QLatin1Char(' ')) && !piece.contains(QLatin1Char('|'));
}

// A gram of one or two UTF-16 units and its cadre in one number: sorted, they come in the
// table's key order, so each insert appends to the tree instead of landing in the middle of it.
quint64 packed(const QString &gram, qint64 cadreId)
{
    const quint64 first = gram.at(0).unicode();
    const quint64 second = gram.size() > 1 ? gram.at(1).unicode() : 0;
    return (first << 48) | (second << 32) | quint64(cadreId);
}

QString unpacked(quint64 value)
{
    const QChar pair[] = {QChar(char16_t(value >> 48)), QChar(char16_t((value >> 32) & 0xffff))};
    return QString(pair, pair[1].isNull() ? 1 : 2);
}

// Made in the program and written in the table's key order, with the cadre index made after:
// the database's own string functions count characters from the start of the text at each
// position, which takes seconds for a city's grams, where this takes a fraction of one.
void fillInKeyOrder(const QSqlDatabase &db)
{
    std::vector<quint64> grams;
    {
        QSqlQuery query = Sql::run(
            db, QStringLiteral("SELECT id, c0 FROM cadre_search_content WHERE length(c0) > 0"));
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (id <= 0 || id > 0xffffffffLL)
                throw DataError(QStringLiteral("cadre_grams: cadre %1 out of range").arg(id));
            for (const QString &gram : of(query.value(1).toString()))
                grams.push_back(packed(gram, id));
        }
    }
    std::sort(grams.begin(), grams.end());
    const QString index = Sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE "
                                                         "name = 'cadre_grams_cadre'"))
                              .toString();
    if (!index.isEmpty())
        Sql::run(db, QStringLiteral("DROP INDEX cadre_grams_cadre"));
    constexpr size_t kRows = 200;
    QStringList marks;
    for (size_t i = 0; i < kRows; ++i)
        marks << QStringLiteral("(?, ?)");
    QSqlQuery batch
        = Sql::prepare(db, QStringLiteral("INSERT INTO cadre_grams (gram, cadre_id) VALUES ")
                               + marks.join(QStringLiteral(", ")));
    QSqlQuery single = Sql::prepare(
        db, QStringLiteral("INSERT INTO cadre_grams (gram, cadre_id) VALUES (?, ?)"));
    size_t at = 0;
    for (; at + kRows <= grams.size(); at += kRows) {
        for (size_t i = 0; i < kRows; ++i) {
            batch.bindValue(int(2 * i), unpacked(grams[at + i]));
            batch.bindValue(int(2 * i + 1), qint64(grams[at + i] & 0xffffffff));
        }
        Sql::exec(batch);
    }
    for (; at < grams.size(); ++at) {
        single.bindValue(0, unpacked(grams[at]));
        single.bindValue(1, qint64(grams[at] & 0xffffffff));
        Sql::exec(single);
    }
    if (!index.isEmpty())
        Sql::run(db, index);
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
    fillInKeyOrder(db);
}

} // namespace SearchGrams
