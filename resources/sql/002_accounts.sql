-- Named accounts with roles. Passwords are stored only as Argon2id hashes (libsodium string
-- format, salt included). An account may be linked to a cadre: it can never open that cadre's
-- dossier, nor those of the cadre's close relatives.
CREATE TABLE accounts (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    password_hash        TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('none', 'administrator', 'security',
                             'auditor', 'officer', 'reviewer')),
    cadre_id             INTEGER REFERENCES cadres(id) ON DELETE SET NULL,
    all_units            INTEGER NOT NULL DEFAULT 1 CHECK (all_units IN (0, 1)),
    disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_attempts      INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    created_at           TEXT NOT NULL,
    password_changed_at  TEXT
);
CREATE INDEX accounts_cadre ON accounts(cadre_id);

-- The units an account without all_units may work in; the units below them count too.
CREATE TABLE account_units (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    unit_id    INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, unit_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO settings (key, value) VALUES ('idle_lock_minutes', '10');
INSERT OR IGNORE INTO settings (key, value) VALUES ('backups_kept', '10');
