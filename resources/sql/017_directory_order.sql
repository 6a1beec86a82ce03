-- The directory lists cadres by the pinyin of their names: an index in that order gives its first
-- page, and a search's page of matches, without sorting every cadre of a city each keystroke.
CREATE INDEX cadres_directory_order ON cadres(pinyin_full, id);
