-- Seals over the audit trail. Each account gets an Ed25519 signing key when it sets a password of
-- its own; the secret half is kept here only encrypted under a key derived from that password
-- (Argon2id), so the key signs only while its owner is signed in. A seal signs the trail's head
-- and count: no rewrite of the trail, not even one that recomputes the whole chain, keeps the
-- sealed entries' hashes, and no one can sign anew without the signer's password. Seals are
-- copied to a file outside the database as well.

-- A database's own identity, named in seals, backups and review packages.
INSERT OR IGNORE INTO settings (key, value) VALUES ('database_id', lower(hex(randomblob(16))));
-- Where the copies of the seals are appended; empty: beside the database file.
INSERT OR IGNORE INTO settings (key, value) VALUES ('seal_file', '');

CREATE TABLE signing_keys (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts(id),
    public_key    TEXT NOT NULL UNIQUE,
    sealed_secret TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    retired_at    TEXT
);
CREATE INDEX signing_keys_account ON signing_keys(account_id);

CREATE TABLE audit_seals (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    entries      INTEGER NOT NULL,
    head_hash    TEXT NOT NULL,
    account_name TEXT NOT NULL,
    role         TEXT NOT NULL,
    public_key   TEXT NOT NULL,
    reason       TEXT NOT NULL,
    signature    TEXT NOT NULL
);
CREATE TRIGGER audit_seals_no_update BEFORE UPDATE ON audit_seals
BEGIN SELECT RAISE(ABORT, 'seals are never changed'); END;
CREATE TRIGGER audit_seals_no_delete BEFORE DELETE ON audit_seals
BEGIN SELECT RAISE(ABORT, 'seals are never deleted'); END;

-- The trail's count and head, kept beside it: a trail cut short no longer agrees.
CREATE TABLE audit_head (
    only    INTEGER PRIMARY KEY CHECK (only = 1),
    entries INTEGER NOT NULL,
    hash    TEXT NOT NULL
);
INSERT INTO audit_head (only, entries, hash)
SELECT 1, count(*), coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
                             '0000000000000000000000000000000000000000000000000000000000000000')
FROM audit_log;

-- Failed sign-ins, counted per name and per place they came from (a computer and its user):
-- repeated failures pause that name from that place only, so no one can lock a colleague out.
CREATE TABLE sign_in_failures (
    name         TEXT NOT NULL COLLATE NOCASE,
    source       TEXT NOT NULL,
    failures     INTEGER NOT NULL,
    locked_until TEXT,
    PRIMARY KEY (name, source)
) WITHOUT ROWID;

-- The person behind an account and their post, printed where a paper names who checked or
-- filled it in and shown in the trail beside the account's name.
ALTER TABLE accounts ADD COLUMN real_name TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN post TEXT NOT NULL DEFAULT '';
