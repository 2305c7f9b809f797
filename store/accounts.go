package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
)

// ErrExists is returned when adding an account whose id is already taken.
var ErrExists = errors.New("already exists")

// Limits on what an account row accepts; the schema enforces the same.
const (
	MaxAccountIDLen = 200
	MaxNameLen      = 200
	MaxCategoryLen  = 40
	MaxNoteLen      = 4000
)

// Account is one service in the inventory. ID is a catalogue id or a custom
// id ("custom-my-gym"); CatalogID is "" for a custom service. Category is
// the user's own (always for a custom service, optional otherwise: "" means
// the catalogue's).
type Account struct {
	ID               string            `json:"id"`
	CatalogID        string            `json:"catalog_id,omitempty"`
	Name             string            `json:"name"`
	Category         string            `json:"category,omitempty"`
	Holds            []checks.DataKind `json:"holds"`
	Dormant          bool              `json:"dormant"`
	SecondFactor     risk.SecondFactor `json:"second_factor"`
	PasswordReused   bool              `json:"password_reused"`
	RealNameVerified bool              `json:"real_name_verified"`
	Note             string            `json:"note,omitempty"`
	CreatedAt        time.Time         `json:"created_at"`
	UpdatedAt        time.Time         `json:"updated_at"`
}

// ValidSecondFactor reports whether f can be stored.
func ValidSecondFactor(f risk.SecondFactor) bool {
	switch f {
	case risk.FactorNone, risk.FactorSMS, risk.FactorApp, risk.FactorKey, risk.FactorUnknown:
		return true
	}
	return false
}

// Validate checks a before it is written, so a bad value gets a clear error
// rather than a constraint failure.
func (a Account) Validate() error {
	switch {
	case strings.TrimSpace(a.ID) == "" || len(a.ID) > MaxAccountIDLen:
		return fmt.Errorf("account id must be 1 to %d bytes", MaxAccountIDLen)
	case len(a.CatalogID) > MaxAccountIDLen:
		return fmt.Errorf("catalogue id must be at most %d bytes", MaxAccountIDLen)
	case len(a.Name) > MaxNameLen:
		return fmt.Errorf("name must be at most %d bytes", MaxNameLen)
	case len(a.Category) > MaxCategoryLen:
		return fmt.Errorf("category must be at most %d bytes", MaxCategoryLen)
	case len(a.Note) > MaxNoteLen:
		return fmt.Errorf("note must be at most %d bytes", MaxNoteLen)
	case a.SecondFactor != "" && !ValidSecondFactor(a.SecondFactor):
		return fmt.Errorf("unknown second factor %q", a.SecondFactor)
	}
	for _, k := range a.Holds {
		if !k.Valid() {
			return fmt.Errorf("unknown data kind %q", k)
		}
	}
	return nil
}

// Accounts is the inventory repository. It holds no state. Methods that
// write more than one row run in a transaction of their own when h is a
// *DB, and inside the caller's when h is one.
type Accounts struct{}

// Add inserts a new account, or returns ErrExists. Timestamps are set here.
func (r Accounts) Add(ctx context.Context, h Handle, a Account) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return atomically(ctx, h, func(h Handle) error {
		if _, err := r.Get(ctx, h, a.ID); err == nil {
			return fmt.Errorf("account %s: %w", a.ID, ErrExists)
		} else if !errors.Is(err, ErrNotFound) {
			return err
		}
		now := time.Now().UTC()
		a.CreatedAt, a.UpdatedAt = now, now
		return insertAccount(ctx, h, a)
	})
}

// Update replaces every field of an existing account (its kinds included)
// and bumps UpdatedAt; ErrNotFound if there is none.
func (r Accounts) Update(ctx context.Context, h Handle, a Account) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return atomically(ctx, h, func(h Handle) error {
		res, err := h.ExecContext(ctx, `UPDATE account SET catalog_id = ?, name = ?, category = ?, dormant = ?,
			second_factor = ?, password_reused = ?, real_name_verified = ?, note = ?, updated_at = ?
			WHERE id = ?`,
			nullable(a.CatalogID), a.Name, a.Category, a.Dormant, factorOrUnknown(a.SecondFactor),
			a.PasswordReused, a.RealNameVerified, a.Note, stamp(time.Now()), a.ID)
		if err != nil {
			return fmt.Errorf("update account %s: %w", a.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("account %s: %w", a.ID, ErrNotFound)
		}
		if _, err := h.ExecContext(ctx, "DELETE FROM account_data_kind WHERE account_id = ?", a.ID); err != nil {
			return fmt.Errorf("update data kinds of %s: %w", a.ID, err)
		}
		return insertKinds(ctx, h, a.ID, a.Holds)
	})
}

