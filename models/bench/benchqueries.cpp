#include "benchqueries.h"

#include "items/cadredirectorymodel.h"
#include "records/cadresearchindex.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace BenchQueries {

namespace {

void readAll(QSqlQuery &query)
{
    while (query.next()) {
    }
}

void directoryPage(const QSqlDatabase &db, const QString &text)
{
    const Dialect dialect = Dialects::of(db);
    const QString gram
        = dialect == Dialect::Sqlite ? CadreSearchIndex::leadingGram(text) : QString();
    QVariantList values;
    QString matches;
    if (!gram.isEmpty()) {
        // As the directory reads a short word: its grams by key, and the page's ids sorted
        // from the index of ids and pinyin before their rows are read.
        const auto rest
            = CadreSearchIndex::condition(text, QStringLiteral("g.cadre_id"), dialect, true);
        matches = QStringLiteral("SELECT g.cadre_id FROM cadre_grams g WHERE g.gram = ?")
                  + (rest.isEmpty() ? QString() : QStringLiteral(" AND ") + rest.sql);
        values << gram << rest.values;
    } else {
        const auto condition = CadreSearchIndex::condition(text, QStringLiteral("c.id"), dialect);
        matches = QStringLiteral("SELECT c.id FROM cadres c")
                  + (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition.sql);
        values << condition.values;
    }
    Sql::scalar(db, QStringLiteral("SELECT count(*) FROM (%1)").arg(matches), values);
    values << CadreDirectoryModel::pageSize;
    const QString page
        = gram.isEmpty()
              ? QStringLiteral("SELECT c.id, c.name, u.name FROM cadres c JOIN units u ON u.id = "
                               "c.unit_id WHERE c.id IN (%1) ORDER BY c.pinyin_full LIMIT ?")
              : QStringLiteral("SELECT c.id, c.name, u.name FROM (SELECT c.id AS id FROM cadres "
                               "c INDEXED BY cadres_page_order WHERE c.id IN (%1) ORDER BY "
                               "c.pinyin_full, c.id LIMIT ?) p JOIN cadres c ON c.id = p.id JOIN "
                               "units u ON u.id = c.unit_id");
    QSqlQuery rows = Sql::run(db, page.arg(matches), values);
    readAll(rows);
}

} // namespace

qint64 cadreCount(const Database &database)
{
    return Sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM cadres"))
        .toLongLong();
}

std::vector<qint64> spreadCadres(const Database &database, int limit)
{
    const qint64 step = qMax<qint64>(1, cadreCount(database) / qMax(1, limit));
    QSqlQuery query = Sql::run(database.connection(),
                               QStringLiteral("SELECT id FROM cadres WHERE id % ? = 0 "
                                              "ORDER BY id LIMIT ?"),
                               {step, limit});
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

qint64 busiestCadre(const Database &database)
{
    return Sql::scalar(database.connection(),
                       // Counted cadre by cadre through the records' cadre indexes: grouping
                       // the whole timeline sorts every record of a province at once.
                       QStringLiteral("SELECT c.id FROM cadres c ORDER BY (SELECT count(*) FROM "
                                      "cadre_timeline t WHERE t.cadre_id = c.id) DESC, c.id "
                                      "LIMIT 1"))
        .toLongLong();
}

qint64 busiestMaterialUnit(const Database &database, int year)
{
    return Sql::scalar(database.connection(),
                       QStringLiteral("SELECT unit_id FROM self_examination_materials "
                                      "WHERE year = ? GROUP BY unit_id "
                                      "ORDER BY count(*) DESC LIMIT 1"),
                       {year})
        .toLongLong();
}

void openAndReadFirstPage(const QString &path)
{
    const QString name = QStringLiteral("bench-floor");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        raw.open();
        directoryPage(raw, QString());
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void readDirectoryPage(const Database &database, const QString &text)
{
    directoryPage(database.connection(), text);
}

void readTimeline(const Database &database, qint64 cadreId)
{
    QSqlQuery query
        = Sql::run(database.connection(),
                   QStringLiteral("SELECT * FROM cadre_timeline WHERE cadre_id = ?"), {cadreId});
    readAll(query);
}

} // namespace BenchQueries
