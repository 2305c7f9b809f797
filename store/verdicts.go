package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

// Verdict flags.
const (
	FlagReused       = "reused"        // the same password was checked for another account this sitting
	FlagBreached     = "breached"      // seen in a breach corpus
	FlagPersonalInfo = "personal_info" // built from the user's own details
	FlagCapped       = "capped"        // only the first part of a very long input was scored
)

// Verdict is what a password check concluded for one account. It holds no
// part of the password.
type Verdict struct {
	Account      string    `json:"account"`
	Score        int       `json:"score"`
	GuessesLog10 float64   `json:"guesses_log10"`
	Flags        []string  `json:"flags"`
	CheckedAt    time.Time `json:"checked_at"`
}

// Has reports whether the verdict carries flag.
func (v Verdict) Has(flag string) bool {
	for _, f := range v.Flags {
		if f == flag {
			return true
		}
	}
	return false
}

// Verdicts is the password-verdict repository. It holds no state.
type Verdicts struct{}

// Put stores v, replacing an earlier verdict for the same account.
func (Verdicts) Put(ctx context.Context, h Handle, v Verdict) error {
	flags := append([]string(nil), v.Flags...)
	sort.Strings(flags)
	_, err := h.ExecContext(ctx, `INSERT INTO password_verdict(account, score, guesses_log10, flags, checked_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(account) DO UPDATE SET score = excluded.score, guesses_log10 = excluded.guesses_log10,
			flags = excluded.flags, checked_at = excluded.checked_at`,
		v.Account, v.Score, v.GuessesLog10, strings.Join(flags, ","), v.CheckedAt.UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("save the verdict for %s: %w", v.Account, err)
	}
	return nil
}

// Get returns the verdict for account, or ErrNotFound.
func (Verdicts) Get(ctx context.Context, h Handle, account string) (Verdict, error) {
	row := h.QueryRowContext(ctx, `SELECT account, score, guesses_log10, flags, checked_at
		FROM password_verdict WHERE account = ?`, account)
	v, err := scanVerdict(row.Scan)
	if errors.Is(err, sql.ErrNoRows) {
		return Verdict{}, ErrNotFound
	}
	return v, err
}

// List returns every verdict, by account.
func (Verdicts) List(ctx context.Context, h Handle) ([]Verdict, error) {
	rows, err := h.QueryContext(ctx, `SELECT account, score, guesses_log10, flags, checked_at
		FROM password_verdict ORDER BY account`)
	if err != nil {
		return nil, fmt.Errorf("list verdicts: %w", err)
	}
	defer rows.Close()
	var out []Verdict
	for rows.Next() {
		v, err := scanVerdict(rows.Scan)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// Delete removes the verdict for account; a missing one is not an error.
func (Verdicts) Delete(ctx context.Context, h Handle, account string) error {
	if _, err := h.ExecContext(ctx, "DELETE FROM password_verdict WHERE account = ?", account); err != nil {
		return fmt.Errorf("delete the verdict for %s: %w", account, err)
	}
	return nil
}

func scanVerdict(scan func(...any) error) (Verdict, error) {
	var (
		v     Verdict
		flags string
		at    string
	)
	if err := scan(&v.Account, &v.Score, &v.GuessesLog10, &flags, &at); err != nil {
		return Verdict{}, err
	}
	if flags != "" {
		v.Flags = strings.Split(flags, ",")
	}
	t, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return Verdict{}, fmt.Errorf("verdict for %s has a bad date %q: %w", v.Account, at, err)
	}
	v.CheckedAt = t
	return v, nil
}
