package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func openTemp(t *testing.T) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "footprint.db")
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

func mode(t *testing.T, path string) os.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

func TestOpenCreatesPrivateFileAndRecordsMigrations(t *testing.T) {
	db, path := openTemp(t)
	if !db.Notice().Created {
		t.Error("a new file is not reported as created")
	}
	ctx := context.Background()
	if err := (Settings{}).Set(ctx, db, "k", "v"); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if m := mode(t, p); m != 0o600 {
			t.Errorf("%s has mode %o, want 600", filepath.Base(p), m)
		}
	}
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations").Scan(&n); err != nil {
		t.Fatal(err)
	}
	ms, _ := Migrations()
	if n != len(ms) || n == 0 {
		t.Errorf("%d migrations recorded, %d embedded", n, len(ms))
	}
	var appID int64
	db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID)
	if appID != ApplicationID {
		t.Errorf("application_id = %#x", appID)
	}
	var jm string
	db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&jm)
	var fk, sd int
	db.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk)
	db.QueryRowContext(ctx, "PRAGMA secure_delete").Scan(&sd)
	if jm != "wal" || fk != 1 || sd != 1 {
		t.Errorf("pragmas: journal_mode=%s foreign_keys=%d secure_delete=%d", jm, fk, sd)
	}
}

func TestReopenIsIdempotent(t *testing.T) {
	db, path := openTemp(t)
	ctx := context.Background()
	if err := (Settings{}).Set(ctx, db, SettingLanguage, "zh"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db2, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db2.Close()
	if db2.Notice().Created {
		t.Error("reopen reported as created")
	}
	v, err := (Settings{}).Get(ctx, db2, SettingLanguage)
	if err != nil || v != "zh" {
		t.Errorf("language after reopen = %q, %v", v, err)
	}
}

func TestOpenDefaultMakesPrivateFolder(t *testing.T) {
	if os.PathSeparator != '/' {
		t.Skip("XDG paths are for Unix")
	}
	base := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(base, "data"))
	t.Setenv("HOME", base)
	db, err := OpenDefault(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	want := filepath.Join(base, "data", "footprint", "footprint.db")
	if db.Path() != want {
		t.Errorf("path %s, want %s", db.Path(), want)
	}
	if m := mode(t, filepath.Dir(want)); m != 0o700 {
		t.Errorf("folder mode %o, want 700", m)
	}
	if m := mode(t, want); m != 0o600 {
		t.Errorf("file mode %o, want 600", m)
	}
}

func TestWidePermissionsAreTightened(t *testing.T) {
	db, path := openTemp(t)
	db.Close()
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	db2, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if !db2.Notice().Tightened {
		t.Error("tightening not reported")
	}
	if m := mode(t, path); m != 0o600 {
		t.Errorf("mode %o after open, want 600", m)
	}
}

// Each refusal names the file, leaves its bytes as they were, and creates
// no side files.
func TestRefusalsTouchNothing(t *testing.T) {
	ctx := context.Background()
	cases := map[string]struct {
		make func(t *testing.T, path string)
		kind OpenKind
	}{
		"text file": {func(t *testing.T, p string) {
			os.WriteFile(p, []byte("my shopping list\nmilk\n"), 0o600)
		}, ErrNotSQLite},
		"short file": {func(t *testing.T, p string) {
			os.WriteFile(p, []byte("SQLite format 3\x00"), 0o600)
		}, ErrNotSQLite},
		"foreign sqlite": {func(t *testing.T, p string) {
			sdb, err := sql.Open("sqlite", "file:"+p)
			if err != nil {
				t.Fatal(err)
			}
			defer sdb.Close()
			if _, err := sdb.Exec("CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES ('hello')"); err != nil {
				t.Fatal(err)
			}
		}, ErrForeign},
		"other application id": {func(t *testing.T, p string) {
			sdb, _ := sql.Open("sqlite", "file:"+p)
			defer sdb.Close()
			if _, err := sdb.Exec("PRAGMA application_id = 12345; CREATE TABLE t(x)"); err != nil {
				t.Fatal(err)
			}
		}, ErrForeign},
		"damaged": {func(t *testing.T, p string) {
			makeDamaged(t, p)
		}, ErrDamaged},
		"newer footprint": {func(t *testing.T, p string) {
			db, err := Open(ctx, p)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec("INSERT INTO schema_migrations(version, name) VALUES (9999, 'future')"); err != nil {
				t.Fatal(err)
			}
			db.Close()
		}, ErrTooNew},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "x.db")
			c.make(t, path)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			filesBefore, _ := os.ReadDir(dir)
			_, err = Open(ctx, path)
			oe, ok := AsOpenError(err)
			if !ok || oe.Kind != c.kind {
				t.Fatalf("Open = %v, want kind %d", err, c.kind)
			}
			if oe.Path != path {
				t.Errorf("error names %q, want %q", oe.Path, path)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Error("the refused file's bytes changed")
			}
			filesAfter, _ := os.ReadDir(dir)
			if len(filesAfter) != len(filesBefore) {
				t.Errorf("files in folder: %d before, %d after", len(filesBefore), len(filesAfter))
			}
		})
	}
}

