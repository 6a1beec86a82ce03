#pragma once

#include <QString>
#include <QStringList>
#include <vector>

class Database;

// The bounded load test of server mode: colleagues at work at once on one server database.
namespace Bench {

struct LoadOptions
{
    QString address; // the server database, as postgresql://…
    QString user;    // the account every client signs in as
    QString password;
    int clients = 20;
    int seconds = 30;
    int sharedRecords = 5; // the records every client saves over
};

struct LoadFigure
{
    QString kind;
    int count = 0;
    double perSecond = 0;
    double p50 = 0; // ms
    double p99 = 0; // ms
};

struct LoadReport
{
    int clients = 0;
    double seconds = 0;
    int operations = 0;
    std::vector<LoadFigure> figures;
    int saves = 0;          // saves the clients were told had been made
    int conflicts = 0;      // saves refused over a colleague's newer change, then made again
    int lostUpdates = 0;    // saves made that the records do not hold: must be 0
    int phantomUpdates = 0; // changes the records hold that no client made: must be 0
    QStringList errors;
};

// Runs `options.clients` programs at once, each with its own connection and sign-in, for
// `options.seconds`: searches (40 %), dossier opens (30 %), record saves over a version on a
// few shared records (22 %), opinion batches of 50 (8 %). `database` (signed in) makes the
// shared records first and removes them after; it must be a server database.
LoadReport load(Database &database, const LoadOptions &options);

} // namespace Bench
