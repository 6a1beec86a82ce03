-- A unit abolished or merged away in a reorganisation (机构改革) is retired, not deleted: the
-- posts held in it and the records about its cadres still name it. From the day it was retired
-- it takes no new cadres and no new units below it.
ALTER TABLE units ADD COLUMN retired_on TEXT
    CHECK (retired_on IS NULL OR retired_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
