-- The directory lists cadres by the pinyin of their names: an index in that order gives its first
-- page, and a search's page of matches, without sorting every cadre of a city each keystroke.
CREATE INDEX cadres_directory_order ON cadres(pinyin_full, id);

-- Searches of one or two characters (a surname, 水利, 局长) are answered by key from each cadre's
-- grams — every piece of one and of two characters of its search text (SearchGrams) — instead of
-- by reading every cadre's text: a trigram index serves three characters and more only. Kept
-- with the search table, on the same writes; filled from it when this migration runs.
CREATE TABLE cadre_grams (
    gram     TEXT NOT NULL,
    cadre_id INTEGER NOT NULL,
    PRIMARY KEY (gram, cadre_id)
) WITHOUT ROWID;
CREATE INDEX cadre_grams_cadre ON cadre_grams(cadre_id);
