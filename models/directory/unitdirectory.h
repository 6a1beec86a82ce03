#pragma once

#include <QSqlDatabase>
#include <QString>
#include <vector>

class Database;

// One unit with the number of cadres in it, and in it and every unit below it.
struct UnitRow
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 for a top unit
    QString name;
    QString kind; // county, township, department, institution, enterprise, stationed_group
    int sortOrder = 0;
    QString retiredOn; // YYYY-MM-DD, empty for a unit in use
    int cadres = 0;
    int cadresWithSubunits = 0;
};

// The units for the unit tree, with their cadre counts worked out by one SQL statement: for an
// account limited to some units, those units and the units above them (to find them by), with
// only its own units' cadres counted. Throws AccessError when no one is signed in.
class UnitDirectory
{
public:
    explicit UnitDirectory(const Database &database);

    // Every unit, siblings in their sort order.
    std::vector<UnitRow> units() const;
    // The unit's name; empty when there is no such unit.
    QString name(qint64 unitId) const;

private:
    const Database &m_database;
    QSqlDatabase m_db;
};
