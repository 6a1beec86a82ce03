-- Summary templates are the commission's, shared by everyone who prints dossier summaries:
-- under a name, which sections print (keys separated by commas; empty for all), the span of
-- dates (either end may be open) and whether closed clues print.
CREATE TABLE summary_templates (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    sections             TEXT NOT NULL DEFAULT '',
    from_date            TEXT,
    until_date           TEXT,
    include_closed_clues INTEGER NOT NULL DEFAULT 1 CHECK (include_closed_clues IN (0, 1)),
    CHECK (from_date IS NULL OR until_date IS NULL OR from_date <= until_date)
);
