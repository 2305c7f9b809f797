package breach

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func openOK(t *testing.T, path string) *Local {
	t.Helper()
	l, err := OpenLocal(path)
	if err != nil {
		t.Fatalf("OpenLocal: %v", err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

func wantCount(t *testing.T, l *Local, h [20]byte, want int64) {
	t.Helper()
	got, err := l.Count(h)
	if err != nil {
		t.Fatalf("Count(%X): %v", h, err)
	}
	if got != want {
		t.Errorf("Count(%X) = %d, want %d", h, got, want)
	}
}

// Small files are answered by the final window scan alone; large ones go
// through bisection. Both must find the first, last and every other line
// and nothing that is absent, whatever the line endings and letter case.
func TestLocalFileFindsEveryLine(t *testing.T) {
	for _, n := range []int{1, 2, 7, 3000} {
		for _, lay := range []layout{{}, {crlf: true}, {lower: true}, {crlf: true, noFinalN: true}, {noFinalN: true, lower: true}} {
			es := randomEntries(n, uint64(n))
			text := hibpText(es, lay)
			l := openOK(t, writeFile(t, "pwned.txt", text))
			for _, e := range es {
				wantCount(t, l, e.h, e.count)
			}
			for _, e := range randomEntries(50, 999) {
				wantCount(t, l, e.h, 0)
			}
			var zero, ones [20]byte
			for i := range ones {
				ones[i] = 0xff
			}
			wantCount(t, l, zero, 0)
			wantCount(t, l, ones, 0)
		}
	}
}

func TestLocalFileKnownPassword(t *testing.T) {
	// SHA-1("password") is 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8.
	es := randomEntries(5000, 7)
	es = append(es, entry{h: Hash("password"), count: 9_545_824})
	sortEntries(es)
	l := openOK(t, writeFile(t, "pwned.txt", hibpText(es, layout{crlf: true})))
	wantCount(t, l, mustHash(t, "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8"), 9_545_824)
	n, err := l.CountPassword("password")
	if err != nil || n != 9_545_824 {
		t.Errorf("CountPassword = %d, %v", n, err)
	}
	if p := PrefixToSend(Hash("password")); p != "5BAA6" {
		t.Errorf("PrefixToSend = %q", p)
	}
}

func TestLocalFileReadsAreLogarithmic(t *testing.T) {
	es := randomEntries(200_000, 11)
	text := hibpText(es, layout{crlf: true})
	cr := &countingReaderAt{r: strings.NewReader(text)}
	sf := &sortedFile{r: cr, size: int64(len(text)), keyLen: fullKeyLen}
	limit := int64(math.Ceil(math.Log2(float64(len(text))/scanWindow))) + 3
	for i, e := range es {
		if i%997 != 0 {
			continue
		}
		cr.reads.Store(0)
		hx := upperHex(e.h)
		n, err := sf.count(hx[:])
		if err != nil || n != e.count {
			t.Fatalf("count = %d, %v; want %d", n, err, e.count)
		}
		if r := cr.reads.Load(); r > limit {
			t.Fatalf("%d reads for one lookup in %d bytes, want at most %d", r, len(text), limit)
		}
	}
}

// A download cut off mid-line still answers for every whole line; the
// partial line counts as absent rather than as an error.
func TestLocalFileTruncatedLastLine(t *testing.T) {
	for _, n := range []int{3, 3000} {
		es := randomEntries(n, 21)
		full := hibpText(es, layout{crlf: true})
		for _, cut := range []int{1, 10, 30, 41} {
			text := full[:len(full)-cut]
			l := openOK(t, writeFile(t, "pwned.txt", text))
			ref := linearCounts(text, fullKeyLen)
			for _, e := range es {
				hx := upperHex(e.h)
				wantCount(t, l, e.h, ref[string(hx[:])])
			}
			last := es[len(es)-1]
			if n, _ := l.Count(last.h); cut >= 10 && n != 0 {
				t.Errorf("cut %d: the cut-off line was read as %d", cut, n)
			}
		}
	}
}

func TestLocalFileTrailingBlankLine(t *testing.T) {
	es := randomEntries(3000, 5)
	l := openOK(t, writeFile(t, "pwned.txt", hibpText(es, layout{crlf: true})+"\r\n"))
	wantCount(t, l, es[len(es)-1].h, es[len(es)-1].count)
	wantCount(t, l, es[0].h, es[0].count)
}

func TestOpenLocalRejectsOtherFiles(t *testing.T) {
	sorted := hibpText(randomEntries(100, 1), layout{})
	unsorted := hibpText(randomEntries(100, 1), layout{})
	lines := strings.Split(strings.TrimSuffix(unsorted, "\n"), "\n")
	for i, j := 0, len(lines)-1; i < j; i, j = i+1, j-1 {
		lines[i], lines[j] = lines[j], lines[i]
	}
	cases := []struct {
		name, text string
		want       error
	}{
		{"empty", "", ErrEmpty},
		{"prose", "Dear reader,\nthis is a letter.\n", ErrNotHIBP},
		{"csv", "name,url,username,password\nx,y,z,w\n", ErrNotHIBP},
		{"ntlm", "8846F7EAEE8FB117AD06BDD830B7586C:12\n", ErrNTLM},
		{"one prefix file", "0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n", ErrPrefixFile},
		{"by prevalence", strings.Join(lines, "\n") + "\n", ErrUnsorted},
		{"binary", "\x00\x01\x02\xff\xfe", ErrNotHIBP},
		{"damaged middle", sorted[:len(sorted)/2] + strings.Repeat("x", 300) + "\n" + sorted[len(sorted)/2:], nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeFile(t, "f.txt", c.text)
			l, err := OpenLocal(p)
			if c.want == nil {
				// Damage in the middle may or may not be sampled at open;
				// either way it must be reported, not misread.
				if err == nil {
					defer l.Close()
					for _, e := range randomEntries(100, 1) {
						if _, err = l.Count(e.h); err != nil {
							break
						}
					}
				}
				if !errors.Is(err, ErrMalformed) {
					t.Fatalf("damaged file: err = %v, want ErrMalformed", err)
				}
				return
			}
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if !strings.Contains(err.Error(), p) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
	if _, err := OpenLocal(filepath.Join(t.TempDir(), "absent.txt")); !errors.Is(err, ErrOpen) {
		t.Errorf("missing file: %v", err)
	}
}

func TestLocalDirectory(t *testing.T) {
	es := clustered(randomEntries(4000, 3), 8)
	for _, lower := range []bool{false, true} {
		dir := t.TempDir()
		writePrefixDir(t, dir, es, layout{crlf: true}, lower)
		l := openOK(t, dir)
		for _, e := range es {
			wantCount(t, l, e.h, e.count)
		}
		// A hash whose prefix file exists but which is absent from it.
		probe := es[0].h
		probe[19] ^= 0xff
		wantCount(t, l, probe, 0)
	}
}

func TestLocalDirectoryMissingPrefixDoesNotNameIt(t *testing.T) {
	dir := t.TempDir()
	es := randomEntries(10, 4)
	writePrefixDir(t, dir, es, layout{}, false)
	l := openOK(t, dir)
	h := Hash("not-in-this-tiny-folder")
	if _, err := os.Stat(filepath.Join(dir, PrefixToSend(h)+".txt")); err == nil {
		t.Skip("the probe's prefix happens to exist")
	}
	_, err := l.Count(h)
	if !errors.Is(err, ErrPrefixMissing) {
		t.Fatalf("err = %v, want ErrPrefixMissing", err)
	}
	hx := upperHex(h)
	for _, piece := range []string{PrefixToSend(h), strings.ToLower(PrefixToSend(h)), string(hx[5:])} {
		if strings.Contains(err.Error(), piece) {
			t.Errorf("error %q reveals part of the hash", err)
		}
	}
}

// A folder whose first listed file is all digits ("00000.txt") cannot show
// the letter case of the others; lower-case names must still be found.
func TestLocalDirectoryDigitsOnlyFirstName(t *testing.T) {
	dir := t.TempDir()
	var es []entry
	for _, p := range [][3]byte{{0, 0, 0}, {0xab, 0xcd, 0xe0}} {
		for i := range 3 {
			h := [20]byte{p[0], p[1], p[2] | byte(i)}
			h[19] = byte(i)
			es = append(es, entry{h: h, count: int64(i + 1)})
		}
	}
	sortEntries(es)
	writePrefixDir(t, dir, es, layout{}, true)
	// Only the digits-only file is there when the folder is opened.
	lettered, aside := filepath.Join(dir, "abcde.txt"), filepath.Join(t.TempDir(), "abcde.txt")
	if err := os.Rename(lettered, aside); err != nil {
		t.Fatal(err)
	}
	l := openOK(t, dir)
	if err := os.Rename(aside, lettered); err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		wantCount(t, l, e.h, e.count)
	}
}

func TestLocalDirectoryWithWholeHashes(t *testing.T) {
	dir := t.TempDir()
	es := clustered(randomEntries(500, 8), 4)
	for _, e := range es {
		hx := upperHex(e.h)
		p := filepath.Join(dir, string(hx[:5])+".txt")
		f, err := os.OpenFile(p, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(layout{}.line(string(hx[:]), e.count))
		f.Close()
	}
	l := openOK(t, dir)
	for _, e := range es {
		wantCount(t, l, e.h, e.count)
	}
}

func TestOpenLocalRejectsOtherFolders(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("hello\n"), 0o600)
	if _, err := OpenLocal(dir); !errors.Is(err, ErrNotHIBP) {
		t.Errorf("folder without prefix files: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "ABCDE.txt"), []byte("hello there\n"), 0o600)
	if _, err := OpenLocal(dir); !errors.Is(err, ErrNotHIBP) {
		t.Errorf("folder with a bogus prefix file: %v", err)
	}
	if _, err := OpenLocal(t.TempDir()); !errors.Is(err, ErrNotHIBP) {
		t.Errorf("empty folder: %v", err)
	}
}

func TestParseLine(t *testing.T) {
	var key [fullKeyLen]byte
	good := map[string]int64{
		"5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:9545824":   9545824,
		"5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8:1\r":       1,
		"5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:0":         0,
		"5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:922337203": 922337203,
	}
	for in, want := range good {
		n, ok := parseLine([]byte(in), fullKeyLen, &key)
		if !ok || n != want || string(key[:]) != "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8" {
			t.Errorf("parseLine(%q) = %d, %v, %s", in, n, ok, key)
		}
	}
	for _, in := range []string{
		"", ":", "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:", "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8",
		"5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD:1", "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FDG:1",
		"5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:-1", "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:1 ",
		"5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:99999999999999999999",
		"5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:9999999999999999999",
	} {
		if n, ok := parseLine([]byte(in), fullKeyLen, &key); ok {
			t.Errorf("parseLine(%q) accepted with %d", in, n)
		}
	}
	if !bytes.Equal([]byte(PrefixToSend([20]byte{0xab, 0xcd, 0xef})), []byte("ABCDE")) {
		t.Error("PrefixToSend is not the first five upper-case hex characters")
	}
}