// Get returns the account with id, or ErrNotFound.
func (Accounts) Get(ctx context.Context, h Handle, id string) (Account, error) {
	row := h.QueryRowContext(ctx, "SELECT "+accountColumns+" FROM account WHERE id = ?", id)
	a, err := scanAccount(row.Scan)
	if errors.Is(err, sql.ErrNoRows) {
		return Account{}, fmt.Errorf("account %s: %w", id, ErrNotFound)
	}
	return a, err
}

// List returns every account, ordered by id, with its data kinds.
func (Accounts) List(ctx context.Context, h Handle) ([]Account, error) {
	rows, err := h.QueryContext(ctx, "SELECT "+accountColumns+" FROM account ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("list accounts: %w", err)
	}
	defer rows.Close()
	var out []Account
	for rows.Next() {
		a, err := scanAccount(rows.Scan)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list accounts: %w", err)
	}
	return out, nil
}

// Count returns how many accounts the inventory holds.
func (Accounts) Count(ctx context.Context, h Handle) (int, error) {
	var n int
	if err := h.QueryRowContext(ctx, "SELECT count(*) FROM account").Scan(&n); err != nil {
		return 0, fmt.Errorf("count accounts: %w", err)
	}
	return n, nil
}

// Delete removes the account and keeps it, with its kinds, as the one
// delete that UndoDelete can bring back. ErrNotFound if there is none.
func (r Accounts) Delete(ctx context.Context, h Handle, id string) error {
	return atomically(ctx, h, func(h Handle) error {
		a, err := r.Get(ctx, h, id)
		if err != nil {
			return err
		}
		b, err := json.Marshal(a)
		if err != nil {
			return fmt.Errorf("keep account %s for undo: %w", id, err)
		}
		if _, err := h.ExecContext(ctx, `INSERT INTO deleted_account(slot, account, deleted_at) VALUES (1, ?, ?)
			ON CONFLICT(slot) DO UPDATE SET account = excluded.account, deleted_at = excluded.deleted_at`,
			string(b), stamp(time.Now())); err != nil {
			return fmt.Errorf("keep account %s for undo: %w", id, err)
		}
		if _, err := h.ExecContext(ctx, "DELETE FROM account WHERE id = ?", id); err != nil {
			return fmt.Errorf("delete account %s: %w", id, err)
		}
		return nil
	})
}

// LastDeleted returns the account UndoDelete would restore, or ErrNotFound.
func (Accounts) LastDeleted(ctx context.Context, h Handle) (Account, error) {
	var raw string
	err := h.QueryRowContext(ctx, "SELECT account FROM deleted_account WHERE slot = 1").Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return Account{}, fmt.Errorf("no deleted account: %w", ErrNotFound)
	}
	if err != nil {
		return Account{}, fmt.Errorf("read the deleted account: %w", err)
	}
	var a Account
	if err := json.Unmarshal([]byte(raw), &a); err != nil {
		return Account{}, fmt.Errorf("read the deleted account: %w", err)
	}
	return a, nil
}

// UndoDelete restores the last deleted account as it was (dates included)
// and returns it. ErrNotFound when there is nothing to undo; ErrExists when
// an account with its id was added since, in which case the undo is kept.
func (r Accounts) UndoDelete(ctx context.Context, h Handle) (Account, error) {
	var a Account
	err := atomically(ctx, h, func(h Handle) error {
		var err error
		if a, err = r.LastDeleted(ctx, h); err != nil {
			return err
		}
		if _, err := r.Get(ctx, h, a.ID); err == nil {
			return fmt.Errorf("account %s: %w", a.ID, ErrExists)
		} else if !errors.Is(err, ErrNotFound) {
			return err
		}
		if err := a.Validate(); err != nil {
			return fmt.Errorf("restore account %s: %w", a.ID, err)
		}
		if err := insertAccount(ctx, h, a); err != nil {
			return err
		}
		_, err = h.ExecContext(ctx, "DELETE FROM deleted_account WHERE slot = 1")
		return err
	})
	return a, err
}

