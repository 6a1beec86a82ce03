#pragma once

#include "domain/articles.h"

#include <QCoreApplication>

class Database;

// The articles table as the commission keeps it: an article is added with its source and the
// measures it allows at each degree, and a new version of one is added beside the old, whose
// last day is then set, so that a fact keeps citing the version in force when it happened.
// Nothing is deleted. Every change is checked, written in one transaction and audited.
class ArticleBook
{
    Q_DECLARE_TR_FUNCTIONS(ArticleBook)

public:
    explicit ArticleBook(const Database &database);

    QVector<Article> articles() const;
    // Why the article cannot be kept as it is, in a sentence; empty when it can.
    static QString problem(const Article &article);
    // Adds the article (id 0) or changes the one with its id; returns the id. Throws DataError
    // (nothing changes) with problem()'s sentence, or when another article already has its
    // regulation, number and first day; AccessError for an account that writes no records.
    qint64 save(const Article &article);

private:
    const Database &m_database;
};
