package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// AppDir is the folder name footprint uses inside the platform's folders.
const AppDir = "footprint"

// DBFile is the default database file name.
const DBFile = "footprint.db"

// DataDir returns the folder that holds the database: $XDG_DATA_HOME/footprint
// (or ~/.local/share/footprint) on Linux and other Unixes, the platform's
// application-data folder on macOS and Windows.
func DataDir() (string, error) {
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "plan9":
		base, err := os.UserConfigDir() // %AppData%, ~/Library/Application Support
		if err != nil {
			return "", err
		}
		return filepath.Join(base, AppDir), nil
	}
	if x := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(x) {
		return filepath.Join(x, AppDir), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share", AppDir), nil
}

// StateDir returns the folder for the debug log: $XDG_STATE_HOME/footprint
// (or ~/.local/state/footprint) on Linux, the user cache folder elsewhere.
func StateDir() (string, error) {
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "plan9":
		base, err := os.UserCacheDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(base, AppDir), nil
	}
	if x := os.Getenv("XDG_STATE_HOME"); filepath.IsAbs(x) {
		return filepath.Join(x, AppDir), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "state", AppDir), nil
}

// DefaultPath is DataDir()/footprint.db.
func DefaultPath() (string, error) {
	dir, err := DataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, DBFile), nil
}

// EnsurePrivateDir creates dir (and its parents) with mode 0700. An existing
// folder is left as it is: it may be the user's own, shared with other files.
func EnsurePrivateDir(dir string) error {
	fi, err := os.Stat(dir)
	if err == nil {
		if !fi.IsDir() {
			return &OpenError{Path: dir, Kind: ErrParentNotDir}
		}
		return nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return os.MkdirAll(dir, 0o700)
}
