-- The members of a unit's leadership team (班子成员) other than its top leader are counted apart
-- in the statistics: a cadre says whether they are one, and a case subject whether they were one
-- when the case was filed, as with the top leader.
ALTER TABLE cadres ADD COLUMN is_team_member INTEGER NOT NULL DEFAULT 0
    CHECK (is_team_member IN (0, 1));
ALTER TABLE case_subjects ADD COLUMN was_team_member INTEGER NOT NULL DEFAULT 0
    CHECK (was_team_member IN (0, 1));
