-- Lesson progress: when the reader first reached the end of a lesson, how
-- many times its quiz was taken, the best and the latest score (percent),
-- and which questions the latest attempt got wrong, so a review asks only
-- those again. Lessons are identified by their content id, not a foreign
-- key: the lessons live in the binary, not in the database.
CREATE TABLE lesson_progress (
    lesson_id    TEXT PRIMARY KEY CHECK (length(lesson_id) BETWEEN 1 AND 100),
    read_at      TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    best_score   INTEGER CHECK (best_score BETWEEN 0 AND 100),
    last_score   INTEGER CHECK (last_score BETWEEN 0 AND 100),
    last_quiz_at TEXT
) STRICT;

-- One row per question (0-based index in the quiz file) still answered
-- wrongly: the review list. A passed review removes its rows.
CREATE TABLE quiz_mistake (
    lesson_id TEXT NOT NULL REFERENCES lesson_progress(lesson_id) ON DELETE CASCADE,
    question  INTEGER NOT NULL CHECK (question BETWEEN 0 AND 99),
    PRIMARY KEY (lesson_id, question)
) STRICT;
