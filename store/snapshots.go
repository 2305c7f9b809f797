package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// AreaPoints is one line of a stored score breakdown.
type AreaPoints struct {
	ID     string `json:"id"`
	Points int    `json:"points"`
	Max    int    `json:"max"`
}

// Snapshot is the protection score at one moment.
type Snapshot struct {
	At        time.Time    `json:"at"`
	Score     int          `json:"score"`
	Breakdown []AreaPoints `json:"breakdown"`
}

// Snapshots is the score-history repository. It holds no state.
type Snapshots struct{}

// Record stores s when its score differs from the last snapshot's (or there
// is none) and reports whether it did, so the history holds changes only.
func (r Snapshots) Record(ctx context.Context, h Handle, s Snapshot) (bool, error) {
	if s.Score < 0 || s.Score > 100 {
		return false, fmt.Errorf("score %d is outside 0–100", s.Score)
	}
	if s.At.IsZero() {
		s.At = time.Now()
	}
	b, err := json.Marshal(s.Breakdown)
	if err != nil {
		return false, fmt.Errorf("save the score: %w", err)
	}
	// One statement decides and inserts, so two writers cannot both add
	// the same change.
	res, err := h.ExecContext(ctx, `INSERT INTO score_snapshot(at, score, breakdown)
		SELECT ?, ?, ? WHERE coalesce((SELECT score FROM score_snapshot ORDER BY id DESC LIMIT 1), -1) != ?`,
		stamp(s.At), s.Score, string(b), s.Score)
	if err != nil {
		return false, fmt.Errorf("save the score: %w", err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// Last returns the newest snapshot, or ErrNotFound.
func (r Snapshots) Last(ctx context.Context, h Handle) (Snapshot, error) {
	ss, err := r.History(ctx, h, 1)
	if err != nil {
		return Snapshot{}, err
	}
	if len(ss) == 0 {
		return Snapshot{}, fmt.Errorf("no score yet: %w", ErrNotFound)
	}
	return ss[0], nil
}

// History returns the newest n snapshots (all when n <= 0), oldest first,
// ready for a sparkline.
func (Snapshots) History(ctx context.Context, h Handle, n int) ([]Snapshot, error) {
	if n <= 0 {
		n = -1 // SQLite: no limit
	}
	rows, err := h.QueryContext(ctx, `SELECT at, score, breakdown FROM
		(SELECT id, at, score, breakdown FROM score_snapshot ORDER BY id DESC LIMIT ?) ORDER BY id`, n)
	if err != nil {
		return nil, fmt.Errorf("read the score history: %w", err)
	}
	defer rows.Close()
	var out []Snapshot
	for rows.Next() {
		var (
			s      Snapshot
			at, bd string
		)
		if err := rows.Scan(&at, &s.Score, &bd); err != nil {
			return nil, fmt.Errorf("read the score history: %w", err)
		}
		if s.At, err = time.Parse(time.RFC3339Nano, at); err != nil {
			return nil, fmt.Errorf("score snapshot has a bad date %q: %w", at, err)
		}
		if err := json.Unmarshal([]byte(bd), &s.Breakdown); err != nil {
			return nil, fmt.Errorf("score snapshot of %s: %w", at, err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	return out, nil
}
