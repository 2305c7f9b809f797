package tui

import (
	"context"
	"errors"

	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/password"
)

func (a *Adapter) PutVerdict(ctx context.Context, v store.Verdict) error {
	return store.Verdicts{}.Put(ctx, a.DB, v)
}

// Accounts lists the inventory, so a verdict can go to a catalogued
// account rather than a free name.
func (a *Adapter) Accounts(ctx context.Context) ([]password.Account, error) {
	list, err := store.Accounts{}.List(ctx, a.DB)
	if err != nil {
		return nil, err
	}
	out := make([]password.Account, 0, len(list))
	for _, acc := range list {
		out = append(out, password.Account{ID: acc.ID, Name: acc.Name})
	}
	return out, nil
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
