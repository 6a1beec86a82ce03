#pragma once

#include <QString>

class Database;

// What the window's title and status bar say about the open database, as the signed-in account
// may see it: the cadres of its units, and clue and case counts only for an account that reads
// dossiers (-1 otherwise). Before anyone signs in, only the commission's name.
struct DatabaseSummary
{
    QString commissionName;
    int units = 0;
    int cadres = 0;
    int clues = -1;
    int cases = -1;

    static DatabaseSummary read(const Database &database);
};
