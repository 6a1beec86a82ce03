-- Every change to a record, an account's rights or a key is counted here by the triggers below.
-- Each audit entry carries, inside its hash, the count when its transaction began and when the
-- entry was written: one transaction's entries account for the changes between the two. A change
-- made outside the program — with sqlite3, say, leaving every trigger in place — still moves the
-- count, and then the next entry begins where the one before it did not end (or the count runs
-- past the last entry): `check` names the entries between which it happened, however much is
-- written after it. The count only ever grows; it cannot be reset, replaced or removed.
CREATE TABLE record_changes (
    only    INTEGER PRIMARY KEY CHECK (only = 1),
    changes INTEGER NOT NULL CHECK (changes >= 0)
);
INSERT INTO record_changes (only, changes) VALUES (1, 0);
CREATE TRIGGER record_changes_only_grow BEFORE UPDATE ON record_changes
WHEN NEW.changes < OLD.changes OR NEW.only IS NOT OLD.only
BEGIN SELECT RAISE(ABORT, 'the count of record changes only grows'); END;
CREATE TRIGGER record_changes_no_delete BEFORE DELETE ON record_changes
BEGIN SELECT RAISE(ABORT, 'the count of record changes is never removed'); END;
CREATE TRIGGER record_changes_no_insert BEFORE INSERT ON record_changes
BEGIN SELECT RAISE(ABORT, 'the count of record changes is never replaced'); END;

ALTER TABLE audit_log ADD COLUMN changes_from INTEGER;
ALTER TABLE audit_log ADD COLUMN changes_to INTEGER;

