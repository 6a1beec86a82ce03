#pragma once

#include "statistics/statisticscope.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

class Database;

// Two self-examination materials that read alike.
struct MaterialPair
{
    enum class Relation {
        PreviousYear, // the same cadre's (or the same unit team's) material of an earlier year
        Colleague,    // another material of the same unit, year and meeting
    };

    qint64 materialId = 0; // the material of the year checked
    qint64 otherId = 0;    // the one it resembles
    Relation relation = Relation::Colleague;
    double similarity = 0; // Jaccard over 5-character shingles, 0 to 1
    qint64 unitId = 0;
    QString unitName;
    int year = 0;
    int otherYear = 0;
    qint64 cadreId = 0; // 0 for the unit team's material
    QString author;     // the cadre's name, or empty for the team
    QString otherAuthor;
    QString title;
    QString otherTitle;
};

// Finds copied self-examination materials (对照检查材料雷同): for each material of a year,
// compares it with the same cadre's (or team's) materials of earlier years and with the other
// materials of its unit, year and meeting, and keeps the pairs at or above the threshold (the
// `similarity_threshold` setting, 0.5 unless set).
class MaterialSimilarity
{
public:
    explicit MaterialSimilarity(const Database &database);

    double threshold() const;

    // Most alike first.
    QVector<MaterialPair> pairs(int year, const StatisticScope &scope = {}) const;
    QVector<MaterialPair> pairs(int year, const StatisticScope &scope, double threshold) const;
    // The years that have materials, latest first.
    QVector<int> years() const;

    struct Material
    {
        qint64 id = 0;
        QString author;
        QString title;
        QString content;
        int year = 0;
    };
    Material material(qint64 id) const;

private:
    const Database &m_database;
    QSqlDatabase m_db;
};
