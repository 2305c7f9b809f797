package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// PassPercent is the quiz score, in percent, that counts as passed.
const PassPercent = 80

// MaxQuizQuestions bounds a quiz's size as the schema does; content has
// five to ten questions, so a bigger number is a caller's mistake.
const MaxQuizQuestions = 100

// LessonProgress is what footprint remembers about one lesson.
type LessonProgress struct {
	LessonID string    `json:"lesson_id"`
	ReadAt   time.Time `json:"read_at,omitzero"`
	Attempts int       `json:"attempts"`
	// BestScore and LastScore are percentages; they mean something only
	// once Attempts > 0.
	BestScore  int       `json:"best_score"`
	LastScore  int       `json:"last_score"`
	LastQuizAt time.Time `json:"last_quiz_at,omitzero"`
	// Review lists the questions (0-based, in quiz order) answered wrongly
	// and not yet answered right since: what a review asks again.
	Review []int `json:"review"`
}

// LessonStatus is where a reader stands with a lesson.
type LessonStatus int

const (
	LessonNotStarted LessonStatus = iota
	LessonRead                    // read, quiz not taken
	LessonTried                   // quiz taken, not passed yet
	LessonPassed
)

// Read reports whether the lesson was read to its end.
func (p LessonProgress) Read() bool { return !p.ReadAt.IsZero() }

// Passed reports whether some attempt reached the pass mark.
func (p LessonProgress) Passed() bool { return p.Attempts > 0 && p.BestScore >= PassPercent }

// Status sums the progress up for a list.
func (p LessonProgress) Status() LessonStatus {
	switch {
	case p.Passed():
		return LessonPassed
	case p.Attempts > 0:
		return LessonTried
	case p.Read():
		return LessonRead
	}
	return LessonNotStarted
}

// QuizAttempt is one run through a quiz: every question, or a review of
// the ones missed before.
type QuizAttempt struct {
	Total int   // questions in the quiz
	Asked []int // the questions put to the user, 0-based
	Wrong []int // those of Asked answered wrongly
	At    time.Time
}

// ErrBadAttempt means an attempt does not fit its quiz (an index out of
// range, a wrong answer to a question not asked).
var ErrBadAttempt = errors.New("the quiz attempt does not fit the quiz")

// Merge returns the progress after attempt a. A question keeps the result
// of the last time it was asked, so a review that fixes every mistake
// brings the score to 100%; a question never asked counts as wrong.
func (p LessonProgress) Merge(a QuizAttempt) (LessonProgress, error) {
	if a.Total < 1 || a.Total > MaxQuizQuestions || len(a.Asked) == 0 {
		return p, fmt.Errorf("%w: %d questions, %d asked", ErrBadAttempt, a.Total, len(a.Asked))
	}
	asked := map[int]bool{}
	for _, q := range a.Asked {
		if q < 0 || q >= a.Total {
			return p, fmt.Errorf("%w: question %d of %d", ErrBadAttempt, q, a.Total)
		}
		asked[q] = true
	}
	wrong := map[int]bool{}
	for _, q := range a.Wrong {
		if !asked[q] {
			return p, fmt.Errorf("%w: question %d was not asked", ErrBadAttempt, q)
		}
		wrong[q] = true
	}
	before := map[int]bool{}
	for _, q := range p.Review {
		before[q] = true
	}
	var review []int
	for q := 0; q < a.Total; q++ {
		switch {
		case asked[q]:
			if wrong[q] {
				review = append(review, q)
			}
		case p.Attempts == 0 || before[q]:
			review = append(review, q)
		}
	}
	out := p
	out.Review = review
	out.LastScore = (a.Total - len(review)) * 100 / a.Total
	if p.Attempts == 0 || out.LastScore > p.BestScore {
		out.BestScore = out.LastScore
	}
	out.Attempts++
	out.LastQuizAt = a.At.UTC().Truncate(time.Second)
	return out, nil
}

// Lessons is the lesson-progress repository. It holds no state.
type Lessons struct{}

// Get returns the progress of lesson id; a lesson never opened has a zero
// progress, not an error.
func (Lessons) Get(ctx context.Context, h Handle, id string) (LessonProgress, error) {
	row := h.QueryRowContext(ctx, `SELECT lesson_id, read_at, attempts, best_score, last_score, last_quiz_at
		FROM lesson_progress WHERE lesson_id = ?`, id)
	p, err := scanProgress(row.Scan)
	if errors.Is(err, sql.ErrNoRows) {
		return LessonProgress{LessonID: id}, nil
	}
	if err != nil {
		return LessonProgress{}, err
	}
	p.Review, err = mistakes(ctx, h, id)
	return p, err
}

