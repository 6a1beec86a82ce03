-- A suspension for examination (停职检查) has no impact period: it holds until it is lifted, and
-- while it holds the cadre's use is deferred. The day it was lifted is recorded with it.
ALTER TABLE organizational_handlings ADD COLUMN lifted_date TEXT
    CHECK (lifted_date IS NULL OR lifted_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
