package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Migration is one numbered schema step, from migrations/NNNN_name.sql.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

var (
	migrationsOnce sync.Once
	migrations     []Migration
	migrationsErr  error
)

// Migrations returns the embedded migrations in order.
func Migrations() ([]Migration, error) {
	migrationsOnce.Do(func() { migrations, migrationsErr = parseMigrations(migrationFiles) })
	return migrations, migrationsErr
}

// LatestVersion is the newest schema this binary knows.
func LatestVersion() int {
	ms, err := Migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].Version
}

func parseMigrations(fsys fs.FS) ([]Migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []Migration
	seen := map[int]string{}
	for _, n := range names {
		base := strings.TrimSuffix(path.Base(n), ".sql")
		num, name, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must be NNNN_name.sql", n)
		}
		if prev, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %s and %s share version %d", prev, n, v)
		}
		seen[v] = n
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		out = append(out, Migration{Version: v, Name: name, SQL: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// migrate applies the pending migrations in one transaction and records
// each; a second process starting at the same moment waits for the write
// lock and then finds nothing left to do.
func migrate(ctx context.Context, db *DB) error {
	ms, err := Migrations()
	if err != nil {
		return err
	}
	if upToDate(ctx, db) {
		// Nothing to apply: skip the write transaction (and its fsync),
		// which would otherwise cost every start a few milliseconds.
		return nil
	}
	return db.Tx(ctx, func(h Handle) error {
		if _, err := h.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version    INTEGER PRIMARY KEY,
			name       TEXT NOT NULL,
			applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
		)`); err != nil {
			return fmt.Errorf("create schema_migrations: %w", err)
		}
		var current int
		if err := h.QueryRowContext(ctx, "SELECT coalesce(max(version),0) FROM schema_migrations").Scan(&current); err != nil {
			return fmt.Errorf("read schema version: %w", err)
		}
		if latest := LatestVersion(); current > latest {
			return &OpenError{Path: db.path, Kind: ErrTooNew}
		}
		for _, m := range ms {
			if m.Version <= current {
				continue
			}
			if _, err := h.ExecContext(ctx, m.SQL); err != nil {
				return fmt.Errorf("migration %04d_%s: %w", m.Version, m.Name, err)
			}
			if _, err := h.ExecContext(ctx, "INSERT INTO schema_migrations(version, name) VALUES (?, ?)", m.Version, m.Name); err != nil {
				return fmt.Errorf("record migration %d: %w", m.Version, err)
			}
		}
		if _, err := h.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
			return fmt.Errorf("mark database: %w", err)
		}
		return nil
	})
}

// upToDate reports, by reading only, whether db is footprint's and already
// at the newest schema this binary knows.
func upToDate(ctx context.Context, db *DB) bool {
	var appID int64
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil || appID != ApplicationID {
		return false
	}
	var version int
	if err := db.QueryRowContext(ctx, "SELECT coalesce(max(version),0) FROM schema_migrations").Scan(&version); err != nil {
		return false
	}
	return version == LatestVersion()
}
