-- The search table: one narrow row per cadre, its rowid the cadre's id as in SQLite's FTS5
-- table. A trigram index (pg_trgm) serves substrings of any length, short ones included.
-- replaces: cadre_search
CREATE TABLE cadre_search (
    rowid    BIGINT PRIMARY KEY,
    haystack TEXT NOT NULL
);
CREATE INDEX cadre_search_trigrams ON cadre_search USING gin (haystack gin_trgm_ops);