// accountColumns reads the kinds in the same row, comma-joined: one row
// per account instead of one per kind halved the cost of listing 1,000.
const accountColumns = `id, coalesce(catalog_id, ''), name, category, dormant, second_factor,
	password_reused, real_name_verified, note, created_at, updated_at,
	coalesce((SELECT group_concat(kind) FROM account_data_kind WHERE account_id = account.id), '')`

func scanAccount(scan func(...any) error) (Account, error) {
	var (
		a              Account
		factor         string
		created, upd   string
		kinds          string
		dormant, reuse bool
		realName       bool
	)
	if err := scan(&a.ID, &a.CatalogID, &a.Name, &a.Category, &dormant, &factor,
		&reuse, &realName, &a.Note, &created, &upd, &kinds); err != nil {
		return Account{}, err
	}
	a.Dormant, a.PasswordReused, a.RealNameVerified = dormant, reuse, realName
	a.SecondFactor = risk.SecondFactor(factor)
	if kinds != "" {
		for _, k := range strings.Split(kinds, ",") {
			a.Holds = append(a.Holds, checks.DataKind(k))
		}
		slices.SortFunc(a.Holds, func(x, y checks.DataKind) int { return kindOrder(x) - kindOrder(y) })
	}
	var err error
	if a.CreatedAt, err = time.Parse(time.RFC3339Nano, created); err != nil {
		return Account{}, fmt.Errorf("account %s has a bad date %q: %w", a.ID, created, err)
	}
	if a.UpdatedAt, err = time.Parse(time.RFC3339Nano, upd); err != nil {
		return Account{}, fmt.Errorf("account %s has a bad date %q: %w", a.ID, upd, err)
	}
	return a, nil
}

func kindOrder(k checks.DataKind) int { return slices.Index(checks.AllDataKinds, k) }

func insertAccount(ctx context.Context, h Handle, a Account) error {
	if a.CreatedAt.IsZero() {
		a.CreatedAt = time.Now()
	}
	if a.UpdatedAt.IsZero() {
		a.UpdatedAt = a.CreatedAt
	}
	_, err := h.ExecContext(ctx, `INSERT INTO account(id, catalog_id, name, category, dormant, second_factor,
		password_reused, real_name_verified, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, nullable(a.CatalogID), a.Name, a.Category, a.Dormant, factorOrUnknown(a.SecondFactor),
		a.PasswordReused, a.RealNameVerified, a.Note, stamp(a.CreatedAt), stamp(a.UpdatedAt))
	if err != nil {
		return fmt.Errorf("save account %s: %w", a.ID, err)
	}
	return insertKinds(ctx, h, a.ID, a.Holds)
}

func insertKinds(ctx context.Context, h Handle, id string, kinds []checks.DataKind) error {
	for _, k := range kinds {
		if _, err := h.ExecContext(ctx,
			"INSERT OR IGNORE INTO account_data_kind(account_id, kind) VALUES (?, ?)", id, string(k)); err != nil {
			return fmt.Errorf("save data kind %s of %s: %w", k, id, err)
		}
	}
	return nil
}

func factorOrUnknown(f risk.SecondFactor) string {
	if f == "" {
		return string(risk.FactorUnknown)
	}
	return string(f)
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// stamp is the one date format of the inventory tables: UTC, RFC 3339 with
// nanoseconds, so dates round-trip exactly.
func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// atomically runs fn in a transaction when h is the database itself; when h
// is already a transaction, the caller owns it.
func atomically(ctx context.Context, h Handle, fn func(Handle) error) error {
	if db, ok := h.(*DB); ok {
		return db.Tx(ctx, fn)
	}
	return fn(h)
}
