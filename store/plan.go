package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/footprint-audit/footprint/checks/risk"
)

// ActionState is what the user decided about one plan action. An open
// action has no stored state.
type ActionState struct {
	ActionID string     `json:"action_id"`
	State    risk.State `json:"state"` // done or skipped
	Reason   string     `json:"reason,omitempty"`
	At       time.Time  `json:"at"`
}

// MaxReasonLen bounds the note a user gives for "not for me".
const MaxReasonLen = 1000

// PlanStates is the repository of action states. It holds no state.
type PlanStates struct{}

// Set records state (done or skipped) for actionID. Marking an action with
// the state it already has keeps its first date: a done action keeps the
// day it was done.
func (PlanStates) Set(ctx context.Context, h Handle, s ActionState) error {
	if s.State != risk.Done && s.State != risk.Skipped {
		return fmt.Errorf("action %s: state must be done or skipped, not %q", s.ActionID, s.State)
	}
	if s.ActionID == "" || len(s.ActionID) > 300 {
		return fmt.Errorf("action id must be 1 to 300 bytes")
	}
	if len(s.Reason) > MaxReasonLen {
		return fmt.Errorf("reason must be at most %d bytes", MaxReasonLen)
	}
	if s.At.IsZero() {
		s.At = time.Now()
	}
	_, err := h.ExecContext(ctx, `INSERT INTO action_state(action_id, state, reason, at) VALUES (?, ?, ?, ?)
		ON CONFLICT(action_id) DO UPDATE SET reason = excluded.reason,
			at = CASE WHEN state = excluded.state THEN at ELSE excluded.at END,
			state = excluded.state`,
		s.ActionID, string(s.State), s.Reason, stamp(s.At))
	if err != nil {
		return fmt.Errorf("save the state of %s: %w", s.ActionID, err)
	}
	return nil
}

// Clear reopens actionID; clearing an open action is not an error.
func (PlanStates) Clear(ctx context.Context, h Handle, actionID string) error {
	if _, err := h.ExecContext(ctx, "DELETE FROM action_state WHERE action_id = ?", actionID); err != nil {
		return fmt.Errorf("reopen %s: %w", actionID, err)
	}
	return nil
}

// Get returns the state of actionID, or ErrNotFound when it is open.
func (PlanStates) Get(ctx context.Context, h Handle, actionID string) (ActionState, error) {
	row := h.QueryRowContext(ctx, "SELECT action_id, state, reason, at FROM action_state WHERE action_id = ?", actionID)
	s, err := scanActionState(row.Scan)
	if errors.Is(err, sql.ErrNoRows) {
		return ActionState{}, fmt.Errorf("action %s: %w", actionID, ErrNotFound)
	}
	return s, err
}

// List returns every stored state, by action id.
func (PlanStates) List(ctx context.Context, h Handle) ([]ActionState, error) {
	rows, err := h.QueryContext(ctx, "SELECT action_id, state, reason, at FROM action_state ORDER BY action_id")
	if err != nil {
		return nil, fmt.Errorf("list action states: %w", err)
	}
	defer rows.Close()
	var out []ActionState
	for rows.Next() {
		s, err := scanActionState(rows.Scan)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func scanActionState(scan func(...any) error) (ActionState, error) {
	var (
		s         ActionState
		state, at string
	)
	if err := scan(&s.ActionID, &state, &s.Reason, &at); err != nil {
		return ActionState{}, err
	}
	s.State = risk.State(state)
	t, err := time.Parse(time.RFC3339Nano, at)
	if err != nil {
		return ActionState{}, fmt.Errorf("action %s has a bad date %q: %w", s.ActionID, at, err)
	}
	s.At = t
	return s, nil
}
