-- Integrity Dossier schema, version 1.
-- Enumerations are stored as English keys; the program translates them for display.
-- Dates are ISO 8601 text (YYYY-MM-DD); timestamps are ISO 8601 UTC.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Dated, editable rules: impact periods and the four-forms mapping, per measure.
CREATE TABLE rules (
    id          INTEGER PRIMARY KEY,
    measure     TEXT NOT NULL,
    months      INTEGER,            -- impact period; NULL where the measure has none
    form        INTEGER CHECK (form BETWEEN 1 AND 4),
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    source      TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    UNIQUE (measure, valid_from)
);

CREATE TABLE units (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('county', 'township', 'department',
                            'institution', 'enterprise', 'stationed_group')),
    parent_id           INTEGER REFERENCES units(id) ON DELETE RESTRICT,
    supervising_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
    sort_order          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX units_parent ON units(parent_id);

CREATE TABLE cadres (
    id               INTEGER PRIMARY KEY,
    dossier_number   TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL CHECK (length(name) > 0),
    gender           TEXT NOT NULL CHECK (gender IN ('male', 'female')),
    birth_date       TEXT,
    ethnicity        TEXT NOT NULL DEFAULT '',
    id_number        TEXT NOT NULL DEFAULT '',
    native_place     TEXT NOT NULL DEFAULT '',
    education        TEXT NOT NULL DEFAULT '',
    party_membership TEXT NOT NULL DEFAULT 'member'
                         CHECK (party_membership IN ('member', 'probationary', 'none')),
    party_join_date  TEXT,
    employment       TEXT NOT NULL DEFAULT 'civil_servant'
                         CHECK (employment IN ('civil_servant', 'public_institution',
                             'enterprise', 'other')),
    unit_id          INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    position         TEXT NOT NULL DEFAULT '',
    rank             TEXT NOT NULL DEFAULT '',
    is_top_leader    INTEGER NOT NULL DEFAULT 0 CHECK (is_top_leader IN (0, 1)),
    status           TEXT NOT NULL DEFAULT 'serving'
                         CHECK (status IN ('serving', 'retired', 'transferred', 'deceased')),
    -- Search keys, computed when the name is written: every pinyin reading, full and initials.
    pinyin_full      TEXT NOT NULL DEFAULT '',
    pinyin_initials  TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX cadres_unit ON cadres(unit_id);
CREATE INDEX cadres_name ON cadres(name);

-- One narrow row per cadre for search-as-you-type: name, unit, position and pinyin keys.
-- Its rowid is the cadre's id. Queries of 3+ characters use the trigram index; shorter ones
-- scan it, since a trigram index cannot answer them.
CREATE VIRTUAL TABLE cadre_search USING fts5(haystack, tokenize='trigram');

CREATE TABLE positions (
    id          INTEGER PRIMARY KEY,
    cadre_id    INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    unit_id     INTEGER REFERENCES units(id) ON DELETE SET NULL,
    title       TEXT NOT NULL,
    rank        TEXT NOT NULL DEFAULT '',
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX positions_cadre ON positions(cadre_id);

CREATE TABLE relatives (
    id                INTEGER PRIMARY KEY,
    cadre_id          INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    relation          TEXT NOT NULL CHECK (relation IN ('spouse', 'father', 'mother', 'son',
                          'daughter', 'brother', 'sister', 'other')),
    name              TEXT NOT NULL,
    relative_cadre_id INTEGER REFERENCES cadres(id) ON DELETE SET NULL,
    work_unit         TEXT NOT NULL DEFAULT '',
    position          TEXT NOT NULL DEFAULT '',
    is_key            INTEGER NOT NULL DEFAULT 1 CHECK (is_key IN (0, 1))
);
CREATE INDEX relatives_cadre ON relatives(cadre_id);
CREATE INDEX relatives_relative ON relatives(relative_cadre_id);

CREATE TABLE personal_matters_reports (
    id             INTEGER PRIMARY KEY,
    cadre_id       INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    year           INTEGER NOT NULL,
    submitted_date TEXT NOT NULL,
    verified       INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    remark         TEXT NOT NULL DEFAULT '',
    UNIQUE (cadre_id, year)
);
-- Items 1-8 are family matters, 9-14 income and assets.
CREATE TABLE personal_matters_items (
    report_id INTEGER NOT NULL REFERENCES personal_matters_reports(id) ON DELETE CASCADE,
    item      INTEGER NOT NULL CHECK (item BETWEEN 1 AND 14),
    reported  INTEGER NOT NULL DEFAULT 0 CHECK (reported IN (0, 1)),
    content   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, item)
) WITHOUT ROWID;

CREATE TABLE talks (
    id          INTEGER PRIMARY KEY,
    cadre_id    INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('reminder', 'admonition', 'integrity',
                    'pre_appointment', 'heart_to_heart', 'collective', 'warning')),
    held_by     TEXT NOT NULL CHECK (held_by IN ('party_committee', 'discipline_commission')),
    talk_date   TEXT NOT NULL,
    interviewer TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT '',
    clue_id     INTEGER REFERENCES clues(id) ON DELETE SET NULL
);
CREATE INDEX talks_cadre ON talks(cadre_id);
CREATE INDEX talks_date ON talks(talk_date, kind);

