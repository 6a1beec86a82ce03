-- The four forms (四种形态) kept as counts like every other figure: indicators 'form.1' to
-- 'form.4', person-times by month and by the cadre's unit, maintained by the triggers in the
-- same transaction as each write and verified and rebuilt by `check`, so the dashboard's
-- four-forms chart reads a few rows instead of the year's records.
--
-- A person-time is: a talk that is a measure in itself (its kind has a form); a clue closed
-- with the explanation accepted or with a first-form measure, once per subject, unless a talk
-- or an admonition with a form was recorded for that clue and cadre (that counts instead); a
-- sanction, organizational handling or admonition outside a case; and for each cadre in a case
-- one person-time in the heaviest form of the case's measures, or form 4 alone when the cadre
-- was transferred to the judiciary. A measure's form comes from the dated rules table as of the
-- last day of its year; editing the rules recounts the forms.

-- The form of each measure in each year, as the dated rules give it on the last day of the
-- year: the rule in force then (the newest where several are), else the earliest rule, as
-- Rules::ruleFor chooses. Kept from the rules by the triggers at the end, so that the counting
-- below looks a form up by its key instead of choosing among the rules for every record.
CREATE TABLE four_form_years (year TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
INSERT INTO four_form_years (year)
    WITH RECURSIVE years(y) AS (SELECT 1949 UNION ALL SELECT y + 1 FROM years WHERE y < 2100)
    SELECT CAST(y AS TEXT) FROM years;

CREATE TABLE four_form_classes (
    measure TEXT NOT NULL,
    year    TEXT NOT NULL,
    form    INTEGER NOT NULL,
    PRIMARY KEY (measure, year)
) WITHOUT ROWID;

INSERT INTO four_form_classes (measure, year, form)
    SELECT measure, year, form FROM (
        SELECT r0.measure AS measure, y.year AS year,
               (SELECT r.form FROM rules r WHERE r.measure = r0.measure AND r.valid_from = coalesce(
                (SELECT max(q.valid_from) FROM rules q WHERE q.measure = r0.measure
                     AND q.valid_from <= y.year || '-12-31' AND (q.valid_to IS NULL OR q.valid_to = '' OR y.year || '-12-31' <= q.valid_to)),
                (SELECT min(q.valid_from) FROM rules q WHERE q.measure = r0.measure))) AS form
            FROM (SELECT DISTINCT measure FROM rules) r0, four_form_years y)
        WHERE form IS NOT NULL;

-- Each measure with its form, for the heaviest measure of a cadre in a case.

CREATE VIEW sanction_forms AS
    SELECT m.id AS id, m.cadre_id AS cadre_id, m.case_id AS case_id,
           m.effective_date AS effective_date, 1 AS table_order,
           (SELECT form FROM four_form_classes WHERE measure = m.system || '.' || m.kind AND year = substr(m.effective_date, 1, 4)) AS form
        FROM sanctions m;

CREATE VIEW handling_forms AS
    SELECT m.id AS id, m.cadre_id AS cadre_id, m.case_id AS case_id,
           m.effective_date AS effective_date, 2 AS table_order,
           (SELECT form FROM four_form_classes WHERE measure = 'handling.' || m.kind AND year = substr(m.effective_date, 1, 4)) AS form
        FROM organizational_handlings m;

CREATE VIEW admonition_forms AS
    SELECT m.id AS id, m.cadre_id AS cadre_id, m.case_id AS case_id,
           m.effective_date AS effective_date, 3 AS table_order,
           (SELECT form FROM four_form_classes WHERE measure = 'admonition' AND year = substr(m.effective_date, 1, 4)) AS form
        FROM admonitions m;

CREATE INDEX sanctions_case ON sanctions(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX handlings_case ON organizational_handlings(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX admonitions_case ON admonitions(case_id) WHERE case_id IS NOT NULL;
DROP VIEW statistic_sources;

-- The view of migration 004 with the four forms added.
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
        FROM warning_education_events w
    -- Talks that are measures in themselves.
    UNION ALL SELECT 'form.' || f.form, f.period, f.unit_id, 'talks', f.id, f.cadre_id,
           NULL, NULL, NULL
        FROM (SELECT t.id AS id, t.cadre_id AS cadre_id, c.unit_id AS unit_id,
                     substr(t.talk_date, 1, 7) AS period,
                     (SELECT form FROM four_form_classes WHERE measure = 'talk.' || t.kind AND year = substr(t.talk_date, 1, 4)) AS form
                  FROM talks t JOIN cadres c ON c.id = t.cadre_id) f
        WHERE f.form IS NOT NULL
    -- Clues closed with something said to the cadre, unless a measure with a form was
    -- recorded for that clue and cadre.
    UNION ALL SELECT 'form.' || f.form, f.period, f.unit_id, 'clues', f.clue_id, f.cadre_id,
           f.clue_id, NULL, NULL
        FROM (SELECT st.clue_id AS clue_id, s.cadre_id AS cadre_id, c.unit_id AS unit_id,
                     substr(st.step_date, 1, 7) AS period,
                     (SELECT form FROM four_form_classes WHERE measure = CASE st.from_state WHEN 'inquiry_replied' THEN 'clue.inquiry_closed' ELSE 'clue.verification_closed' END AND year = substr(st.step_date, 1, 4)) AS form
                  FROM clue_steps st JOIN clues k ON k.id = st.clue_id
                  JOIN clue_subjects s ON s.clue_id = st.clue_id
                  JOIN cadres c ON c.id = s.cadre_id
                  -- (+: reach the steps through the clue, not through every closing)
                  WHERE +st.to_state = 'closed'
                    AND +st.from_state IN ('inquiry_replied', 'preliminary_verification')
                    AND s.outcome IN ('explanation_accepted', 'first_form_measure')
                    AND NOT (s.outcome = 'first_form_measure' AND (
                        EXISTS (SELECT 1 FROM talks t WHERE t.cadre_id = s.cadre_id
                                    AND t.clue_id = st.clue_id
                                    AND (SELECT form FROM four_form_classes WHERE measure = 'talk.' || t.kind AND year = substr(t.talk_date, 1, 4)) IS NOT NULL)
                        OR EXISTS (SELECT 1 FROM admonitions a WHERE a.cadre_id = s.cadre_id
                                       AND a.clue_id = st.clue_id
                                       AND (SELECT form FROM four_form_classes WHERE measure = 'admonition' AND year = substr(a.effective_date, 1, 4))
                                           IS NOT NULL)))) f
        WHERE f.form IS NOT NULL
    UNION ALL SELECT 'form.' || x.form, substr(x.effective_date, 1, 7), c.unit_id, 'sanctions',
           x.id, x.cadre_id, NULL, NULL, NULL
        FROM sanction_forms x JOIN cadres c ON c.id = x.cadre_id
        WHERE x.case_id IS NULL AND x.form IS NOT NULL
    UNION ALL SELECT 'form.' || x.form, substr(x.effective_date, 1, 7), c.unit_id, 'organizational_handlings',
           x.id, x.cadre_id, NULL, NULL, NULL
        FROM handling_forms x JOIN cadres c ON c.id = x.cadre_id
        WHERE x.case_id IS NULL AND x.form IS NOT NULL
    UNION ALL SELECT 'form.' || x.form, substr(x.effective_date, 1, 7), c.unit_id, 'admonitions',
           x.id, x.cadre_id, NULL, NULL, NULL
        FROM admonition_forms x JOIN cadres c ON c.id = x.cadre_id
        WHERE x.case_id IS NULL AND x.form IS NOT NULL
    -- A cadre in a case: one person-time in the heaviest form of the case's measures
    -- (the earliest on a tie), counted as the case; none when transferred.
    UNION ALL SELECT 'form.' || x.form, substr(x.effective_date, 1, 7), c.unit_id, 'cases',
           x.case_id, x.cadre_id, NULL, x.case_id, NULL
        FROM sanction_forms x JOIN cases k ON k.id = x.case_id JOIN cadres c ON c.id = x.cadre_id
        WHERE x.case_id IS NOT NULL AND x.form IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM case_subjects s WHERE s.case_id = x.case_id
                              AND s.cadre_id = x.cadre_id
                              AND s.transferred_to_judiciary IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM sanction_forms h WHERE h.cadre_id = x.cadre_id
                            AND h.case_id = x.case_id AND h.form IS NOT NULL
                            AND (h.form > x.form OR (h.form = x.form AND (
                                 h.effective_date < x.effective_date
                                 OR (h.effective_date = x.effective_date AND (
                                     h.table_order < x.table_order OR (h.table_order = x.table_order
                                     AND h.id < x.id)))))))
          AND NOT EXISTS (SELECT 1 FROM handling_forms h WHERE h.cadre_id = x.cadre_id
                            AND h.case_id = x.case_id AND h.form IS NOT NULL
                            AND (h.form > x.form OR (h.form = x.form AND (
                                 h.effective_date < x.effective_date
                                 OR (h.effective_date = x.effective_date AND (
                                     h.table_order < x.table_order OR (h.table_order = x.table_order
                                     AND h.id < x.id)))))))
          AND NOT EXISTS (SELECT 1 FROM admonition_forms h WHERE h.cadre_id = x.cadre_id
                            AND h.case_id = x.case_id AND h.form IS NOT NULL
                            AND (h.form > x.form OR (h.form = x.form AND (
                                 h.effective_date < x.effective_date
                                 OR (h.effective_date = x.effective_date AND (
                                     h.table_order < x.table_order OR (h.table_order = x.table_order
                                     AND h.id < x.id)))))))
    UNION ALL SELECT 'form.' || x.form, substr(x.effective_date, 1, 7), c.unit_id, 'cases',
           x.case_id, x.cadre_id, NULL, x.case_id, NULL
        FROM handling_forms x JOIN cases k ON k.id = x.case_id JOIN cadres c ON c.id = x.cadre_id
        WHERE x.case_id IS NOT NULL AND x.form IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM case_subjects s WHERE s.case_id = x.case_id
                              AND s.cadre_id = x.cadre_id
                              AND s.transferred_to_judiciary IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM sanction_forms h WHERE h.cadre_id = x.cadre_id
                            AND h.case_id = x.case_id AND h.form IS NOT NULL
                            AND (h.form > x.form OR (h.form = x.form AND (
                                 h.effective_date < x.effective_date
                                 OR (h.effective_date = x.effective_date AND (
                                     h.table_order < x.table_order OR (h.table_order = x.table_order
                                     AND h.id < x.id)))))))
          AND NOT EXISTS (SELECT 1 FROM handling_forms h WHERE h.cadre_id = x.cadre_id
                            AND h.case_id = x.case_id AND h.form IS NOT NULL
                            AND (h.form > x.form OR (h.form = x.form AND (
                                 h.effective_date < x.effective_date
                                 OR (h.effective_date = x.effective_date AND (
                                     h.table_order < x.table_order OR (h.table_order = x.table_order
                                     AND h.id < x.id)))))))
          AND NOT EXISTS (SELECT 1 FROM admonition_forms h WHERE h.cadre_id = x.cadre_id
                            AND h.case_id = x.case_id AND h.form IS NOT NULL
                            AND (h.form > x.form OR (h.form = x.form AND (
                                 h.effective_date < x.effective_date
                                 OR (h.effective_date = x.effective_date AND (
                                     h.table_order < x.table_order OR (h.table_order = x.table_order
                                     AND h.id < x.id)))))))
    UNION ALL SELECT 'form.' || x.form, substr(x.effective_date, 1, 7), c.unit_id, 'cases',
           x.case_id, x.cadre_id, NULL, x.case_id, NULL
        FROM admonition_forms x JOIN cases k ON k.id = x.case_id JOIN cadres c ON c.id = x.cadre_id
        WHERE x.case_id IS NOT NULL AND x.form IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM case_subjects s WHERE s.case_id = x.case_id
                              AND s.cadre_id = x.cadre_id
                              AND s.transferred_to_judiciary IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM sanction_forms h WHERE h.cadre_id = x.cadre_id
                            AND h.case_id = x.case_id AND h.form IS NOT NULL
                            AND (h.form > x.form OR (h.form = x.form AND (
                                 h.effective_date < x.effective_date
                                 OR (h.effective_date = x.effective_date AND (
                                     h.table_order < x.table_order OR (h.table_order = x.table_order
                                     AND h.id < x.id)))))))
          AND NOT EXISTS (SELECT 1 FROM handling_forms h WHERE h.cadre_id = x.cadre_id
                            AND h.case_id = x.case_id AND h.form IS NOT NULL
                            AND (h.form > x.form OR (h.form = x.form AND (
                                 h.effective_date < x.effective_date
                                 OR (h.effective_date = x.effective_date AND (
                                     h.table_order < x.table_order OR (h.table_order = x.table_order
                                     AND h.id < x.id)))))))
          AND NOT EXISTS (SELECT 1 FROM admonition_forms h WHERE h.cadre_id = x.cadre_id
                            AND h.case_id = x.case_id AND h.form IS NOT NULL
                            AND (h.form > x.form OR (h.form = x.form AND (
                                 h.effective_date < x.effective_date
                                 OR (h.effective_date = x.effective_date AND (
                                     h.table_order < x.table_order OR (h.table_order = x.table_order
                                     AND h.id < x.id)))))))
    UNION ALL SELECT 'form.' || f.form, f.period, f.unit_id, 'cases', f.case_id, f.cadre_id,
           NULL, f.case_id, NULL
        FROM (SELECT s.case_id AS case_id, s.cadre_id AS cadre_id, c.unit_id AS unit_id,
                     substr(s.transferred_to_judiciary, 1, 7) AS period,
                     (SELECT form FROM four_form_classes WHERE measure = 'judicial_transfer' AND year = substr(s.transferred_to_judiciary, 1, 4)) AS form
                  FROM case_subjects s JOIN cases k ON k.id = s.case_id
                  JOIN cadres c ON c.id = s.cadre_id
                  WHERE s.transferred_to_judiciary IS NOT NULL) f
        WHERE f.form IS NOT NULL;

