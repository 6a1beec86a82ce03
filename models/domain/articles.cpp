#include "articles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initArticleResources()
{
    // The resource lives in this static library: make sure a static link keeps it.
    Q_INIT_RESOURCE(articles);
}

const QStringList &Article::range(Degree degree) const
{
    switch (degree) {
    case Degree::Lighter:
        return lighter;
    case Degree::Heavier:
        return heavier;
    case Degree::Serious:
        break;
    }
    return serious;
}

bool Article::isValidOn(QDate day) const
{
    return (!validFrom.isValid() || validFrom <= day) && (!validTo.isValid() || day <= validTo);
}

namespace Articles {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

QVector<Article> seeded()
{
    initArticleResources();
    QFile file(QStringLiteral(":/rules/articles.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QVector<Article> articles;
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QStringLiteral("articles"))
                                .toArray();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        Article article;
        article.regulation = row.value(QStringLiteral("regulation")).toString();
        article.system = row.value(QStringLiteral("system")).toString();
        article.number = row.value(QStringLiteral("article")).toString();
        article.topic = row.value(QStringLiteral("topic")).toString();
        article.text = row.value(QStringLiteral("text")).toString();
        article.validFrom
            = QDate::fromString(row.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
        article.validTo
            = QDate::fromString(row.value(QStringLiteral("valid_to")).toString(), Qt::ISODate);
        article.lighter = strings(row.value(QStringLiteral("lighter")));
        article.heavier = strings(row.value(QStringLiteral("heavier")));
        article.serious = strings(row.value(QStringLiteral("serious")));
        article.source = row.value(QStringLiteral("source")).toString();
        articles.append(article);
    }
    return articles;
}

const Article *find(const QVector<Article> &articles, const QString &system, const QString &number)
{
    for (const Article &article : articles)
        if (article.system == system && article.number == number)
            return &article;
    return nullptr;
}

const Article *findOn(const QVector<Article> &articles, const QString &system,
                      const QString &number, QDate day)
{
    const Article *latest = nullptr;
    for (const Article &article : articles) {
        if (article.system != system || article.number != number)
            continue;
        if (article.isValidOn(day))
            return &article;
        if (!latest || latest->validFrom < article.validFrom)
            latest = &article;
    }
    return latest;
}

QVector<Article> cited(const QVector<Article> &articles, const QString &keys, QDate day,
                       QStringList *unknown)
{
    QVector<Article> result;
    for (const QString &line : keys.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString key = line.trimmed();
        const int space = key.indexOf(QLatin1Char(' '));
        const Article *article
            = space > 0 ? findOn(articles, key.left(space), key.mid(space + 1).trimmed(), day)
                        : nullptr;
        if (article)
            result.append(*article);
        else if (unknown && !key.isEmpty())
            unknown->append(key);
    }
    return result;
}

QString degreeKey(Degree degree)
{
    switch (degree) {
    case Degree::Lighter:
        return QStringLiteral("lighter");
    case Degree::Heavier:
        return QStringLiteral("heavier");
    case Degree::Serious:
        break;
    }
    return QStringLiteral("serious");
}

Degree degreeFromKey(const QString &key)
{
    if (key == QLatin1String("heavier"))
        return Degree::Heavier;
    if (key == QLatin1String("serious"))
        return Degree::Serious;
    return Degree::Lighter;
}

QString degreeName(Degree degree)
{
    switch (degree) {
    case Degree::Lighter:
        return QString::fromUtf8("情节较轻");
    case Degree::Heavier:
        return QString::fromUtf8("情节较重");
    case Degree::Serious:
        break;
    }
    return QString::fromUtf8("情节严重");
}

} // namespace Articles
