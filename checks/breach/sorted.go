package breach

import (
	"bytes"
	"io"
)

// A line is KEY ":" COUNT, ending in "\n" or "\r\n". KEY is keyLen hex
// characters: 40 for the whole SHA-1, 35 for a suffix in a per-prefix file.
const (
	fullKeyLen   = 40
	suffixKeyLen = 35
	ntlmKeyLen   = 32
	maxCountLen  = 19 // an int64
	// maxLineLen bounds a valid line: key, colon, count, CR, LF.
	maxLineLen = fullKeyLen + 1 + maxCountLen + 2
	// probeLen is read at each binary-search step: it always holds the
	// tail of one line and the whole next one.
	probeLen = 2 * maxLineLen
	// scanWindow is where bisection stops and one read finishes the job;
	// a page or so costs the same as a short read.
	scanWindow = 4096
)

// parseLine reads one line without its "\n". The key comes back upper-case
// in key[:keyLen], so files written in lower case compare the same.
func parseLine(line []byte, keyLen int, key *[fullKeyLen]byte) (count int64, ok bool) {
	line = bytes.TrimSuffix(line, []byte{'\r'})
	if len(line) < keyLen+2 || line[keyLen] != ':' {
		return 0, false
	}
	for i := 0; i < keyLen; i++ {
		c := line[i]
		switch {
		case c >= '0' && c <= '9', c >= 'A' && c <= 'F':
		case c >= 'a' && c <= 'f':
			c -= 'a' - 'A'
		default:
			return 0, false
		}
		key[i] = c
	}
	digits := line[keyLen+1:]
	if len(digits) > maxCountLen {
		return 0, false
	}
	for _, d := range digits {
		if d < '0' || d > '9' {
			return 0, false
		}
		count = count*10 + int64(d-'0')
	}
	if count < 0 { // 19 nines overflow int64
		return 0, false
	}
	return count, true
}

// nextLineStart returns the index in buf of the first line that starts at
// or after buf[1]: buf[0] is the byte just before the position searched
// from, so a position that already begins a line is found too. It returns
// -1 when buf holds no newline.
func nextLineStart(buf []byte) int {
	i := bytes.IndexByte(buf, '\n')
	if i < 0 {
		return -1
	}
	return i + 1
}

// sortedFile is a sorted file of lines, searched in place.
type sortedFile struct {
	r      io.ReaderAt
	size   int64
	keyLen int
	path   string // for errors only
}

// readAt is ReaderAt without the io.EOF noise on a short final read.
func (f *sortedFile) readAt(buf []byte, off int64) ([]byte, error) {
	if off >= f.size {
		return buf[:0], nil
	}
	if rest := f.size - off; int64(len(buf)) > rest {
		buf = buf[:rest]
	}
	n, err := f.r.ReadAt(buf, off)
	if err == io.EOF && n == len(buf) {
		err = nil
	}
	if err != nil {
		return nil, fileErr(ErrOpen, f.path, err)
	}
	return buf[:n], nil
}

// lineAt describes the line starting at off, given data read from off.
// A final line without a newline is accepted if it is whole; if it is cut
// short (a truncated download) it is reported as absent (ok, !valid).
func (f *sortedFile) lineAt(data []byte, off int64, key *[fullKeyLen]byte) (count int64, next int64, valid bool, err error) {
	end := bytes.IndexByte(data, '\n')
	last := false
	if end < 0 {
		if off+int64(len(data)) < f.size {
			return 0, 0, false, malformedAt(f.path, off)
		}
		end, last = len(data), true
	}
	count, ok := parseLine(data[:end], f.keyLen, key)
	next = off + int64(end) + 1
	if !ok {
		if last || (next == f.size && len(bytes.TrimSpace(data[:end])) == 0) {
			return 0, f.size, false, nil
		}
		return 0, 0, false, malformedAt(f.path, off)
	}
	return count, next, true, nil
}

// count returns the count on the line whose key is want (upper-case hex of
// length keyLen), or 0 when no line has it.
func (f *sortedFile) count(want []byte) (int64, error) {
	var (
		buf [probeLen]byte
		key [fullKeyLen]byte
	)
	// Invariants: lo is a line start and every line before it sorts below
	// want; no line starting at or after hi can hold want.
	lo, hi := int64(0), f.size
	for hi-lo > scanWindow {
		mid := lo + (hi-lo)/2
		data, err := f.readAt(buf[:], mid-1)
		if err != nil {
			return 0, err
		}
		i := nextLineStart(data)
		if i < 0 {
			if mid-1+int64(len(data)) < f.size {
				return 0, malformedAt(f.path, mid)
			}
			hi = mid // mid is inside the last line
			continue
		}
		start := mid - 1 + int64(i)
		if start >= hi {
			hi = mid
			continue
		}
		data = data[i:]
		if bytes.IndexByte(data, '\n') < 0 && start+int64(len(data)) < f.size {
			// The whole line did not fit in the probe; read it alone.
			if data, err = f.readAt(buf[:], start); err != nil {
				return 0, err
			}
		}
		n, next, valid, err := f.lineAt(data, start, &key)
		if err != nil {
			return 0, err
		}
		if !valid {
			hi = start
			continue
		}
		switch c := bytes.Compare(key[:f.keyLen], want); {
		case c == 0:
			return n, nil
		case c < 0:
			lo = next
		default:
			hi = start
		}
	}
	if lo >= hi {
		return 0, nil
	}
	win := make([]byte, hi-lo+maxLineLen)
	data, err := f.readAt(win, lo)
	if err != nil {
		return 0, err
	}
	for off := lo; off < hi && off < f.size; {
		n, next, valid, err := f.lineAt(data[off-lo:], off, &key)
		if err != nil {
			return 0, err
		}
		if !valid {
			return 0, nil
		}
		switch c := bytes.Compare(key[:f.keyLen], want); {
		case c == 0:
			return n, nil
		case c > 0:
			return 0, nil
		}
		off = next
	}
	return 0, nil
}
