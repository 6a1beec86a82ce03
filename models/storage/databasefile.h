#pragma once

#include <QString>

// What the first page of a file says about it, read without opening it through SQLite,
// so that a file we refuse is never touched.
struct DatabaseFileHeader
{
    bool exists = false;
    bool empty = false;
    bool isSqlite = false;
    bool writable = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

DatabaseFileHeader readDatabaseFileHeader(const QString &path);
