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

-- Every counted row. record_table and record_id name the record behind the count (for the
-- list behind a chart's number); cadre_id, clue_id, case_id and inspection_id are the keys
-- the triggers recount by.
CREATE VIEW statistic_sources AS
    SELECT 'cadre.' || c.status AS indicator, '' AS period, c.unit_id AS unit_id,
           'cadres' AS record_table, c.id AS record_id, c.id AS cadre_id,
           NULL AS clue_id, NULL AS case_id, NULL AS inspection_id
        FROM cadres c
    UNION ALL SELECT 'talk.' || t.kind, substr(t.talk_date, 1, 7), c.unit_id,
           'talks', t.id, t.cadre_id, NULL, NULL, NULL
        FROM talks t JOIN cadres c ON c.id = t.cadre_id
    UNION ALL SELECT 'admonition', substr(a.effective_date, 1, 7), c.unit_id,
           'admonitions', a.id, a.cadre_id, NULL, NULL, NULL
        FROM admonitions a JOIN cadres c ON c.id = a.cadre_id
    UNION ALL SELECT 'sanction.' || s.system || '.' || s.kind, substr(s.effective_date, 1, 7),
           c.unit_id, 'sanctions', s.id, s.cadre_id, NULL, NULL, NULL
        FROM sanctions s JOIN cadres c ON c.id = s.cadre_id
    UNION ALL SELECT 'handling.' || h.kind, substr(h.effective_date, 1, 7), c.unit_id,
           'organizational_handlings', h.id, h.cadre_id, NULL, NULL, NULL
        FROM organizational_handlings h JOIN cadres c ON c.id = h.cadre_id
    UNION ALL SELECT 'duty_report.' || d.kind, CAST(d.year AS TEXT), c.unit_id,
           'duty_reports', d.id, d.cadre_id, NULL, NULL, NULL
        FROM duty_reports d JOIN cadres c ON c.id = d.cadre_id
    UNION ALL SELECT 'personal_matters_report', CAST(p.year AS TEXT), c.unit_id,
           'personal_matters_reports', p.id, p.cadre_id, NULL, NULL, NULL
        FROM personal_matters_reports p JOIN cadres c ON c.id = p.cadre_id
    -- Cases count person-times: one row per cadre in the case.
    UNION ALL SELECT 'case.filed', substr(k.filed_date, 1, 7), c.unit_id,
           'cases', k.id, s.cadre_id, NULL, k.id, NULL
        FROM case_subjects s JOIN cases k ON k.id = s.case_id JOIN cadres c ON c.id = s.cadre_id
    UNION ALL SELECT 'case.top_leader', substr(k.filed_date, 1, 7), c.unit_id,
           'cases', k.id, s.cadre_id, NULL, k.id, NULL
        FROM case_subjects s JOIN cases k ON k.id = s.case_id JOIN cadres c ON c.id = s.cadre_id
        WHERE s.was_top_leader = 1
    UNION ALL SELECT 'case.two_responsibilities', substr(k.filed_date, 1, 7), c.unit_id,
           'cases', k.id, s.cadre_id, NULL, k.id, NULL
        FROM case_subjects s JOIN cases k ON k.id = s.case_id JOIN cadres c ON c.id = s.cadre_id
        WHERE k.accountability IS NOT NULL
    UNION ALL SELECT 'clue.received', substr(k.received_date, 1, 7), 0,
           'clues', k.id, NULL, k.id, NULL, NULL
        FROM clues k
    -- A clue is disposed once, in the month its first proposal was decided: a clue shelved and
    -- reactivated is not disposed again.
    UNION ALL SELECT 'clue.disposed', substr(st.step_date, 1, 7), 0,
           'clues', st.clue_id, NULL, st.clue_id, NULL, NULL
        FROM clue_steps st JOIN clues k ON k.id = st.clue_id
        WHERE st.from_state = 'disposition_proposed'
          AND NOT EXISTS (SELECT 1 FROM clue_steps e WHERE e.clue_id = st.clue_id
                              AND e.from_state = 'disposition_proposed'
                              AND (e.step_date < st.step_date
                                   OR (e.step_date = st.step_date AND e.id < st.id)))
    UNION ALL SELECT 'clue.subject_received', substr(k.received_date, 1, 7), c.unit_id,
           'clues', k.id, s.cadre_id, k.id, NULL, NULL
        FROM clue_subjects s JOIN clues k ON k.id = s.clue_id JOIN cadres c ON c.id = s.cadre_id
    -- Clues still being dealt with, by their subjects' units (no period: it is the state now).
    UNION ALL SELECT 'clue.open', '', c.unit_id,
           'clues', k.id, s.cadre_id, k.id, NULL, NULL
        FROM clue_subjects s JOIN clues k ON k.id = s.clue_id JOIN cadres c ON c.id = s.cadre_id
        WHERE k.state IN ('registered', 'assigned', 'disposition_proposed',
                          'talk_or_letter_inquiry', 'inquiry_replied',
                          'preliminary_verification', 'shelved')
    UNION ALL SELECT 'inspection.' || i.kind, substr(i.start_date, 1, 7), i.unit_id,
           'inspections', i.id, NULL, NULL, NULL, i.id
        FROM inspections i
    UNION ALL SELECT 'finding.found', substr(f.found_date, 1, 7), i.unit_id,
           'findings', f.id, NULL, NULL, NULL, f.inspection_id
        FROM findings f JOIN inspections i ON i.id = f.inspection_id
    UNION ALL SELECT 'finding.completed', substr(f.completed_date, 1, 7), i.unit_id,
           'findings', f.id, NULL, NULL, NULL, f.inspection_id
        FROM findings f JOIN inspections i ON i.id = f.inspection_id
        WHERE f.completed_date IS NOT NULL
    UNION ALL SELECT 'notice.' || n.kind, substr(n.issued_date, 1, 7), n.unit_id,
           'notices', n.id, NULL, NULL, NULL, NULL
        FROM notices n
    UNION ALL SELECT 'education.' || w.kind, substr(w.event_date, 1, 7), coalesce(w.unit_id, 0),
           'warning_education_events', w.id, NULL, NULL, NULL, NULL
        FROM warning_education_events w;

INSERT INTO statistic_counts (indicator, period, unit_id, count)
    SELECT indicator, period, unit_id, count(*) FROM statistic_sources GROUP BY 1, 2, 3;
