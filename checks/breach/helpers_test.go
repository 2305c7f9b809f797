package breach

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
)

// entry is one line of a generated Pwned Passwords file.
type entry struct {
	h     [20]byte
	count int64
}

type layout struct {
	crlf     bool
	lower    bool
	noFinalN bool // no newline after the last line
}

func (lay layout) line(key string, count int64) string {
	if lay.lower {
		key = strings.ToLower(key)
	}
	eol := "\n"
	if lay.crlf {
		eol = "\r\n"
	}
	return fmt.Sprintf("%s:%d%s", key, count, eol)
}

func sortEntries(es []entry) {
	sort.Slice(es, func(i, j int) bool { return bytes.Compare(es[i].h[:], es[j].h[:]) < 0 })
}

// randomEntries makes n distinct sorted entries from a fixed seed.
func randomEntries(n int, seed uint64) []entry {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	seen := map[[20]byte]bool{}
	es := make([]entry, 0, n)
	for len(es) < n {
		var h [20]byte
		for i := range h {
			h[i] = byte(rng.UintN(256))
		}
		if seen[h] {
			continue
		}
		seen[h] = true
		es = append(es, entry{h: h, count: int64(rng.UintN(1_000_000)) + 1})
	}
	sortEntries(es)
	return es
}

func hibpText(es []entry, lay layout) string {
	var b strings.Builder
	for _, e := range es {
		hx := upperHex(e.h)
		b.WriteString(lay.line(string(hx[:]), e.count))
	}
	s := b.String()
	if lay.noFinalN {
		s = strings.TrimRight(s, "\r\n")
	}
	return s
}

func writeFile(t testing.TB, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// writePrefixDir writes per-prefix files for es, the downloader's way.
func writePrefixDir(t testing.TB, dir string, es []entry, lay layout, lowerNames bool) {
	t.Helper()
	files := map[string]*strings.Builder{}
	var order []string
	for _, e := range es {
		hx := upperHex(e.h)
		name := string(hx[:5])
		if lowerNames {
			name = strings.ToLower(name)
		}
		b, ok := files[name]
		if !ok {
			b = &strings.Builder{}
			files[name] = b
			order = append(order, name)
		}
		b.WriteString(lay.line(string(hx[5:]), e.count))
	}
	for _, name := range order {
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(files[name].String()), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

func mustHash(t testing.TB, s string) [20]byte {
	t.Helper()
	var h [20]byte
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 20 {
		t.Fatalf("bad hash %q", s)
	}
	copy(h[:], b)
	return h
}

// countingReaderAt counts ReadAt calls, to show lookups are O(log n).
type countingReaderAt struct {
	r     io.ReaderAt
	reads atomic.Int64
}

func (c *countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	c.reads.Add(1)
	return c.r.ReadAt(p, off)
}

// linearCounts is the reference answer: every well-formed line of text,
// found by a plain scan, keyed by its upper-case key.
func linearCounts(text string, keyLen int) map[string]int64 {
	m := map[string]int64{}
	for _, line := range strings.Split(text, "\n") {
		var key [fullKeyLen]byte
		if n, ok := parseLine([]byte(line), keyLen, &key); ok {
			if _, dup := m[string(key[:keyLen])]; !dup {
				m[string(key[:keyLen])] = n
			}
		}
	}
	return m
}

// clustered moves es into a few prefixes so a prefix folder stays small
// enough to write quickly, while each file still needs bisection.
func clustered(es []entry, prefixes int) []entry {
	out := make([]entry, 0, len(es))
	seen := map[[20]byte]bool{}
	for i, e := range es {
		e.h[0], e.h[1] = byte(i%prefixes), 0x5a
		e.h[2] = e.h[2]&0x0f | 0xa0
		if !seen[e.h] {
			seen[e.h] = true
			out = append(out, e)
		}
	}
	sortEntries(out)
	return out
}
