-- The reports of one year, for the alerts: who reported last year and has not yet this year,
-- read from two ranges of one index instead of every report (a province keeps over 100,000 of
-- each kind) and every report's row.
CREATE INDEX personal_matters_reports_year ON personal_matters_reports(year, cadre_id);
CREATE INDEX duty_reports_year_kind ON duty_reports(year, kind, cadre_id);
