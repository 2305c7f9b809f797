package breach

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// FuzzLocalLookup builds a small sorted file from the fuzzer's choices of
// size, layout and damage, then checks that binary search agrees with a
// linear scan for every line and for random probes.
func FuzzLocalLookup(f *testing.F) {
	f.Add(uint64(1), uint16(5), uint8(0), uint8(0))
	f.Add(uint64(2), uint16(300), uint8(3), uint8(17))
	f.Add(uint64(3), uint16(1), uint8(7), uint8(40))
	f.Add(uint64(4), uint16(2000), uint8(1), uint8(2))
	f.Fuzz(func(t *testing.T, seed uint64, n uint16, flags uint8, cut uint8) {
		count := int(n%3000) + 1
		es := randomEntries(count, seed)
		lay := layout{crlf: flags&1 != 0, lower: flags&2 != 0, noFinalN: flags&4 != 0}
		text := hibpText(es, lay)
		if flags&8 != 0 && int(cut) < len(text) {
			text = text[:len(text)-int(cut)] // a truncated download
		}
		sf := &sortedFile{r: strings.NewReader(text), size: int64(len(text)), keyLen: fullKeyLen}
		ref := linearCounts(text, fullKeyLen)
		probe := func(h [20]byte) {
			hx := upperHex(h)
			got, err := sf.count(hx[:])
			if err != nil {
				t.Fatalf("count: %v", err)
			}
			if want := ref[string(hx[:])]; got != want {
				t.Fatalf("count(%s) = %d, linear scan says %d", hx, got, want)
			}
		}
		for _, e := range es {
			probe(e.h)
		}
		rng := rand.New(rand.NewPCG(seed, 1))
		for range 64 {
			var h [20]byte
			for i := range h {
				h[i] = byte(rng.UintN(256))
			}
			probe(h)
		}
	})
}

// FuzzResync checks the step every bisection takes: from any position,
// reading from the byte before it and skipping past the first newline
// lands on the first line that starts at or after that position.
func FuzzResync(f *testing.F) {
	f.Add([]byte("AB:1\nCD:2\r\nEF:3"), uint16(3))
	f.Add([]byte("\n\n\n"), uint16(1))
	f.Add([]byte("no newline"), uint16(4))
	f.Fuzz(func(t *testing.T, data []byte, p uint16) {
		if len(data) == 0 {
			return
		}
		pos := int(p)%len(data) + 1 // 1..len: the position 0 needs no resync
		want := -1
		for s := pos; s <= len(data) && want < 0; s++ {
			if data[s-1] == '\n' {
				want = s
			}
		}
		sf := &sortedFile{r: bytes.NewReader(data), size: int64(len(data))}
		buf := make([]byte, len(data)+1)
		got := -1
		read, err := sf.readAt(buf, int64(pos-1))
		if err != nil {
			t.Fatal(err)
		}
		if i := nextLineStart(read); i >= 0 {
			got = pos - 1 + i
		}
		if got != want {
			t.Fatalf("from %d in %q: next line start %d, want %d", pos, data, got, want)
		}
	})
}