-- Count what is there now.
DELETE FROM statistic_counts WHERE indicator LIKE 'form.%';
INSERT INTO statistic_counts (indicator, period, unit_id, count)
    SELECT indicator, period, unit_id, count(*) FROM statistic_sources
    WHERE indicator IN ('form.1', 'form.2', 'form.3', 'form.4') GROUP BY 1, 2, 3;


-- The rules decide the forms: a change to them recounts the four forms (rare, and a scan).

CREATE TRIGGER four_forms_rules_insert AFTER INSERT ON rules
BEGIN
    DELETE FROM four_form_classes WHERE measure = NEW.measure;
    INSERT INTO four_form_classes (measure, year, form)
        SELECT measure, year, form FROM (
            SELECT NEW.measure AS measure, y.year AS year,
                   (SELECT r.form FROM rules r WHERE r.measure = NEW.measure AND r.valid_from = coalesce(
                    (SELECT max(q.valid_from) FROM rules q WHERE q.measure = NEW.measure
                         AND q.valid_from <= y.year || '-12-31' AND (q.valid_to IS NULL OR q.valid_to = '' OR y.year || '-12-31' <= q.valid_to)),
                    (SELECT min(q.valid_from) FROM rules q WHERE q.measure = NEW.measure))) AS form
                FROM four_form_years y)
            WHERE form IS NOT NULL;
    DELETE FROM statistic_counts WHERE indicator IN ('form.1', 'form.2', 'form.3', 'form.4');
    INSERT INTO statistic_counts (indicator, period, unit_id, count)
        SELECT indicator, period, unit_id, count(*) FROM statistic_sources
        WHERE indicator IN ('form.1', 'form.2', 'form.3', 'form.4') GROUP BY 1, 2, 3;
