package breach

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Local looks hashes up in a Pwned Passwords download on this machine: one
// sorted file, or a folder of per-prefix files. It is safe for concurrent
// use and keeps at most one file open.
type Local struct {
	path string

	// One sorted file.
	file *os.File
	sf   *sortedFile

	// A folder of per-prefix files; lowerNames when the first one seen
	// was named like "abcde.txt".
	dir        bool
	lowerNames bool
}

// sampleChecks is how many evenly spaced lines OpenLocal compares to catch
// a file sorted some other way (the "ordered by prevalence" download).
const sampleChecks = 16

// OpenLocal opens the download at path, telling a file from a folder, and
// checks that it is the SHA-1 collection sorted by hash. Errors are *Error
// with kinds ErrNotHIBP, ErrNTLM, ErrPrefixFile, ErrUnsorted, ErrEmpty,
// ErrMalformed or ErrOpen.
func OpenLocal(path string) (*Local, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fileErr(ErrOpen, path, err)
	}
	if st.IsDir() {
		return openDir(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fileErr(ErrOpen, path, err)
	}
	sf := &sortedFile{r: f, size: st.Size(), keyLen: fullKeyLen, path: path}
	if err := checkSortedFile(sf); err != nil {
		f.Close()
		return nil, err
	}
	return &Local{path: path, file: f, sf: sf}, nil
}

// checkSortedFile reads the first line and a few spread over the file: they
// must parse as 40-hex keys in ascending order.
func checkSortedFile(sf *sortedFile) error {
	if sf.size == 0 {
		return fileErr(ErrEmpty, sf.path, nil)
	}
	var buf [probeLen]byte
	data, err := sf.readAt(buf[:], 0)
	if err != nil {
		return err
	}
	if kind := sniffKeyLen(data); kind != nil {
		return fileErr(kind, sf.path, nil)
	}
	var prev, key [fullKeyLen]byte
	for i := int64(0); i < sampleChecks; i++ {
		off := sf.size * i / sampleChecks
		if off > 0 {
			if data, err = sf.readAt(buf[:], off-1); err != nil {
				return err
			}
			j := nextLineStart(data)
			if j < 0 {
				break // off is inside the last line
			}
			off += int64(j) - 1
			if data, err = sf.readAt(buf[:], off); err != nil {
				return err
			}
		}
		_, _, valid, err := sf.lineAt(data, off, &key)
		if err != nil {
			return err
		}
		if !valid {
			break // a cut-off last line
		}
		if i > 0 && bytes.Compare(key[:], prev[:]) < 0 {
			return fileErr(ErrUnsorted, sf.path, nil)
		}
		prev = key
	}
	return nil
}

// sniffKeyLen names the wrong format the first line shows, or nil when it
// is a SHA-1 line.
func sniffKeyLen(data []byte) error {
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		data = data[:i]
	}
	var key [fullKeyLen]byte
	switch {
	case isLine(data, fullKeyLen, &key):
		return nil
	case isLine(data, suffixKeyLen, &key):
		return ErrPrefixFile
	case isLine(data, ntlmKeyLen, &key):
		return ErrNTLM
	}
	return ErrNotHIBP
}

func isLine(line []byte, keyLen int, key *[fullKeyLen]byte) bool {
	_, ok := parseLine(line, keyLen, key)
	return ok
}

// openDir accepts a folder holding files named like "0A1B2.txt" whose
// lines are 35-hex suffixes. Listing a million names would take seconds,
// so only the first few entries are examined.
func openDir(path string) (*Local, error) {
	d, err := os.Open(path)
	if err != nil {
		return nil, fileErr(ErrOpen, path, err)
	}
	defer d.Close()
	entries, err := d.ReadDir(256)
	if err != nil && len(entries) == 0 {
		return nil, fileErr(ErrNotHIBP, path, err)
	}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !isPrefixName(name) {
			continue
		}
		l := &Local{path: path, dir: true, lowerNames: name != upperName(name)}
		sf, closeFile, err := l.openPrefix(filepath.Join(path, name))
		if err != nil {
			return nil, err
		}
		var buf [probeLen]byte
		data, err := sf.readAt(buf[:], 0)
		closeFile()
		if err != nil {
			return nil, err
		}
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			data = data[:i]
		}
		var key [fullKeyLen]byte
		if sf.size > 0 && !isLine(data, sf.keyLen, &key) {
			return nil, fileErr(ErrNotHIBP, path, nil)
		}
		return l, nil
	}
	return nil, fileErr(ErrNotHIBP, path, nil)
}

// isPrefixName matches five hex digits and ".txt".
func isPrefixName(name string) bool {
	if len(name) != 9 || name[5:] != ".txt" {
		return false
	}
	for _, c := range []byte(name[:5]) {
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

func upperName(name string) string { return string(bytes.ToUpper([]byte(name[:5]))) + name[5:] }

// openPrefix opens one per-prefix file. Its keys are 35-hex suffixes, or
// whole hashes when a tool wrote them that way; the first line decides.
func (l *Local) openPrefix(name string) (*sortedFile, func(), error) {
	f, err := os.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		// The folder path only: the file name would reveal the prefix.
		return nil, nil, fileErr(ErrPrefixMissing, l.path, nil)
	}
	if err != nil {
		return nil, nil, fileErr(ErrOpen, l.path, nil)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, fileErr(ErrOpen, l.path, nil)
	}
	sf := &sortedFile{r: f, size: st.Size(), keyLen: suffixKeyLen, path: l.path}
	var buf [fullKeyLen + 1]byte
	if data, err := sf.readAt(buf[:], 0); err == nil && len(data) == len(buf) && data[fullKeyLen] == ':' {
		sf.keyLen = fullKeyLen
	}
	return sf, func() { f.Close() }, nil
}

// Count returns how many times the password with SHA-1 h was seen in
// breaches, 0 when never. Errors are *Error (ErrMalformed, ErrPrefixMissing,
// ErrOpen); they name the file or folder, never the hash.
func (l *Local) Count(h [20]byte) (int64, error) {
	hexed := upperHex(h)
	if !l.dir {
		return l.sf.count(hexed[:])
	}
	upper := string(hexed[:5]) + ".txt"
	lower := string(bytes.ToLower(hexed[:5])) + ".txt"
	if l.lowerNames {
		upper, lower = lower, upper
	}
	// The case seen at open is tried first; a name of digits only could
	// not tell, so the other case is the fallback.
	sf, closeFile, err := l.openPrefix(filepath.Join(l.path, upper))
	if errors.Is(err, ErrPrefixMissing) && upper != lower {
		sf, closeFile, err = l.openPrefix(filepath.Join(l.path, lower))
	}
	if err != nil {
		return 0, err
	}
	defer closeFile()
	if sf.keyLen == fullKeyLen {
		return sf.count(hexed[:])
	}
	return sf.count(hexed[5:])
}

// CountPassword hashes pw in memory and calls Count; it fits the breached
// function pwaudit.Audit takes.
func (l *Local) CountPassword(pw string) (int64, error) { return l.Count(Hash(pw)) }

// Close releases the open file, if any.
func (l *Local) Close() error {
	if l.file != nil {
		return l.file.Close()
	}
	return nil
}
