package tui

import (
	"context"
	"errors"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
)

// Adapter serves the screens' small store interfaces from one database, so
// no screen runs SQL itself.
type Adapter struct {
	DB *store.DB
}

func (a *Adapter) SaveLang(ctx context.Context, l i18n.Lang) error {
	return store.Settings{}.Set(ctx, a.DB, store.SettingLanguage, string(l))
}

func (a *Adapter) Welcomed(ctx context.Context) (bool, error) {
	v, err := store.Settings{}.Get(ctx, a.DB, store.SettingWelcomed)
	if errors.Is(err, store.ErrNotFound) {
		return false, nil
	}
	return v == "1", err
}

func (a *Adapter) SetWelcomed(ctx context.Context) error {
	return store.Settings{}.Set(ctx, a.DB, store.SettingWelcomed, "1")
}

func (a *Adapter) Profile(ctx context.Context) (store.Profile, error) {
	return store.Profiles{}.Get(ctx, a.DB)
}

func (a *Adapter) SetProfileField(ctx context.Context, f store.ProfileField, v string) error {
	return store.Profiles{}.SetField(ctx, a.DB, f, v)
}

func (a *Adapter) ClearProfile(ctx context.Context) error {
	return store.Profiles{}.Clear(ctx, a.DB)
}
