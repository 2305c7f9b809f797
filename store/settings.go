package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Setting keys shared by several screens.
const (
	SettingLanguage = "language" // "en" or "zh"
	SettingWelcomed = "welcomed" // "1" once the first-run welcome was dismissed
)

// Settings is the key/value settings repository. It holds no state.
type Settings struct{}

// Get returns the value of key, or ErrNotFound.
func (Settings) Get(ctx context.Context, h Handle, key string) (string, error) {
	var v string
	err := h.QueryRowContext(ctx, "SELECT value FROM setting WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("read setting %s: %w", key, err)
	}
	return v, nil
}

// Set stores value under key.
func (Settings) Set(ctx context.Context, h Handle, key, value string) error {
	_, err := h.ExecContext(ctx,
		"INSERT INTO setting(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
		key, value)
	if err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	return nil
}

// Delete removes key; deleting a missing key is not an error.
func (Settings) Delete(ctx context.Context, h Handle, key string) error {
	if _, err := h.ExecContext(ctx, "DELETE FROM setting WHERE key = ?", key); err != nil {
		return fmt.Errorf("delete setting %s: %w", key, err)
	}
	return nil
}
