-- The migration of a record kind the registry test adds, numbered after the program's last one.
CREATE TABLE integrity_pledges (
    id INTEGER PRIMARY KEY,
    cadre_id INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    signed_date TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT ''
);
CREATE INDEX integrity_pledges_cadre ON integrity_pledges (cadre_id);
