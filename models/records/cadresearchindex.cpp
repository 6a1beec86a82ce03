#include "cadresearchindex.h"

#include <utility>

#include "domain/pinyin.h"
#include "storage/searchgrams.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace {

// Separates the fields so that no query word can match across two of them.
const QString kFieldSeparator = QStringLiteral(" | ");

QString quotedPhrase(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString CadreSearchIndex::haystack(const QString &name, const QString &unitName,
                                   const QString &position, const PinyinKeys &keys)
{
    return QStringList{name, unitName, position, keys.full.join(kFieldSeparator),
                       keys.initials.join(kFieldSeparator)}
        .join(kFieldSeparator)
        .toLower();
}

void CadreSearchIndex::write(const QSqlDatabase &db, qint64 cadreId, const QString &haystack)
{
    remove(db, cadreId);
    Sql::run(db, QStringLiteral("INSERT INTO cadre_search (rowid, haystack) VALUES (?, ?)"),
             {cadreId, haystack});
    SearchGrams::write(db, cadreId, haystack);
}

void CadreSearchIndex::remove(const QSqlDatabase &db, qint64 cadreId)
{
    Sql::run(db, QStringLiteral("DELETE FROM cadre_search WHERE rowid = ?"), {cadreId});
    SearchGrams::remove(db, cadreId);
}

void CadreSearchIndex::rebuild(const QSqlDatabase &db)
{
    Sql::run(db, QStringLiteral("DELETE FROM cadre_search"));
    QSqlQuery cadres
        = Sql::run(db, QStringLiteral("SELECT c.id, c.name, u.name, c.position "
                                      "FROM cadres c JOIN units u ON u.id = c.unit_id"));
    QSqlQuery insert = Sql::prepare(
        db, QStringLiteral("INSERT INTO cadre_search (rowid, haystack) VALUES (?, ?)"));
    QSqlQuery keys = Sql::prepare(
        db, QStringLiteral("UPDATE cadres SET pinyin_full = ?, pinyin_initials = ? WHERE id = ?"));
    while (cadres.next()) {
        const qint64 id = cadres.value(0).toLongLong();
        const QString name = cadres.value(1).toString();
        const PinyinKeys pinyin = Pinyin::keysForName(name);
        keys.bindValue(0, pinyin.full.join(QLatin1Char(' ')));
        keys.bindValue(1, pinyin.initials.join(QLatin1Char(' ')));
        keys.bindValue(2, id);
        Sql::exec(keys);
        insert.bindValue(0, id);
        insert.bindValue(
            1, haystack(name, cadres.value(2).toString(), cadres.value(3).toString(), pinyin));
        Sql::exec(insert);
    }
    SearchGrams::fill(db);
}

QString CadreSearchIndex::leadingGram(const QString &text)
{
    for (const QString &word : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word != QLatin1String("|") && word.size() < 3)
            return word;
    }
    return {};
}

CadreSearchIndex::Condition CadreSearchIndex::condition(const QString &text,
                                                        const QString &idColumn, Dialect dialect,
                                                        bool withoutLeadingGram)
{
    Condition condition;
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList parts;
    // A word of one or two characters is one of the grams of the text it is in: read by key.
    bool skip = withoutLeadingGram;
    for (const QString &word : words) {
        if (word == QLatin1String("|") || word.size() >= 3)
            continue;
        if (std::exchange(skip, false))
            continue;
        parts << idColumn + QStringLiteral(" IN (SELECT cadre_id FROM cadre_grams WHERE gram = ?)");
        condition.values << word;
    }
    if (dialect == Dialect::PostgreSql) {
        // Longer words: one table with a trigram index (pg_trgm) that LIKE uses.
        for (const QString &word : words) {
            if (word == QLatin1String("|") || word.size() < 3)
                continue;
            QString escaped = word;
            escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            parts << idColumn
                         + QStringLiteral(
                             " IN (SELECT rowid FROM cadre_search WHERE haystack LIKE ?)");
            condition.values << QLatin1Char('%') + escaped + QLatin1Char('%');
        }
        condition.sql = parts.join(QStringLiteral(" AND "));
        return condition;
    }
    QStringList longWords;
    for (const QString &word : words) {
        if (word == QLatin1String("|"))
            continue;
        if (word.size() >= 3)
            longWords << quotedPhrase(word);
    }
    if (!longWords.isEmpty()) {
        parts << idColumn
                     + QStringLiteral(
                         " IN (SELECT rowid FROM cadre_search WHERE cadre_search MATCH ?)");
        condition.values << longWords.join(QLatin1Char(' '));
    }
    condition.sql = parts.join(QStringLiteral(" AND "));
    return condition;
}
