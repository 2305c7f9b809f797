package breach

import (
	"bufio"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
)

// The big file is generated once per test binary run, or read from
// FOOTPRINT_HIBP_BENCH_FILE (created there if missing, and kept) so runs
// can share it. FOOTPRINT_HIBP_BENCH_LINES changes its size.
var (
	bigOnce sync.Once
	bigPath string
	bigErr  error
	tmpDirs []string
)

func TestMain(m *testing.M) {
	code := m.Run()
	for _, d := range tmpDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

func benchLines() int {
	if n, err := strconv.Atoi(os.Getenv("FOOTPRINT_HIBP_BENCH_LINES")); err == nil && n > 0 {
		return n
	}
	return 10_000_000
}

func bigFile(b *testing.B) string {
	bigOnce.Do(func() {
		bigPath = os.Getenv("FOOTPRINT_HIBP_BENCH_FILE")
		if bigPath == "" {
			dir, err := os.MkdirTemp("", "footprint-hibp-bench")
			if err != nil {
				bigErr = err
				return
			}
			tmpDirs = append(tmpDirs, dir)
			bigPath = filepath.Join(dir, "pwned-passwords-sha1-ordered-by-hash.txt")
		}
		if _, err := os.Stat(bigPath); err == nil {
			return
		}
		bigErr = generateSorted(bigPath, benchLines(), 1)
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return bigPath
}

// generateSorted writes n lines of HASH:COUNT\r\n in ascending order
// without sorting: the top 64 bits of line i fall in the i-th of n equal
// slices of the hash space, the rest are random.
func generateSorted(path string, n int, seed uint64) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	rng := rand.New(rand.NewPCG(seed, seed+1))
	step := ^uint64(0) / uint64(n)
	line := make([]byte, 0, maxLineLen)
	var h [20]byte
	for i := range uint64(n) {
		top := i*step + rng.Uint64N(step)
		for j := range 8 {
			h[j] = byte(top >> (56 - 8*j))
		}
		lo := rng.Uint64()
		for j := range 8 {
			h[8+j] = byte(lo >> (56 - 8*j))
		}
		mid := rng.Uint32()
		for j := range 4 {
			h[16+j] = byte(mid >> (24 - 8*j))
		}
		hx := upperHex(h)
		line = append(line[:0], hx[:]...)
		line = append(line, ':')
		line = strconv.AppendUint(line, 1+rng.Uint64N(1000)*rng.Uint64N(1000), 10)
		line = append(line, '\r', '\n')
		if _, err := w.Write(line); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// samplePresent picks lines at random offsets, so probes that exist need
// no copy of the generator's state.
func samplePresent(b *testing.B, sf *sortedFile, n int) [][40]byte {
	rng := rand.New(rand.NewPCG(7, 7))
	var (
		buf [probeLen]byte
		key [fullKeyLen]byte
		out [][40]byte
	)
	for len(out) < n {
		off := int64(rng.Uint64N(uint64(sf.size-1))) + 1
		data, err := sf.readAt(buf[:], off-1)
		if err != nil {
			b.Fatal(err)
		}
		i := nextLineStart(data)
		if i < 0 {
			continue
		}
		if _, _, valid, err := sf.lineAt(data[i:], off-1+int64(i), &key); err == nil && valid {
			out = append(out, key)
		}
	}
	return out
}

func randomHashes(n int, seed uint64) [][20]byte {
	rng := rand.New(rand.NewPCG(seed, 3))
	out := make([][20]byte, n)
	for i := range out {
		for j := range out[i] {
			out[i][j] = byte(rng.UintN(256))
		}
	}
	return out
}

func hashOf(b *testing.B, hexKey [40]byte) [20]byte {
	var h [20]byte
	for i := range h {
		v, err := strconv.ParseUint(string(hexKey[2*i:2*i+2]), 16, 8)
		if err != nil {
			b.Fatal(err)
		}
		h[i] = byte(v)
	}
	return h
}

// BenchmarkLocalFileLookup looks hashes up in the generated sorted file
// through Local.Count, and reports the ReadAt calls each lookup made.
func BenchmarkLocalFileLookup(b *testing.B) {
	path := bigFile(b)
	for _, kind := range []string{"present", "absent"} {
		b.Run(kind, func(b *testing.B) {
			l, err := OpenLocal(path)
			if err != nil {
				b.Fatal(err)
			}
			defer l.Close()
			cr := &countingReaderAt{r: l.sf.r}
			l.sf.r = cr
			var probes [][20]byte
			if kind == "present" {
				for _, k := range samplePresent(b, l.sf, 4096) {
					probes = append(probes, hashOf(b, k))
				}
			} else {
				probes = randomHashes(4096, 9)
			}
			cr.reads.Store(0)
			found, i := 0, 0
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				n, err := l.Count(probes[i%len(probes)])
				if err != nil {
					b.Fatal(err)
				}
				if n > 0 {
					found++
				}
				i++
			}
			b.StopTimer()
			if kind == "present" && found != i || kind == "absent" && found != 0 {
				b.Fatalf("%d of %d %s probes found", found, i, kind)
			}
			b.ReportMetric(float64(cr.reads.Load())/float64(i), "reads/op")
			b.ReportMetric(float64(l.sf.size)/1e6, "MB")
		})
	}
}

// BenchmarkLocalDirLookup uses a folder of per-prefix files the size the
// real ones are (about 2,000 suffixes each). Only 256 prefixes are
// written: a lookup opens one file, so the other files would not change
// its cost beyond the directory lookup.
func BenchmarkLocalDirLookup(b *testing.B) {
	dir := b.TempDir()
	const prefixes, perFile = 256, 2000
	rng := rand.New(rand.NewPCG(5, 5))
	var probes [][20]byte
	for p := range prefixes {
		es := make([]entry, 0, perFile)
		for range perFile {
			var e entry
			for j := range e.h {
				e.h[j] = byte(rng.UintN(256))
			}
			e.h[0], e.h[1], e.h[2] = byte(p), 0xab, e.h[2]&0x0f|0xc0
			e.count = 1 + int64(rng.UintN(5000))
			es = append(es, e)
		}
		sortEntries(es)
		writePrefixDir(b, dir, es, layout{crlf: true}, false)
		probes = append(probes, es[rng.UintN(perFile)].h)
	}
	l, err := OpenLocal(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		n, err := l.Count(probes[i%len(probes)])
		if err != nil || n == 0 {
			b.Fatalf("Count = %d, %v", n, err)
		}
		i++
	}
	b.StopTimer()
	// Reads for one lookup, counted outside the timed loop: the sniff
	// read in openPrefix plus the bisection.
	var reads int64
	for _, h := range probes {
		hx := upperHex(h)
		sf, closeFile, err := l.openPrefix(filepath.Join(dir, string(hx[:5])+".txt"))
		if err != nil {
			b.Fatal(err)
		}
		cr := &countingReaderAt{r: sf.r}
		sf.r = cr
		if _, err := sf.count(hx[5:]); err != nil {
			b.Fatal(err)
		}
		closeFile()
		reads += cr.reads.Load() + 1
	}
	b.ReportMetric(float64(reads)/float64(len(probes)), "reads/op")
}

func BenchmarkGenerateSorted(b *testing.B) {
	if testing.Short() {
		b.Skip("writes a file")
	}
	dir := b.TempDir()
	for b.Loop() {
		if err := generateSorted(filepath.Join(dir, "g.txt"), 1_000_000, 2); err != nil {
			b.Fatal(err)
		}
	}
	fi, _ := os.Stat(filepath.Join(dir, "g.txt"))
	b.ReportMetric(float64(fi.Size())/1e6, "MB")
}
