-- The inventory: the services that hold the user's data. id is a catalogue
-- id ("wechat") or a custom one ("custom-my-gym"); catalog_id is NULL for a
-- custom service. category overrides the catalogue's ('' = use it).
CREATE TABLE account (
    id                 TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
    catalog_id         TEXT CHECK (catalog_id IS NULL OR length(catalog_id) BETWEEN 1 AND 200),
    name               TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 200),
    category           TEXT NOT NULL DEFAULT '' CHECK (length(category) <= 40),
    dormant            INTEGER NOT NULL DEFAULT 0 CHECK (dormant IN (0, 1)),
    second_factor      TEXT NOT NULL DEFAULT 'unknown'
                       CHECK (second_factor IN ('none', 'sms', 'app', 'key', 'unknown')),
    password_reused    INTEGER NOT NULL DEFAULT 0 CHECK (password_reused IN (0, 1)),
    real_name_verified INTEGER NOT NULL DEFAULT 0 CHECK (real_name_verified IN (0, 1)),
    note               TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
) STRICT;

-- Which kinds of personal data an account holds (checks.DataKind ids).
CREATE TABLE account_data_kind (
    account_id TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE ON UPDATE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('real_name', 'id_number', 'phone', 'email', 'address',
               'birth_date', 'photos', 'face', 'fingerprint_voice', 'location', 'contacts',
               'payment', 'health', 'browsing', 'children', 'messages')),
    PRIMARY KEY (account_id, kind)
) STRICT, WITHOUT ROWID;

-- The last deleted account, as JSON (the account and its kinds), so that
-- one delete can be undone. Only one slot: a new delete replaces it.
CREATE TABLE deleted_account (
    slot       INTEGER PRIMARY KEY CHECK (slot = 1),
    account    TEXT NOT NULL,
    deleted_at TEXT NOT NULL
) STRICT;

-- Plan actions the user marked done or "not for me"; an open action has no
-- row. at keeps the date it was marked.
CREATE TABLE action_state (
    action_id TEXT PRIMARY KEY CHECK (length(action_id) BETWEEN 1 AND 300),
    state     TEXT NOT NULL CHECK (state IN ('done', 'skipped')),
    reason    TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 1000),
    at        TEXT NOT NULL
) STRICT;

-- The habits checkup: one chosen option per question.
CREATE TABLE habit_answer (
    question_id TEXT PRIMARY KEY CHECK (length(question_id) BETWEEN 1 AND 100),
    answer_id   TEXT NOT NULL CHECK (length(answer_id) BETWEEN 1 AND 100),
    at          TEXT NOT NULL
) STRICT;

-- The protection score over time; a row is added only when it changes.
CREATE TABLE score_snapshot (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    score     INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    breakdown TEXT NOT NULL -- JSON: [{"id":"passwords","points":25,"max":25}, …]
) STRICT;
