#include "articlebook.h"

#include "access/access.h"
#include "domain/dataerror.h"
#include "domain/measurechecks.h"
#include "storage/articlesstore.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ArticleRecord {

QJsonObject json(const Article &article)
{
    return {{QStringLiteral("regulation"), article.regulation},
            {QStringLiteral("system"), article.system},
            {QStringLiteral("number"), article.number},
            {QStringLiteral("topic"), article.topic},
            {QStringLiteral("valid_from"), article.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("valid_to"), article.validTo.toString(Qt::ISODate)},
            {QStringLiteral("lighter"), article.lighter.join(QLatin1Char(' '))},
            {QStringLiteral("heavier"), article.heavier.join(QLatin1Char(' '))},
            {QStringLiteral("serious"), article.serious.join(QLatin1Char(' '))},
            {QStringLiteral("source"), article.source}};
}

QVariant date(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate))
                         : QVariant(QMetaType(QMetaType::QString));
}

QString words(const QStringList &list)
{
    const QString joined = list.join(QLatin1Char(' '));
    return joined.isNull() ? QStringLiteral("") : joined;
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value.trimmed();
}

} // namespace ArticleRecord

ArticleBook::ArticleBook(const Database &database)
    : m_database(database)
{}

QVector<Article> ArticleBook::articles() const
{
    return ArticlesStore::load(m_database.connection());
}

QString ArticleBook::problem(const Article &article)
{
    if (article.regulation.trimmed().isEmpty())
        return tr("Name the regulation the article belongs to.");
    if (article.system != QLatin1String("party") && article.system != QLatin1String("government"))
        return tr("Say whether the article is a party or a government one.");
    if (article.number.trimmed().isEmpty())
        return tr("Give the article's number, e.g. 第一百三十二条.");
    if (article.source.trimmed().isEmpty())
        return tr("Name where the article's text was read from: an article is kept only with "
                  "its source.");
    if (!article.validFrom.isValid())
        return tr("Give the day the article took effect.");
    if (article.validTo.isValid() && article.validTo < article.validFrom)
        return tr("An article cannot stop applying before it took effect.");
    const QStringList allowed = MeasureChecks::severityOrder(article.system);
    for (const QStringList *range : {&article.lighter, &article.heavier, &article.serious})
        for (const QString &measure : *range)
            if (!allowed.contains(measure))
                return tr("A %1 article allows only %1 measures.")
                    .arg(article.system == QLatin1String("party") ? tr("party") : tr("government"));
    return {};
}

qint64 ArticleBook::save(const Article &article)
{
    using namespace ArticleRecord;
    Access::require(m_database, Permission::WriteRecords);
    if (const QString why = problem(article); !why.isEmpty())
        throw DataError(why);
    const QSqlDatabase db = m_database.connection();
    const QVariant clash = Sql::scalar(
        db,
        QStringLiteral("SELECT id FROM articles WHERE system = ? AND number = ? AND valid_from = ? "
                       "AND id <> ?"),
        {article.system, article.number.trimmed(), article.validFrom.toString(Qt::ISODate),
         article.id});
    if (clash.isValid() && !clash.isNull())
        throw DataError(tr("%1 already has a version from %2: change that one, or give this "
                           "version the day it took effect.")
                            .arg(article.citation(), article.validFrom.toString(Qt::ISODate)));
    const QVariantList values
        = {text(article.regulation), article.system,         text(article.number),
           text(article.topic),      text(article.text),     date(article.validFrom),
           date(article.validTo),    words(article.lighter), words(article.heavier),
           words(article.serious),   text(article.source)};
    Transaction transaction(db);
    AuditEntry entry;
    entry.action = article.id == 0 ? QStringLiteral("create") : QStringLiteral("update");
    entry.entity = QStringLiteral("articles");
    entry.after = json(article);
    qint64 id = article.id;
    if (id == 0) {
        id = Sql::insert(db,
                         QStringLiteral("INSERT INTO articles (regulation, system, number, topic, "
                                        "text, valid_from, valid_to, lighter, heavier, serious, "
                                        "source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         values);
    } else {
        const QVector<Article> stored = articles();
        const auto before = std::find_if(stored.cbegin(), stored.cend(),
                                         [id](const Article &each) { return each.id == id; });
        if (before == stored.cend())
            throw DataError(tr("The article to change is no longer there."));
        entry.before = json(*before);
        QVariantList withId = values;
        withId << id;
        Sql::run(db,
                 QStringLiteral("UPDATE articles SET regulation = ?, system = ?, number = ?, "
                                "topic = ?, text = ?, valid_from = ?, valid_to = ?, lighter = ?, "
                                "heavier = ?, serious = ?, source = ? WHERE id = ?"),
                 withId);
    }
    entry.entityId = id;
    AuditLog::append(m_database, entry);
    transaction.commit();
    return id;
}
