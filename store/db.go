// Package store keeps footprint's data in one SQLite file (modernc.org/sqlite,
// no cgo): where it lives, who may read it, the pragmas every connection gets,
// the numbered migrations, and stateless repositories.
//
// Opening never damages what it finds: every check of an existing file runs
// before the first write, and a file that is not footprint's, is damaged or
// comes from a newer footprint is refused with an *OpenError.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ApplicationID marks a SQLite file as footprint's ("FPRT").
const ApplicationID = 0x46505254

// Handle is what repositories run their SQL on: the database itself or a
// transaction, so the caller decides where a transaction begins and ends.
type Handle interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// DB is an open footprint database.
type DB struct {
	*sql.DB
	path   string // "" in guest mode
	notice Notice
}

// Notice reports what Open changed that the user should hear about.
type Notice struct {
	Created   bool // a new database was created
	Tightened bool // permissions wider than 0600 were narrowed to 0600
}

// Path is the database file, or "" for an in-memory (guest) database.
func (db *DB) Path() string { return db.path }

// Guest reports whether the database lives in memory only.
func (db *DB) Guest() bool { return db.path == "" }

// Notice says what Open changed.
func (db *DB) Notice() Notice { return db.notice }

// pragmas go in the connection string so that every pooled connection gets
// them. _txlock=immediate takes the write lock at BEGIN, so two footprint
// processes queue on busy_timeout instead of failing a lock upgrade.
const pragmas = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)" +
	"&_pragma=synchronous(FULL)&_pragma=secure_delete(1)&_pragma=temp_store(MEMORY)&_txlock=immediate"

// DSN is the production connection string for path; tests use it too.
func DSN(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x → /C:/x, as SQLite URIs want
	}
	return (&url.URL{Scheme: "file", Path: p, RawQuery: pragmas}).String()
}

// inspectDSN opens an existing file for reading only its header and schema.
func inspectDSN(path string) string {
	abs, _ := filepath.Abs(path)
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p, RawQuery: "mode=ro&_pragma=busy_timeout(10000)"}).String()
}

var sqliteMagic = []byte("SQLite format 3\x00")

// Open opens (creating if needed) the database at path and migrates it.
// The folder must exist unless it is the default one (see OpenDefault).
func Open(ctx context.Context, path string) (*DB, error) {
	var notice Notice
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return nil, &OpenError{Path: path, Kind: ErrIsDir}
	case err == nil:
		if err := inspect(ctx, path, fi); err != nil {
			return nil, err
		}
		if fi.Mode().Perm()&0o077 != 0 {
			if err := tighten(path); err != nil {
				return nil, &OpenError{Path: path, Kind: ErrNotWritable, Err: err}
			}
			notice.Tightened = true
		}
	case errors.Is(err, fs.ErrNotExist):
		switch err := create(path); {
		case err == nil:
			notice.Created = true
		case errors.Is(err, fs.ErrExist):
			// Another footprint created it a moment ago: open it as theirs.
			fi, err := os.Stat(path)
			if err != nil {
				return nil, &OpenError{Path: path, Kind: ErrUnreadable, Err: err}
			}
			if err := inspect(ctx, path, fi); err != nil {
				return nil, err
			}
		default:
			return nil, err
		}
	default:
		if pi, perr := os.Stat(filepath.Dir(path)); perr == nil && !pi.IsDir() {
			return nil, &OpenError{Path: path, Kind: ErrParentNotDir}
		} else if perr != nil && !errors.Is(perr, fs.ErrNotExist) {
			if _, gerr := os.Stat(filepath.Dir(filepath.Dir(path))); gerr == nil {
				return nil, &OpenError{Path: path, Kind: ErrParentNotDir}
			}
		}
		return nil, &OpenError{Path: path, Kind: ErrUnreadable, Err: err}
	}

	sdb, err := sql.Open("sqlite", DSN(path))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db := &DB{DB: sdb, path: path, notice: notice}
	if err := migrate(ctx, db); err != nil {
		sdb.Close()
		if notice.Created {
			removeDatabaseFiles(path)
		}
		return nil, err
	}
	return db, nil
}

// OpenDefault opens the database in the user's data folder, creating the
// folder 0700 first.
func OpenDefault(ctx context.Context) (*DB, error) {
	path, err := DefaultPath()
	if err != nil {
		return nil, fmt.Errorf("find the data folder: %w", err)
	}
	if err := EnsurePrivateDir(filepath.Dir(path)); err != nil {
		if oe, ok := AsOpenError(err); ok {
			return nil, oe
		}
		return nil, &OpenError{Path: path, Kind: ErrNotWritable, Err: err}
	}
	return Open(ctx, path)
}