END;

CREATE TRIGGER four_forms_rules_update AFTER UPDATE ON rules
BEGIN
    DELETE FROM four_form_classes WHERE measure = OLD.measure;
    INSERT INTO four_form_classes (measure, year, form)
        SELECT measure, year, form FROM (
            SELECT OLD.measure AS measure, y.year AS year,
                   (SELECT r.form FROM rules r WHERE r.measure = OLD.measure AND r.valid_from = coalesce(
                    (SELECT max(q.valid_from) FROM rules q WHERE q.measure = OLD.measure
                         AND q.valid_from <= y.year || '-12-31' AND (q.valid_to IS NULL OR q.valid_to = '' OR y.year || '-12-31' <= q.valid_to)),
                    (SELECT min(q.valid_from) FROM rules q WHERE q.measure = OLD.measure))) AS form
                FROM four_form_years y)
            WHERE form IS NOT NULL;
    DELETE FROM four_form_classes WHERE measure = NEW.measure;
    INSERT INTO four_form_classes (measure, year, form)
        SELECT measure, year, form FROM (
            SELECT NEW.measure AS measure, y.year AS year,
                   (SELECT r.form FROM rules r WHERE r.measure = NEW.measure AND r.valid_from = coalesce(
                    (SELECT max(q.valid_from) FROM rules q WHERE q.measure = NEW.measure
                         AND q.valid_from <= y.year || '-12-31' AND (q.valid_to IS NULL OR q.valid_to = '' OR y.year || '-12-31' <= q.valid_to)),
                    (SELECT min(q.valid_from) FROM rules q WHERE q.measure = NEW.measure))) AS form
                FROM four_form_years y)
            WHERE form IS NOT NULL;
    DELETE FROM statistic_counts WHERE indicator IN ('form.1', 'form.2', 'form.3', 'form.4');
    INSERT INTO statistic_counts (indicator, period, unit_id, count)
        SELECT indicator, period, unit_id, count(*) FROM statistic_sources
        WHERE indicator IN ('form.1', 'form.2', 'form.3', 'form.4') GROUP BY 1, 2, 3;
