#pragma once

#include <QSqlDatabase>
#include <QString>
#include <vector>

// What the directory shows: filters applied in SQL, sorted on raw values, read a page at a time.
struct CadreFilter
{
    QString text;      // name substring, pinyin initials or full pinyin, unit, position
    qint64 unitId = 0; // 0: every unit; otherwise the unit and all units below it
    bool topLeadersOnly = false;
};

struct CadreRow
{
    qint64 id = 0;
    QString dossierNumber;
    QString name;
    QString unitName;
    QString position;
    QString rank;
    bool topLeader = false;
    QString status;
};

class CadreDirectory
{
public:
    enum class SortKey { Name, Unit, Position, Rank, DossierNumber, TopLeader };

    explicit CadreDirectory(const QSqlDatabase &db);

    int count(const CadreFilter &filter) const;
    std::vector<CadreRow> page(const CadreFilter &filter, SortKey sort, Qt::SortOrder order,
                               int offset, int limit) const;

private:
    QSqlDatabase m_db;
};