// makeDamaged writes a real footprint database, then scribbles over its
// pages after the header, as a failing disk or a bad copy would.
func makeDamaged(t *testing.T, path string) {
	t.Helper()
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 200; i++ {
		if err := (Settings{}).Set(context.Background(), db, string(rune('a'+i%26))+string(rune(i)), string(make([]byte, 100))); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 100; i < len(b); i += 7 {
		b[i] = 0xA5
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestBadPaths(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := Open(ctx, dir); !isKind(err, ErrIsDir) {
		t.Errorf("a folder: %v", err)
	}
	missing := filepath.Join(dir, "nope", "footprint.db")
	if _, err := Open(ctx, missing); !isKind(err, ErrNoFolder) {
		t.Errorf("missing folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "nope")); !errors.Is(err, os.ErrNotExist) {
		t.Error("the missing folder was created")
	}
	file := filepath.Join(dir, "plain")
	os.WriteFile(file, []byte("x"), 0o600)
	if _, err := Open(ctx, filepath.Join(file, "footprint.db")); !isKind(err, ErrParentNotDir) {
		t.Errorf("parent is a file: %v", err)
	}
	if os.Geteuid() == 0 {
		t.Log("running as root: permission refusals cannot be provoked, skipped")
		return
	}
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o500)
	if _, err := Open(ctx, filepath.Join(ro, "footprint.db")); !isKind(err, ErrNotWritable) {
		t.Errorf("read-only folder: %v", err)
	}
	entries, _ := os.ReadDir(ro)
	if len(entries) != 0 {
		t.Error("a file was created in a read-only folder")
	}
	db, path := openTemp(t)
	db.Close()
	os.Chmod(path, 0o000)
	if _, err := Open(ctx, path); !isKind(err, ErrUnreadable) {
		t.Errorf("unreadable file: %v", err)
	}
}

func isKind(err error, k OpenKind) bool {
	oe, ok := AsOpenError(err)
	return ok && oe.Kind == k
}

func TestGuestDatabaseWritesNothing(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	db, err := OpenMemory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := (Profiles{}).SetField(ctx, db, FieldFullName, "Li Lei"); err != nil {
		t.Fatal(err)
	}
	p, err := (Profiles{}).Get(ctx, db)
	if err != nil || p.FullName != "Li Lei" {
		t.Fatalf("guest profile = %+v, %v", p, err)
	}
	if !db.Guest() || db.Path() != "" {
		t.Error("guest database has a path")
	}
	db.Close()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("guest mode wrote %d files", len(entries))
	}
}

func TestMigrationNamesAreWellFormed(t *testing.T) {
	ms, err := Migrations()
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range ms {
		if m.Version != i+1 {
			t.Errorf("migration %d has version %d: versions must be 1, 2, 3 … with no gap", i, m.Version)
		}
	}
}

// A database from an older footprint (here: only the first migration
// applied) is brought up to date on open, keeping what it held.
func TestOlderDatabaseIsMigrated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	ms, err := Migrations()
	if err != nil || len(ms) < 2 {
		t.Fatalf("need at least two migrations: %v", err)
	}
	sdb, err := sql.Open("sqlite", DSN(path))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT '')",
		ms[0].SQL,
		"INSERT INTO schema_migrations(version, name) VALUES (1, 'foundation')",
		"PRAGMA application_id = " + fmt.Sprint(ApplicationID),
		"INSERT INTO setting(key, value) VALUES ('language', 'zh')",
	} {
		if _, err := sdb.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	sdb.Close()
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open an older database: %v", err)
	}
	defer db.Close()
	var v int
	db.QueryRow("SELECT max(version) FROM schema_migrations").Scan(&v)
	if v != LatestVersion() {
		t.Errorf("schema version %d after open, want %d", v, LatestVersion())
	}
	if lang, _ := (Settings{}).Get(context.Background(), db, SettingLanguage); lang != "zh" {
		t.Errorf("a setting was lost in the migration: %q", lang)
	}
}