// OpenMemory opens a database that lives in memory only (guest mode).
// Nothing is written to disk: temporary tables and sorts stay in memory too.
func OpenMemory(ctx context.Context) (*DB, error) {
	sdb, err := sql.Open("sqlite", "file::memory:?_pragma=foreign_keys(1)&_pragma=temp_store(MEMORY)")
	if err != nil {
		return nil, err
	}
	// Each connection to :memory: is its own database: keep exactly one.
	sdb.SetMaxOpenConns(1)
	sdb.SetMaxIdleConns(1)
	sdb.SetConnMaxLifetime(0)
	sdb.SetConnMaxIdleTime(0)
	db := &DB{DB: sdb}
	if err := migrate(ctx, db); err != nil {
		sdb.Close()
		return nil, err
	}
	return db, nil
}

// create makes an empty 0600 file, which SQLite accepts as a new database;
// its WAL and shared-memory files inherit the mode.
func create(path string) error {
	dir := filepath.Dir(path)
	di, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &OpenError{Path: path, Kind: ErrNoFolder}
	case err != nil:
		return &OpenError{Path: path, Kind: ErrUnreadable, Err: err}
	case !di.IsDir():
		return &OpenError{Path: path, Kind: ErrParentNotDir}
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return &OpenError{Path: path, Kind: ErrNotWritable, Err: err}
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return &OpenError{Path: path, Kind: ErrNotWritable, Err: err}
	}
	// The umask may have narrowed it further; never widen, but make sure
	// the owner can read and write.
	return os.Chmod(path, 0o600)
}

// inspect refuses, without writing a byte, a file that footprint must not
// open: not SQLite, not ours, damaged, or from a newer footprint. Reading a
// WAL-mode file makes SQLite create its -wal and -shm files; when the file
// is refused, the ones this call created are removed again.
func inspect(ctx context.Context, path string, fi os.FileInfo) error {
	var created []string
	for _, side := range []string{path + "-wal", path + "-shm"} {
		if _, err := os.Lstat(side); errors.Is(err, fs.ErrNotExist) {
			created = append(created, side)
		}
	}
	err := inspectFile(ctx, path, fi)
	if err != nil {
		for _, side := range created {
			if si, serr := os.Lstat(side); serr == nil && (si.Size() == 0 || strings.HasSuffix(side, "-shm")) {
				os.Remove(side)
			}
		}
	}
	return err
}

func inspectFile(ctx context.Context, path string, fi os.FileInfo) error {
	f, err := os.Open(path)
	if err != nil {
		return &OpenError{Path: path, Kind: ErrUnreadable, Err: err}
	}
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	f.Close()
	if fi.Size() == 0 {
		return nil // an empty file is a new database
	}
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return &OpenError{Path: path, Kind: ErrUnreadable, Err: err}
	}
	if n < 100 || !bytes.Equal(head[:16], sqliteMagic) {
		return &OpenError{Path: path, Kind: ErrNotSQLite}
	}
	if w, err := os.OpenFile(path, os.O_WRONLY, 0); err != nil {
		return &OpenError{Path: path, Kind: ErrNotWritable, Err: err}
	} else {
		w.Close()
	}

	sdb, err := sql.Open("sqlite", inspectDSN(path))
	if err != nil {
		return &OpenError{Path: path, Kind: ErrDamaged, Err: err}
	}
	defer sdb.Close()
	sdb.SetMaxOpenConns(1)

	var appID int64
	if err := sdb.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return &OpenError{Path: path, Kind: ErrDamaged, Err: err}
	}
	var tables int
	if err := sdb.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return &OpenError{Path: path, Kind: ErrDamaged, Err: err}
	}
	if appID != ApplicationID {
		if appID == 0 && tables == 0 {
			return nil // an empty SQLite database: ours to initialise
		}
		return &OpenError{Path: path, Kind: ErrForeign}
	}
	var check string
	if err := sdb.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&check); err != nil || check != "ok" {
		if err == nil {
			err = errors.New(check)
		}
		return &OpenError{Path: path, Kind: ErrDamaged, Err: err}
	}
	var version sql.NullInt64
	if err := sdb.QueryRowContext(ctx, "SELECT max(version) FROM schema_migrations").Scan(&version); err != nil {
		return &OpenError{Path: path, Kind: ErrDamaged, Err: err}
	}
	if latest := LatestVersion(); version.Int64 > int64(latest) {
		return &OpenError{Path: path, Kind: ErrTooNew,
			Err: fmt.Errorf("schema version %d, this footprint knows up to %d", version.Int64, latest)}
	}
	return nil
}

// tighten narrows the database and its side files to 0600.
func tighten(path string) error {
	if err := os.Chmod(path, 0o600); err != nil {
		return err
	}
	for _, side := range []string{"-wal", "-shm"} {
		if err := os.Chmod(path+side, 0o600); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

func removeDatabaseFiles(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		os.Remove(p)
	}
}

// Tx runs fn in a transaction: committed when fn returns nil, rolled back
// otherwise (and on panic, which is re-raised).
func (db *DB) Tx(ctx context.Context, fn func(h Handle) error) (err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			tx.Rollback()
			panic(p)
		}
	}()
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}
