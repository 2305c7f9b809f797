package store

import (
	"context"
	"fmt"
	"time"
)

// HabitAnswer is the option chosen for one habits-checkup question. The
// ids are risk.Questions() ids; the store does not judge them.
type HabitAnswer struct {
	QuestionID string    `json:"question_id"`
	AnswerID   string    `json:"answer_id"`
	At         time.Time `json:"at"`
}

// Habits is the habits-checkup repository. It holds no state.
type Habits struct{}

// Put stores (or replaces) the answer to a question.
func (Habits) Put(ctx context.Context, h Handle, a HabitAnswer) error {
	if a.QuestionID == "" || len(a.QuestionID) > 100 || a.AnswerID == "" || len(a.AnswerID) > 100 {
		return fmt.Errorf("habit question and answer ids must be 1 to 100 bytes")
	}
	if a.At.IsZero() {
		a.At = time.Now()
	}
	_, err := h.ExecContext(ctx, `INSERT INTO habit_answer(question_id, answer_id, at) VALUES (?, ?, ?)
		ON CONFLICT(question_id) DO UPDATE SET answer_id = excluded.answer_id, at = excluded.at`,
		a.QuestionID, a.AnswerID, stamp(a.At))
	if err != nil {
		return fmt.Errorf("save the answer to %s: %w", a.QuestionID, err)
	}
	return nil
}

// Delete forgets the answer to a question; a missing one is not an error.
func (Habits) Delete(ctx context.Context, h Handle, questionID string) error {
	if _, err := h.ExecContext(ctx, "DELETE FROM habit_answer WHERE question_id = ?", questionID); err != nil {
		return fmt.Errorf("delete the answer to %s: %w", questionID, err)
	}
	return nil
}

// List returns every answer, by question id.
func (Habits) List(ctx context.Context, h Handle) ([]HabitAnswer, error) {
	rows, err := h.QueryContext(ctx, "SELECT question_id, answer_id, at FROM habit_answer ORDER BY question_id")
	if err != nil {
		return nil, fmt.Errorf("list habit answers: %w", err)
	}
	defer rows.Close()
	var out []HabitAnswer
	for rows.Next() {
		var (
			a  HabitAnswer
			at string
		)
		if err := rows.Scan(&a.QuestionID, &a.AnswerID, &at); err != nil {
			return nil, fmt.Errorf("list habit answers: %w", err)
		}
		if a.At, err = time.Parse(time.RFC3339Nano, at); err != nil {
			return nil, fmt.Errorf("answer to %s has a bad date %q: %w", a.QuestionID, at, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