CREATE TABLE inspections (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    kind        TEXT NOT NULL CHECK (kind IN ('routine', 'fixed_week', 'special', 'patrol')),
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    team        TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT '',
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX inspections_unit ON inspections(unit_id);
CREATE INDEX inspections_date ON inspections(start_date);

CREATE TABLE inspection_items (
    id            INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
    item          TEXT NOT NULL CHECK (item IN ('principal_responsibility', 'dual_duty',
                      'major_decisions', 'democratic_centralism')),
    result        TEXT NOT NULL CHECK (result IN ('satisfactory', 'problems_found')),
    remark        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inspection_items_inspection ON inspection_items(inspection_id);

CREATE TABLE notices (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('supervision_recommendation',
                      'rectification_notice', 'written_self_examination_order',
                      'inspection_bulletin', 'reminder_letter')),
    number        TEXT NOT NULL DEFAULT '',
    unit_id       INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    cadre_id      INTEGER REFERENCES cadres(id) ON DELETE CASCADE,
    inspection_id INTEGER REFERENCES inspections(id) ON DELETE SET NULL,
    issued_date   TEXT NOT NULL,
    deadline      TEXT,
    content       TEXT NOT NULL DEFAULT '',
    CHECK (deadline IS NULL OR deadline >= issued_date)
);
CREATE INDEX notices_cadre ON notices(cadre_id);
CREATE INDEX notices_date ON notices(issued_date, kind);

CREATE TABLE findings (
    id                   INTEGER PRIMARY KEY,
    inspection_id        INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
    description          TEXT NOT NULL,
    responsible_cadre_id INTEGER REFERENCES cadres(id) ON DELETE SET NULL,
    notice_id            INTEGER REFERENCES notices(id) ON DELETE SET NULL,
    found_date           TEXT NOT NULL,
    -- The rectification of the finding.
    deadline             TEXT NOT NULL,
    status               TEXT NOT NULL DEFAULT 'open'
                             CHECK (status IN ('open', 'in_progress', 'completed')),
    completed_date       TEXT,
    evidence             TEXT NOT NULL DEFAULT '',
    CHECK (deadline >= found_date),
    CHECK ((status = 'completed') = (completed_date IS NOT NULL)),
    CHECK (completed_date IS NULL OR completed_date >= found_date)
);
CREATE INDEX findings_inspection ON findings(inspection_id);
CREATE INDEX findings_responsible ON findings(responsible_cadre_id);
CREATE INDEX findings_date ON findings(found_date, status);
CREATE INDEX findings_completed ON findings(completed_date);

CREATE TABLE clues (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    source        TEXT NOT NULL CHECK (source IN ('petition', 'patrol_transfer',
                      'audit_transfer', 'inspection_finding', 'other')),
    received_date TEXT NOT NULL,
    summary       TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT 'registered',
    disposition   TEXT CHECK (disposition IS NULL OR disposition IN ('talk_or_letter_inquiry',
                      'preliminary_verification', 'shelved', 'closed')),
    updated_date  TEXT NOT NULL
);
CREATE INDEX clues_received ON clues(received_date);
CREATE INDEX clues_state ON clues(state);

-- The cadres a clue is about, and how it ended for each of them.
CREATE TABLE clue_subjects (
    clue_id  INTEGER NOT NULL REFERENCES clues(id) ON DELETE CASCADE,
    cadre_id INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    outcome  TEXT CHECK (outcome IS NULL OR outcome IN ('untrue', 'not_verifiable',
                 'explanation_accepted', 'first_form_measure', 'case_filed', 'transferred')),
    PRIMARY KEY (clue_id, cadre_id)
) WITHOUT ROWID;
CREATE INDEX clue_subjects_cadre ON clue_subjects(cadre_id);

CREATE TABLE clue_steps (
    id            INTEGER PRIMARY KEY,
    clue_id       INTEGER NOT NULL REFERENCES clues(id) ON DELETE CASCADE,
    from_state    TEXT,
    to_state      TEXT NOT NULL,
    step_date     TEXT NOT NULL,
    operator      TEXT NOT NULL,
    approved_by   TEXT NOT NULL DEFAULT '',
    approval_date TEXT,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX clue_steps_clue ON clue_steps(clue_id, step_date);
CREATE INDEX clue_steps_date ON clue_steps(step_date, to_state);

CREATE TABLE cases (
    id                    INTEGER PRIMARY KEY,
    number                TEXT NOT NULL UNIQUE,
    clue_id               INTEGER REFERENCES clues(id) ON DELETE SET NULL,
    unit_id               INTEGER REFERENCES units(id) ON DELETE SET NULL,
    filed_date            TEXT NOT NULL,
    closed_date           TEXT,
    summary               TEXT NOT NULL DEFAULT '',
    -- "Two responsibilities" accountability: which responsibility failed, if any.
    accountability        TEXT CHECK (accountability IS NULL OR accountability IN
                              ('principal_responsibility', 'supervisory_responsibility')),
    CHECK (closed_date IS NULL OR closed_date >= filed_date)
);
CREATE INDEX cases_filed ON cases(filed_date);
CREATE INDEX cases_clue ON cases(clue_id);

CREATE TABLE case_subjects (
    case_id                  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    cadre_id                 INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    was_top_leader           INTEGER NOT NULL DEFAULT 0 CHECK (was_top_leader IN (0, 1)),
    transferred_to_judiciary TEXT,      -- date of transfer, NULL when not transferred
    PRIMARY KEY (case_id, cadre_id)
) WITHOUT ROWID;
CREATE INDEX case_subjects_cadre ON case_subjects(cadre_id);

-- Party, government and public-institution sanctions.
CREATE TABLE sanctions (
    id                 INTEGER PRIMARY KEY,
    cadre_id           INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    case_id            INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    system             TEXT NOT NULL CHECK (system IN ('party', 'government', 'institution')),
    kind               TEXT NOT NULL,
    decision_number    TEXT NOT NULL DEFAULT '',
    decided_by         TEXT NOT NULL DEFAULT '',
    effective_date     TEXT NOT NULL,
    probation_months   INTEGER CHECK (probation_months IS NULL OR probation_months IN (12, 24)),
    rights_restored_date TEXT,
    reason             TEXT NOT NULL DEFAULT '',
    CHECK ((system = 'party' AND kind IN ('warning', 'serious_warning', 'removal_from_party_post',
               'probation', 'expulsion'))
        OR (system = 'government' AND kind IN ('warning', 'demerit', 'major_demerit', 'demotion',
               'dismissal', 'expulsion'))
        OR (system = 'institution' AND kind IN ('warning', 'demerit', 'post_grade_lowering',
               'dismissal', 'expulsion'))),
    CHECK ((kind = 'probation' AND system = 'party') = (probation_months IS NOT NULL))
);
CREATE INDEX sanctions_cadre ON sanctions(cadre_id);
CREATE INDEX sanctions_date ON sanctions(effective_date, system, kind);

CREATE TABLE organizational_handlings (
    id              INTEGER PRIMARY KEY,
    cadre_id        INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    case_id         INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('suspension', 'post_adjustment',
                        'ordered_resignation', 'removal', 'demotion')),
    decided_by      TEXT NOT NULL DEFAULT '',
    effective_date  TEXT NOT NULL,
    reason          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX handlings_cadre ON organizational_handlings(cadre_id);
CREATE INDEX handlings_date ON organizational_handlings(effective_date, kind);

CREATE TABLE admonitions (
    id              INTEGER PRIMARY KEY,
    cadre_id        INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    case_id         INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    clue_id         INTEGER REFERENCES clues(id) ON DELETE SET NULL,
    decided_by      TEXT NOT NULL DEFAULT '',
    effective_date  TEXT NOT NULL,
    reason          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX admonitions_cadre ON admonitions(cadre_id);
CREATE INDEX admonitions_date ON admonitions(effective_date);

CREATE TABLE duty_reports (
    id          INTEGER PRIMARY KEY,
    cadre_id    INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    year        INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('duty_and_integrity', 'principal_responsibility')),
    report_date TEXT NOT NULL,
    rating      TEXT NOT NULL DEFAULT '' CHECK (rating IN ('', 'good', 'fair', 'poor')),
    content     TEXT NOT NULL DEFAULT '',
    UNIQUE (cadre_id, year, kind)
);
CREATE INDEX duty_reports_year ON duty_reports(year);

CREATE TABLE self_examination_materials (
    id             INTEGER PRIMARY KEY,
    unit_id        INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    cadre_id       INTEGER REFERENCES cadres(id) ON DELETE CASCADE, -- NULL: the team's material
    year           INTEGER NOT NULL,
    meeting        TEXT NOT NULL CHECK (meeting IN ('democratic_life', 'organizational_life')),
    title          TEXT NOT NULL DEFAULT '',
    content        TEXT NOT NULL,
    submitted_date TEXT NOT NULL
);
CREATE INDEX materials_unit_year ON self_examination_materials(unit_id, year);
CREATE INDEX materials_cadre ON self_examination_materials(cadre_id);

CREATE TABLE warning_education_events (
    id         INTEGER PRIMARY KEY,
    unit_id    INTEGER REFERENCES units(id) ON DELETE SET NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('warning_meeting', 'integrity_lecture',
                   'exhibition_visit', 'case_film', 'other')),
    event_date TEXT NOT NULL,
    title      TEXT NOT NULL,
    location   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX warning_events_date ON warning_education_events(event_date, kind);

CREATE TABLE warning_education_attendance (
    event_id INTEGER NOT NULL REFERENCES warning_education_events(id) ON DELETE CASCADE,
    cadre_id INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, cadre_id)
) WITHOUT ROWID;
CREATE INDEX attendance_cadre ON warning_education_attendance(cadre_id);

CREATE TABLE power_list_items (
    id              INTEGER PRIMARY KEY,
    unit_id         INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    cadre_id        INTEGER REFERENCES cadres(id) ON DELETE SET NULL,
    power           TEXT NOT NULL,
    legal_basis     TEXT NOT NULL DEFAULT '',
    responsibility  TEXT NOT NULL DEFAULT '',
    process         TEXT NOT NULL DEFAULT '',
    risk_points     TEXT NOT NULL DEFAULT '',
    controls        TEXT NOT NULL DEFAULT '',
    risk_level      TEXT NOT NULL DEFAULT 'medium' CHECK (risk_level IN ('low', 'medium', 'high')),
    published_date  TEXT
);
CREATE INDEX power_list_unit ON power_list_items(unit_id);

CREATE TABLE opinion_batches (
    id             INTEGER PRIMARY KEY,
    requester      TEXT NOT NULL,
    request_number TEXT NOT NULL DEFAULT '',
    request_date   TEXT NOT NULL,
    purpose        TEXT NOT NULL,
    as_of_date     TEXT NOT NULL,
    reply_date     TEXT,
    signed_by      TEXT NOT NULL DEFAULT '',
    created_by     TEXT NOT NULL,
    created_at     TEXT NOT NULL
);

CREATE TABLE opinion_answers (
    id              INTEGER PRIMARY KEY,
    batch_id        INTEGER NOT NULL REFERENCES opinion_batches(id) ON DELETE CASCADE,
    cadre_id        INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    category        INTEGER NOT NULL CHECK (category BETWEEN 1 AND 6),
    reasons         TEXT NOT NULL,      -- JSON array of strings
    impact_until    TEXT,
    wording         TEXT NOT NULL DEFAULT '',
    adjusted_by     TEXT NOT NULL DEFAULT '',
    adjust_reason   TEXT NOT NULL DEFAULT '',
    UNIQUE (batch_id, cadre_id)
);
CREATE INDEX opinion_answers_cadre ON opinion_answers(cadre_id);

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    cadre_id    INTEGER REFERENCES cadres(id) ON DELETE CASCADE,
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL,
    content     BLOB NOT NULL,
    added_at    TEXT NOT NULL
);
CREATE INDEX attachments_cadre ON attachments(cadre_id);
CREATE INDEX attachments_entity ON attachments(entity, entity_id);

-- Append-only, hash-chained: hash = SHA-256(previous hash || canonical form of the entry).
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    cadre_id  INTEGER,
    before    TEXT NOT NULL DEFAULT '',
    after     TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_cadre ON audit_log(cadre_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;

-- Everything in one cadre's dossier, one row per record, across all kinds, is the view
-- cadre_timeline, which the program makes from its kinds of record (RecordKinds::timelineRows).
