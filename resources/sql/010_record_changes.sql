-- Every change to a record, an account's rights or a key is counted here by triggers the program
-- makes for each table (TableCounts::changeCounts, made by DerivedSchema after every upgrade).
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
