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
-- The four forms' rows of statistic_sources are among TableCounts::sources, counted after
-- every upgrade.


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