END;

CREATE TRIGGER four_forms_rules_delete AFTER DELETE ON rules
BEGIN
    DELETE FROM four_form_classes WHERE measure = OLD.measure;
    INSERT INTO four_form_classes (measure, year, form)
        SELECT measure, year, form FROM (
            SELECT OLD.measure AS measure, y.year AS year,
                   (SELECT r.form FROM rules r WHERE r.measure = OLD.measure AND r.valid_from = coalesce(
                    (SELECT max(q.valid_from) FROM rules q WHERE q.measure = OLD.measure
                         AND q.valid_from <= y.year || '-12-31' AND (q.valid_to IS NULL OR q.valid_to = '' OR y.year || '-12-31' <= q.valid_to)),
                    (SELECT min(q.valid_from) FROM rules q WHERE q.measure = OLD.measure))) AS form
                FROM four_form_years y)
            WHERE form IS NOT NULL;
    DELETE FROM statistic_counts WHERE indicator IN ('form.1', 'form.2', 'form.3', 'form.4');
    INSERT INTO statistic_counts (indicator, period, unit_id, count)
        SELECT indicator, period, unit_id, count(*) FROM statistic_sources
        WHERE indicator IN ('form.1', 'form.2', 'form.3', 'form.4') GROUP BY 1, 2, 3;
END;
