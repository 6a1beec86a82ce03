-- The triggers that keep the maintained counts are made by the program from its description of
-- how each table counts (DerivedSchema), not written out here: after every upgrade, and whenever
-- the database holds another generation of them, they are made anew and the kept statistics are
-- counted again. The digest of the statements that made them is kept here.
CREATE TABLE derived_objects (
    only   INTEGER PRIMARY KEY CHECK (only = 1),
    digest TEXT NOT NULL
);
