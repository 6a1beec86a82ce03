#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

// How grave a violation is found to be, as the articles grade their ranges of measures.
enum class Degree {
    Lighter, // 情节较轻, or the article's first grade where it names none
    Heavier, // 情节较重
    Serious, // 情节严重
};

// One regulation article with the measures it allows at each degree, as published, with the
// address it was read from. Measures are keys such as "party.serious_warning"; an article that
// sets no range (a general rule: 从轻, stacking) has none.
struct Article
{
    qint64 id = 0;      // its row in the articles table; 0 for one not stored
    QString regulation; // 《中国共产党纪律处分条例》
    QString system;     // party, government
    QString number;     // 第一百三十二条
    QString topic;
    QString text;
    QDate validFrom;
    QDate validTo; // null: still in force
    QStringList lighter;
    QStringList heavier;
    QStringList serious;
    QString source;

    const QStringList &range(Degree degree) const;
    bool setsRanges() const
    {
        return !lighter.isEmpty() || !heavier.isEmpty() || !serious.isEmpty();
    }
    bool isValidOn(QDate day) const;
    // 《中国共产党纪律处分条例》第一百三十二条
    QString citation() const { return regulation + number; }
    // How a fact names it: "party 第一百三十二条".
    QString key() const { return system + QLatin1Char(' ') + number; }
};

namespace Articles {

// The articles the program starts with: only those whose published text could be cited, each
// with its source (resources/rules/articles.json).
QVector<Article> seeded();
// The article of `regulation` numbered `number` (第二十三条), or nullptr.
const Article *find(const QVector<Article> &articles, const QString &system, const QString &number);

// The version of an article in force on `day`, else the latest one; nullptr when none is
// numbered so.
const Article *findOn(const QVector<Article> &articles, const QString &system,
                      const QString &number, QDate day);
// The articles a fact cites (its keys, one per line), each in the version in force on `day`;
// `unknown` gets the keys no article answers.
QVector<Article> cited(const QVector<Article> &articles, const QString &keys, QDate day,
                       QStringList *unknown = nullptr);

// 情节较轻 / 情节较重 / 情节严重
QString degreeName(Degree degree);
// The stored key of a degree (lighter, heavier, serious) and back; Lighter for an unknown key.
QString degreeKey(Degree degree);
Degree degreeFromKey(const QString &key);

} // namespace Articles
