#pragma once

#include <QSqlDatabase>
#include <QString>

// What the window's title and status bar say about the open database.
struct DatabaseSummary
{
    QString commissionName;
    int units = 0;
    int cadres = 0;
    int clues = 0;
    int cases = 0;

    static DatabaseSummary read(const QSqlDatabase &db);
};
