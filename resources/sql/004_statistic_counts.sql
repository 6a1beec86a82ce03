-- Maintained statistics: counts of records by indicator, period and unit, kept up to date by
-- triggers (made by the program for each table: TableCounts::recounts, DerivedSchema) in the
-- same transaction as every write (the repository, undo, import, the demo), so the
-- dashboard and the yearly statistics read a few hundred rows instead of scanning the record
-- tables. `statistic_sources` says what each count counts; `check` recounts it from scratch and
-- compares, and can rebuild the table from it.
--
-- period: 'YYYY-MM' for dated records, 'YYYY' for yearly reports, '' for cadres.
-- unit_id: the cadre's current unit for records about a cadre, the record's own unit otherwise,
-- 0 where there is none (a clue counts county-wide; its subjects count in their units).

CREATE TABLE statistic_counts (
    indicator TEXT NOT NULL,
    period    TEXT NOT NULL,
    unit_id   INTEGER NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (indicator, period, unit_id)
) WITHOUT ROWID;

-- Open rectifications by deadline, for the overdue counts and the alerts.
CREATE INDEX findings_open ON findings(deadline) WHERE status <> 'completed';
-- Clue steps out of a state, for the first disposal of a clue; into a state, for the clues
-- closed in a year (the four forms).
CREATE INDEX clue_steps_from ON clue_steps(clue_id, from_state, step_date);
CREATE INDEX clue_steps_to ON clue_steps(to_state, step_date);
-- The measures recorded for a clue, so that a clue closed with one counts once.
CREATE INDEX talks_clue ON talks(clue_id) WHERE clue_id IS NOT NULL;
CREATE INDEX admonitions_clue ON admonitions(clue_id) WHERE clue_id IS NOT NULL;

-- What each count counts is the view statistic_sources, which the program makes from its
-- description of each statistic (TableCounts::sources) and counts from after every upgrade.
