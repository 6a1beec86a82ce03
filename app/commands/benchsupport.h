#pragma once

#include <QDate>
#include <QString>
#include <functional>
#include <vector>

class Database;

// What every group of benchmark measurements shares: how one figure is measured and recorded,
// and the database and sample the measurements run against.
namespace Bench {

struct Measurement
{
    QString name;
    double median = 0;
    double p90 = 0;
    double floor = -1; // the same statements run bare (BenchQueries); -1 when not comparable
    double bar = 0;
};

struct Context
{
    QString path;
    const Database *database = nullptr; // open and signed in
    std::vector<qint64> cadreIds; // up to 500 cadres spread over the table, the same every run
    qint64 cadreCount = 0;
    QDate today;
    int repeats = 21;
    int statisticsYear = 2025;
    int rosterRows = 50000; // the roster the spreadsheet measurements import; 0: none
};

// The value below which `fraction` of the samples lie (0.5: the median); 0 for none.
double percentile(std::vector<double> samples, double fraction);

// Runs work once to warm caches, then `repeats` times; floorWork, when given, is timed the same
// way.
Measurement measure(const QString &name, double bar, int repeats,
                    const std::function<void(int)> &work,
                    const std::function<void(int)> &floorWork = {});

// The groups of measurements, each in its own file.
void directoryAndDossier(const Context &context, std::vector<Measurement> &results);
void opinions(const Context &context, std::vector<Measurement> &results);
void analysis(const Context &context, std::vector<Measurement> &results);
void printing(const Context &context, std::vector<Measurement> &results);
void spreadsheets(const Context &context, std::vector<Measurement> &results);

} // namespace Bench
