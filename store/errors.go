package store

import (
	"errors"
	"fmt"
)

// OpenKind says why a database could not be opened. The command line and
// the TUI turn each kind into one plain sentence in the user's language.
type OpenKind int

const (
	ErrNotSQLite    OpenKind = iota + 1 // the file is not an SQLite database
	ErrForeign                          // an SQLite database, but not footprint's
	ErrDamaged                          // footprint's, but damaged
	ErrTooNew                           // written by a newer footprint
	ErrIsDir                            // the path is a folder
	ErrNoFolder                         // the folder the file would live in does not exist
	ErrParentNotDir                     // the would-be folder is a file
	ErrNotWritable                      // the folder or file cannot be written
	ErrUnreadable                       // the file cannot be read
)

var kindNames = map[OpenKind]string{
	ErrNotSQLite:    "is not an SQLite database",
	ErrForeign:      "is an SQLite database that does not belong to footprint",
	ErrDamaged:      "is damaged",
	ErrTooNew:       "was written by a newer version of footprint",
	ErrIsDir:        "is a folder, not a file",
	ErrNoFolder:     "is in a folder that does not exist",
	ErrParentNotDir: "is inside a path that is a file, not a folder",
	ErrNotWritable:  "cannot be written",
	ErrUnreadable:   "cannot be read",
}

// Key is the i18n key for the kind's message (store.open.<name>).
func (k OpenKind) Key() string {
	switch k {
	case ErrNotSQLite:
		return "store.open.not_sqlite"
	case ErrForeign:
		return "store.open.foreign"
	case ErrDamaged:
		return "store.open.damaged"
	case ErrTooNew:
		return "store.open.too_new"
	case ErrIsDir:
		return "store.open.is_dir"
	case ErrNoFolder:
		return "store.open.no_folder"
	case ErrParentNotDir:
		return "store.open.parent_not_dir"
	case ErrNotWritable:
		return "store.open.not_writable"
	case ErrUnreadable:
		return "store.open.unreadable"
	}
	return "store.open.unknown"
}

// OpenError is a refusal to open a database. It never means the file was
// touched: every check runs before anything is written.
type OpenError struct {
	Path string
	Kind OpenKind
	Err  error // the underlying cause, if any (for the debug log)
}

func (e *OpenError) Error() string {
	s := fmt.Sprintf("%s %s", e.Path, kindNames[e.Kind])
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *OpenError) Unwrap() error { return e.Err }

// AsOpenError returns the OpenError inside err, if any.
func AsOpenError(err error) (*OpenError, bool) {
	var oe *OpenError
	ok := errors.As(err, &oe)
	return oe, ok
}

// ErrNotFound is returned by repositories when a row does not exist.
var ErrNotFound = errors.New("not found")
