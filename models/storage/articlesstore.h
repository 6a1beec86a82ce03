#pragma once

#include "domain/articles.h"

#include <QSqlDatabase>

// The articles table: the regulation articles facts cite, dated and editable, each naming its
// source. Seeded with the articles the program ships (Articles::seeded) when the table is made.
namespace ArticlesStore {

QVector<Article> load(const QSqlDatabase &db);
// Inside the caller's transaction; rows already there (same system, number and date) are kept.
void seed(const QSqlDatabase &db);

} // namespace ArticlesStore
