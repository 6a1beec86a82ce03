#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The grams of a cadre's search text (cadre_grams): every distinct piece of one and of two
// characters that holds no space and no field separator. A word of one or two characters is in
// the text exactly when it is one of its grams, so a short search reads its matches by key.
namespace SearchGrams {

QStringList of(const QString &haystack);
// Replaces the cadre's grams; call inside the write's transaction.
void write(const QSqlDatabase &db, qint64 cadreId, const QString &haystack);
void remove(const QSqlDatabase &db, qint64 cadreId);
// Makes every cadre's grams again from the search table, in one statement on the database
// (a city's 50,000 cadres: about 3.5 million grams).
void fill(const QSqlDatabase &db);

} // namespace SearchGrams