-- One line per table and kind of change.
CREATE TRIGGER units_counted_insert AFTER INSERT ON units BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER units_counted_update AFTER UPDATE ON units BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER units_counted_delete AFTER DELETE ON units BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER cadres_counted_insert AFTER INSERT ON cadres BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER cadres_counted_update AFTER UPDATE ON cadres BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER cadres_counted_delete AFTER DELETE ON cadres BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER positions_counted_insert AFTER INSERT ON positions BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER positions_counted_update AFTER UPDATE ON positions BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER positions_counted_delete AFTER DELETE ON positions BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER relatives_counted_insert AFTER INSERT ON relatives BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER relatives_counted_update AFTER UPDATE ON relatives BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER relatives_counted_delete AFTER DELETE ON relatives BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER personal_matters_reports_counted_insert AFTER INSERT ON personal_matters_reports BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER personal_matters_reports_counted_update AFTER UPDATE ON personal_matters_reports BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER personal_matters_reports_counted_delete AFTER DELETE ON personal_matters_reports BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER personal_matters_items_counted_insert AFTER INSERT ON personal_matters_items BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER personal_matters_items_counted_update AFTER UPDATE ON personal_matters_items BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER personal_matters_items_counted_delete AFTER DELETE ON personal_matters_items BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER talks_counted_insert AFTER INSERT ON talks BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER talks_counted_update AFTER UPDATE ON talks BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER talks_counted_delete AFTER DELETE ON talks BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER inspections_counted_insert AFTER INSERT ON inspections BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER inspections_counted_update AFTER UPDATE ON inspections BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER inspections_counted_delete AFTER DELETE ON inspections BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER inspection_items_counted_insert AFTER INSERT ON inspection_items BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER inspection_items_counted_update AFTER UPDATE ON inspection_items BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER inspection_items_counted_delete AFTER DELETE ON inspection_items BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER notices_counted_insert AFTER INSERT ON notices BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER notices_counted_update AFTER UPDATE ON notices BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER notices_counted_delete AFTER DELETE ON notices BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER findings_counted_insert AFTER INSERT ON findings BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER findings_counted_update AFTER UPDATE ON findings BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER findings_counted_delete AFTER DELETE ON findings BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER clues_counted_insert AFTER INSERT ON clues BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER clues_counted_update AFTER UPDATE ON clues BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER clues_counted_delete AFTER DELETE ON clues BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER clue_subjects_counted_insert AFTER INSERT ON clue_subjects BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER clue_subjects_counted_update AFTER UPDATE ON clue_subjects BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER clue_subjects_counted_delete AFTER DELETE ON clue_subjects BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER clue_steps_counted_insert AFTER INSERT ON clue_steps BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER clue_steps_counted_update AFTER UPDATE ON clue_steps BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER clue_steps_counted_delete AFTER DELETE ON clue_steps BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER cases_counted_insert AFTER INSERT ON cases BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER cases_counted_update AFTER UPDATE ON cases BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER cases_counted_delete AFTER DELETE ON cases BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER case_subjects_counted_insert AFTER INSERT ON case_subjects BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER case_subjects_counted_update AFTER UPDATE ON case_subjects BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER case_subjects_counted_delete AFTER DELETE ON case_subjects BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER sanctions_counted_insert AFTER INSERT ON sanctions BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER sanctions_counted_update AFTER UPDATE ON sanctions BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER sanctions_counted_delete AFTER DELETE ON sanctions BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER organizational_handlings_counted_insert AFTER INSERT ON organizational_handlings BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER organizational_handlings_counted_update AFTER UPDATE ON organizational_handlings BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER organizational_handlings_counted_delete AFTER DELETE ON organizational_handlings BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER admonitions_counted_insert AFTER INSERT ON admonitions BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER admonitions_counted_update AFTER UPDATE ON admonitions BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER admonitions_counted_delete AFTER DELETE ON admonitions BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER duty_reports_counted_insert AFTER INSERT ON duty_reports BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER duty_reports_counted_update AFTER UPDATE ON duty_reports BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER duty_reports_counted_delete AFTER DELETE ON duty_reports BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER self_examination_materials_counted_insert AFTER INSERT ON self_examination_materials BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER self_examination_materials_counted_update AFTER UPDATE ON self_examination_materials BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER self_examination_materials_counted_delete AFTER DELETE ON self_examination_materials BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER warning_education_events_counted_insert AFTER INSERT ON warning_education_events BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER warning_education_events_counted_update AFTER UPDATE ON warning_education_events BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER warning_education_events_counted_delete AFTER DELETE ON warning_education_events BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER warning_education_attendance_counted_insert AFTER INSERT ON warning_education_attendance BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER warning_education_attendance_counted_update AFTER UPDATE ON warning_education_attendance BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER warning_education_attendance_counted_delete AFTER DELETE ON warning_education_attendance BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER power_list_items_counted_insert AFTER INSERT ON power_list_items BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER power_list_items_counted_update AFTER UPDATE ON power_list_items BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER power_list_items_counted_delete AFTER DELETE ON power_list_items BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER opinion_batches_counted_insert AFTER INSERT ON opinion_batches BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER opinion_batches_counted_update AFTER UPDATE ON opinion_batches BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER opinion_batches_counted_delete AFTER DELETE ON opinion_batches BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER opinion_answers_counted_insert AFTER INSERT ON opinion_answers BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER opinion_answers_counted_update AFTER UPDATE ON opinion_answers BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER opinion_answers_counted_delete AFTER DELETE ON opinion_answers BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER attachments_counted_insert AFTER INSERT ON attachments BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER attachments_counted_update AFTER UPDATE ON attachments BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER attachments_counted_delete AFTER DELETE ON attachments BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER account_units_counted_insert AFTER INSERT ON account_units BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER account_units_counted_update AFTER UPDATE ON account_units BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER account_units_counted_delete AFTER DELETE ON account_units BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER signing_keys_counted_insert AFTER INSERT ON signing_keys BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER signing_keys_counted_update AFTER UPDATE ON signing_keys BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER signing_keys_counted_delete AFTER DELETE ON signing_keys BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER summary_templates_counted_insert AFTER INSERT ON summary_templates BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER summary_templates_counted_update AFTER UPDATE ON summary_templates BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER summary_templates_counted_delete AFTER DELETE ON summary_templates BEGIN UPDATE record_changes SET changes = changes + 1; END;

-- An account's rights and password count; its failed sign-ins and lockout do not.
CREATE TRIGGER accounts_counted_insert AFTER INSERT ON accounts BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER accounts_counted_update AFTER UPDATE OF name, password_hash, role, cadre_id, all_units, disabled, must_change_password, real_name, post ON accounts BEGIN UPDATE record_changes SET changes = changes + 1; END;
CREATE TRIGGER accounts_counted_delete AFTER DELETE ON accounts BEGIN UPDATE record_changes SET changes = changes + 1; END;
