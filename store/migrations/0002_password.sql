-- The verdict of a password check, attached to an account the user names
-- (an inventory account id, or any name they typed). Never the password,
-- nor any hash of it: only what the check concluded.
CREATE TABLE password_verdict (
    account       TEXT PRIMARY KEY CHECK (length(account) BETWEEN 1 AND 200),
    score         INTEGER NOT NULL CHECK (score BETWEEN 0 AND 4),
    guesses_log10 REAL NOT NULL,
    flags         TEXT NOT NULL DEFAULT '',   -- comma list: reused, breached, personal_info, capped
    checked_at    TEXT NOT NULL
) STRICT;
