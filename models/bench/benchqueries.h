#pragma once

#include <QString>
#include <vector>

class Database;

// What the benchmark asks of a database to choose what it measures, and the floors it times
// beside each measured step: the same statements, run bare through QSqlQuery with nothing
// around them.
namespace BenchQueries {

qint64 cadreCount(const Database &database);
// Up to `limit` cadres spread over the whole table, the same ones on every run.
std::vector<qint64> spreadCadres(const Database &database, int limit);
// The cadre with the most entries on their timeline (the longest dossier summary).
qint64 busiestCadre(const Database &database);
// The unit with the most self-examination materials in `year`.
qint64 busiestMaterialUnit(const Database &database, int year);

// Floor: opens the file with a bare connection, reads the directory's first page, closes it.
void openAndReadFirstPage(const QString &path);
// Floor: the statements the directory runs for one keystroke.
void readDirectoryPage(const Database &database, const QString &text);
// Floor: every row of one cadre's timeline.
void readTimeline(const Database &database, qint64 cadreId);

} // namespace BenchQueries
