package tui

import (
	"context"
	"errors"
	"fmt"

	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/password"
)

func (a *Adapter) PutVerdict(ctx context.Context, v store.Verdict) error {
	return store.Verdicts{}.Put(ctx, a.DB, v)
}

// Accounts lists the inventory, so a verdict can go to a catalogued
// account; before the inventory exists there is simply nothing to offer.
func (a *Adapter) Accounts(ctx context.Context) ([]password.Account, error) {
	var n int
	if err := a.DB.QueryRowContext(ctx,
		"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'account'").Scan(&n); err != nil {
		return nil, fmt.Errorf("look for the inventory: %w", err)
	}
	if n == 0 {
		return nil, nil
	}
	rows, err := a.DB.QueryContext(ctx, "SELECT id, name FROM account ORDER BY lower(name), id")
	if err != nil {
		return nil, fmt.Errorf("list accounts: %w", err)
	}
	defer rows.Close()
	var out []password.Account
	for rows.Next() {
		var acc password.Account
		if err := rows.Scan(&acc.ID, &acc.Name); err != nil {
			return nil, err
		}
		out = append(out, acc)
	}
	return out, rows.Err()
}

func (a *Adapter) HIBPFile(ctx context.Context) (string, error) {
	v, err := store.Settings{}.Get(ctx, a.DB, password.SettingHIBPFile)
	if errors.Is(err, store.ErrNotFound) {
		return "", nil
	}
	return v, err
}

func (a *Adapter) SetHIBPFile(ctx context.Context, path string) error {
	if path == "" {
		return store.Settings{}.Delete(ctx, a.DB, password.SettingHIBPFile)
	}
	return store.Settings{}.Set(ctx, a.DB, password.SettingHIBPFile, path)
}