// List returns every lesson with progress, by id, review lists included.
func (Lessons) List(ctx context.Context, h Handle) ([]LessonProgress, error) {
	rows, err := h.QueryContext(ctx, `SELECT lesson_id, read_at, attempts, best_score, last_score, last_quiz_at
		FROM lesson_progress ORDER BY lesson_id`)
	if err != nil {
		return nil, fmt.Errorf("list lesson progress: %w", err)
	}
	var out []LessonProgress
	for rows.Next() {
		p, err := scanProgress(rows.Scan)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// The mistakes are read after the rows are closed: a guest database
	// has a single connection, which the open cursor would still hold.
	for i := range out {
		if out[i].Review, err = mistakes(ctx, h, out[i].LessonID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// MarkRead records that the lesson was read to its end. The first date is
// kept: reading again later changes nothing.
func (Lessons) MarkRead(ctx context.Context, h Handle, id string, at time.Time) error {
	_, err := h.ExecContext(ctx, `INSERT INTO lesson_progress(lesson_id, read_at) VALUES (?, ?)
		ON CONFLICT(lesson_id) DO UPDATE SET read_at = coalesce(read_at, excluded.read_at)`,
		id, at.UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("mark lesson %s read: %w", id, err)
	}
	return nil
}

// Record merges a quiz attempt into the lesson's progress (see Merge) and
// returns the result. It reads before it writes: call it inside DB.Tx so
// two attempts saved at once cannot lose one another.
func (r Lessons) Record(ctx context.Context, h Handle, id string, a QuizAttempt) (LessonProgress, error) {
	prev, err := r.Get(ctx, h, id)
	if err != nil {
		return LessonProgress{}, err
	}
	next, err := prev.Merge(a)
	if err != nil {
		return LessonProgress{}, err
	}
	_, err = h.ExecContext(ctx, `INSERT INTO lesson_progress(lesson_id, attempts, best_score, last_score, last_quiz_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(lesson_id) DO UPDATE SET attempts = excluded.attempts, best_score = excluded.best_score,
			last_score = excluded.last_score, last_quiz_at = excluded.last_quiz_at`,
		id, next.Attempts, next.BestScore, next.LastScore, next.LastQuizAt.Format(time.RFC3339))
	if err != nil {
		return LessonProgress{}, fmt.Errorf("save the quiz result for %s: %w", id, err)
	}
	if _, err := h.ExecContext(ctx, "DELETE FROM quiz_mistake WHERE lesson_id = ?", id); err != nil {
		return LessonProgress{}, fmt.Errorf("save the quiz result for %s: %w", id, err)
	}
	for _, q := range next.Review {
		if _, err := h.ExecContext(ctx, "INSERT INTO quiz_mistake(lesson_id, question) VALUES (?, ?)", id, q); err != nil {
			return LessonProgress{}, fmt.Errorf("save the quiz result for %s: %w", id, err)
		}
	}
	return next, nil
}

func mistakes(ctx context.Context, h Handle, id string) ([]int, error) {
	rows, err := h.QueryContext(ctx, "SELECT question FROM quiz_mistake WHERE lesson_id = ? ORDER BY question", id)
	if err != nil {
		return nil, fmt.Errorf("read the review list of %s: %w", id, err)
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var q int
		if err := rows.Scan(&q); err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

func scanProgress(scan func(...any) error) (LessonProgress, error) {
	var (
		p            LessonProgress
		readAt, last sql.NullString
		best, lastSc sql.NullInt64
	)
	if err := scan(&p.LessonID, &readAt, &p.Attempts, &best, &lastSc, &last); err != nil {
		return LessonProgress{}, err
	}
	p.BestScore, p.LastScore = int(best.Int64), int(lastSc.Int64)
	for _, d := range []struct {
		s   sql.NullString
		dst *time.Time
	}{{readAt, &p.ReadAt}, {last, &p.LastQuizAt}} {
		if !d.s.Valid {
			continue
		}
		t, err := time.Parse(time.RFC3339, d.s.String)
		if err != nil {
			return LessonProgress{}, fmt.Errorf("lesson %s has a bad date %q: %w", p.LessonID, d.s.String, err)
		}
		*d.dst = t
	}
	return p, nil
}
