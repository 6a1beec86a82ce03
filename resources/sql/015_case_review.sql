-- Case review (案件审理): the regulation articles a fact cites, each review of a case (an appeal
-- opens another, the earlier one kept), the facts and evidence per subject, what each subject
-- said, and the measures proposed for each.

-- Regulation articles as published, dated and editable, each naming its source. The measures an
-- article allows at each degree are measure keys (party.warning …) separated by spaces.
CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    regulation  TEXT NOT NULL,
    system      TEXT NOT NULL CHECK (system IN ('party', 'government')),
    number      TEXT NOT NULL CHECK (number <> ''),
    topic       TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    lighter     TEXT NOT NULL DEFAULT '',
    heavier     TEXT NOT NULL DEFAULT '',
    serious     TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL CHECK (source <> ''),
    UNIQUE (system, number, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- One review of a case, from its transfer to the trial-review office (移送审理) to the archive.
CREATE TABLE case_reviews (
    id                     INTEGER PRIMARY KEY,
    case_id                INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind                   TEXT NOT NULL DEFAULT 'review' CHECK (kind IN ('review', 'appeal')),
    received_date          TEXT NOT NULL,
    extended_to            TEXT,
    extension_approved_by  TEXT NOT NULL DEFAULT '',
    investigation_report   TEXT NOT NULL DEFAULT '',
    characterisation       TEXT NOT NULL DEFAULT '',
    review_opinion         TEXT NOT NULL DEFAULT '',
    reported_date          TEXT,
    decided_date           TEXT,
    decided_by             TEXT NOT NULL DEFAULT '',
    decision_number        TEXT NOT NULL DEFAULT '',
    announced_date         TEXT,
    delivered_date         TEXT,
    executed_date          TEXT,
    execution_note         TEXT NOT NULL DEFAULT '',
    archived_date          TEXT,
    CHECK (extended_to IS NULL OR extended_to >= received_date),
    CHECK (decided_date IS NULL OR decided_date >= received_date),
    CHECK (announced_date IS NULL OR (decided_date IS NOT NULL AND announced_date >= decided_date)),
    CHECK (delivered_date IS NULL OR (decided_date IS NOT NULL AND delivered_date >= decided_date)),
    CHECK (executed_date IS NULL OR (decided_date IS NOT NULL AND executed_date >= decided_date)),
    CHECK (archived_date IS NULL OR (decided_date IS NOT NULL AND archived_date >= decided_date))
);
CREATE INDEX case_reviews_case ON case_reviews(case_id);

CREATE TABLE case_facts (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    cadre_id     INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL DEFAULT 1,
    description  TEXT NOT NULL CHECK (description <> ''),
    violated_on  TEXT,
    degree       TEXT NOT NULL DEFAULT 'lighter' CHECK (degree IN ('lighter', 'heavier', 'serious')),
    -- The articles the fact violates, one per line: "party 第一百三十二条".
    articles     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_facts_case ON case_facts(case_id);
CREATE INDEX case_facts_cadre ON case_facts(cadre_id);

-- Scans and photos of an item are attachments of it (attachments.entity = 'case_evidence').
CREATE TABLE case_evidence (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    cadre_id       INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    fact_id        INTEGER REFERENCES case_facts(id) ON DELETE SET NULL,
    ordinal        INTEGER NOT NULL DEFAULT 1,
    kind           TEXT NOT NULL CHECK (kind IN ('documentary', 'physical', 'testimony',
                       'statement', 'expert_opinion', 'inspection_record', 'audiovisual',
                       'electronic')),
    description    TEXT NOT NULL CHECK (description <> ''),
    collected_date TEXT
);
CREATE INDEX case_evidence_case ON case_evidence(case_id);
CREATE INDEX case_evidence_cadre ON case_evidence(cadre_id);

-- What a subject said: the statement (陈述), the defence (申辩), the review talk (审理谈话).
CREATE TABLE case_statements (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    cadre_id    INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('statement', 'defence', 'review_talk')),
    given_date  TEXT NOT NULL,
    content     TEXT NOT NULL DEFAULT '',
    adopted     TEXT NOT NULL DEFAULT '' CHECK (adopted IN ('', 'adopted', 'partly', 'not_adopted'))
);
CREATE INDEX case_statements_case ON case_statements(case_id);
CREATE INDEX case_statements_cadre ON case_statements(cadre_id);

-- A measure proposed for a subject in one review; once decided, the record it was written as.
CREATE TABLE case_proposals (
    id               INTEGER PRIMARY KEY,
    review_id        INTEGER NOT NULL REFERENCES case_reviews(id) ON DELETE CASCADE,
    cadre_id         INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
    measure          TEXT NOT NULL CHECK (measure IN ('party.warning', 'party.serious_warning',
                         'party.removal_from_party_post', 'party.probation', 'party.expulsion',
                         'government.warning', 'government.demerit', 'government.major_demerit',
                         'government.demotion', 'government.dismissal', 'government.expulsion',
                         'institution.warning', 'institution.demerit',
                         'institution.post_grade_lowering', 'institution.dismissal',
                         'institution.expulsion', 'handling.post_adjustment',
                         'handling.ordered_resignation', 'handling.removal', 'handling.demotion',
                         'admonition')),
    probation_months INTEGER CHECK (probation_months IS NULL OR probation_months IN (12, 24)),
    degree           TEXT NOT NULL DEFAULT 'lighter' CHECK (degree IN ('lighter', 'heavier',
                         'serious')),
    adjustment       TEXT NOT NULL DEFAULT 'none' CHECK (adjustment IN ('none', 'lighter',
                         'mitigated', 'heavier', 'aggravated')),
    ground           TEXT NOT NULL DEFAULT '',
    decided_date     TEXT,
    sanction_id      INTEGER REFERENCES sanctions(id) ON DELETE SET NULL,
    handling_id      INTEGER REFERENCES organizational_handlings(id) ON DELETE SET NULL,
    admonition_id    INTEGER REFERENCES admonitions(id) ON DELETE SET NULL,
    CHECK ((measure = 'party.probation') = (probation_months IS NOT NULL)),
    CHECK ((sanction_id IS NOT NULL) + (handling_id IS NOT NULL) + (admonition_id IS NOT NULL) <= 1)
);
CREATE INDEX case_proposals_review ON case_proposals(review_id);
CREATE INDEX case_proposals_cadre ON case_proposals(cadre_id);
