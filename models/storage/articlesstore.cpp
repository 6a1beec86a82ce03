#include "articlesstore.h"

#include "sql.h"

#include <QSqlQuery>

namespace ArticleRows {

QVariant optionalDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

// Empty, never null: the columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString words(const QStringList &list)
{
    return notNull(list.join(QLatin1Char(' ')));
}

QStringList measures(const QVariant &value)
{
    return value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace ArticleRows

namespace ArticlesStore {

using namespace ArticleRows;

QVector<Article> load(const QSqlDatabase &db)
{
    QVector<Article> articles;
    QSqlQuery query = Sql::run(
        db,
        QStringLiteral("SELECT id, regulation, system, number, topic, text, valid_from, "
                       "valid_to, lighter, heavier, serious, source FROM articles ORDER BY id"));
    while (query.next()) {
        Article article;
        article.id = query.value(0).toLongLong();
        article.regulation = query.value(1).toString();
        article.system = query.value(2).toString();
        article.number = query.value(3).toString();
        article.topic = query.value(4).toString();
        article.text = query.value(5).toString();
        article.validFrom = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        article.validTo = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        article.lighter = measures(query.value(8));
        article.heavier = measures(query.value(9));
        article.serious = measures(query.value(10));
        article.source = query.value(11).toString();
        articles.append(article);
    }
    return articles;
}

void seed(const QSqlDatabase &db)
{
    QSqlQuery insert = Sql::prepare(
        db, QStringLiteral("INSERT INTO articles (regulation, system, number, topic, "
                           "text, valid_from, valid_to, lighter, heavier, serious, source) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (system, number, valid_from) DO NOTHING"));
    for (const Article &article : Articles::seeded()) {
        const QVariantList values = {article.regulation,
                                     article.system,
                                     article.number,
                                     notNull(article.topic),
                                     notNull(article.text),
                                     optionalDate(article.validFrom),
                                     optionalDate(article.validTo),
                                     words(article.lighter),
                                     words(article.heavier),
                                     words(article.serious),
                                     article.source};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        Sql::exec(insert);
    }
}

} // namespace ArticlesStore
