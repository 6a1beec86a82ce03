#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <utility>

// How a write to each table keeps the statistics right (statistic_counts, recounted from the
// view statistic_sources around the write, in the same transaction). Storage makes the view and
// the triggers from these lists (DerivedSchema); a new statistic is one entry here. Which
// tables' writes move the count of record changes is in Tables.
namespace TableCounts {

// The rows of statistic_sources a write to `table` moves, taken away before it and added back
// after it.
struct Recount
{
    enum class Shape {
        // The row's own counts: added after an insert, taken away before a delete, and both
        // around an update.
        OwnRow,
        // Counts the row decides for others (a clue's steps decide its clue's counts): taken
        // away before and added back after every insert, update and delete.
        Around,
    };
    Recount(QString trigger, QString table, QString match, Shape shape = Shape::OwnRow,
            QString updateOf = {}, QString guard = {}, bool inserts = true)
        : trigger(std::move(trigger))
        , table(std::move(table))
        , match(std::move(match))
        , shape(shape)
        , updateOf(std::move(updateOf))
        , guard(std::move(guard))
        , inserts(inserts)
    {}

    QString trigger; // the stem of the triggers' names, e.g. "statistics_talks"
    QString table;
    QString match; // the rows of statistic_sources it moves; %1 stands for NEW or OLD
    Shape shape;
    QString updateOf; // only updates of these columns ("unit_id, status"); every update if empty
    QString guard;    // Around: a column of the row that must be set for the write to count
    bool inserts;     // false when an inserted row counts nothing yet (a case, before its subjects)
};

// What each count counts: the SELECTs whose union is the view statistic_sources, each giving
// indicator, period ('YYYY-MM' for dated records, 'YYYY' for yearly reports, '' for cadres),
// unit_id (the cadre's current unit for records about a cadre, the record's own unit otherwise,
// 0 where there is none), record_table and record_id (the record behind the count), and the
// keys the triggers recount by: cadre_id, clue_id, case_id, inspection_id. A record kind's own
// statistics are in its registry entry (RecordKind::statisticSources); the rest, those that read
// several tables, are here.
QStringList sources();
// The kinds' own rows first (named statistics_<table>), then the recounts that reach across.
QVector<Recount> recounts();

} // namespace TableCounts
