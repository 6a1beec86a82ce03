-- Review packages (审理包) this database sent out, to be reviewed on a stand-alone PC, and
-- whether their return package (回传包) came back. Each row keeps what a return package is
-- checked and merged against: the reviewer whose key must have signed it, and the case review
-- records as they were sent (JSON, the attachments' content left to their SHA-256), the base
-- that tells the reviewer's changes from those the office made meanwhile. A package is merged
-- once.
CREATE TABLE review_packages (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32),
    case_ids     TEXT NOT NULL,              -- JSON list of the cases' ids
    case_numbers TEXT NOT NULL,
    reviewer     TEXT NOT NULL DEFAULT '',
    reviewer_key TEXT NOT NULL CHECK (length(reviewer_key) = 64), -- Ed25519, hexadecimal
    exported_by  TEXT NOT NULL,
    exported_at  TEXT NOT NULL,
    expires_on   TEXT NOT NULL,
    file_sha256  TEXT NOT NULL CHECK (length(file_sha256) = 64),
    base         TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'exported' CHECK (state IN ('exported', 'merged')),
    merged_at    TEXT,
    merged_by    TEXT,
    return_id    TEXT,
    -- The review copy's audit entries the return package carried, kept as they came.
    return_trail TEXT,
    CHECK ((state = 'merged') = (merged_at IS NOT NULL))
);
