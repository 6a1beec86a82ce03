-- A search's page of matches in the directory's order: the matches' ids and the pinyin of their
-- names read from one index, without looking up each matching cadre's whole row (a surname
-- matches tens of thousands of cadres in a province).
CREATE INDEX cadres_page_order ON cadres(id, pinyin_full);
