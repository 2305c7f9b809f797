package password

import (
	_ "embed"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
)

// lexicon holds ranked dictionaries as one sorted word list, so that every
// substring starting at one position is looked up by narrowing a range of
// words one character at a time. The reference looks up each of the n²
// substrings in each dictionary; walking the sorted list stops as soon as no
// word continues the prefix, which is after a few characters for nearly all
// positions, and the same walk serves l33t translations.
type lexicon struct {
	// Word k is text[start[k]:start[k]+size[k]]: lower-case, sorted, unique.
	// Offsets rather than a []string keep 94,000 pointers away from the
	// garbage collector and the built-in words inside the embedded file.
	text    string
	start   []int32
	size    []uint16
	first   []int32 // entries of word k are entries[first[k]:first[k+1]]
	entries []lexEntry
	dicts   []string // dictionary names, by lexEntry.dict
}

// lexEntry is one dictionary's rank for a word.
type lexEntry struct {
	dict uint8
	rank int32
}

func (lx *lexicon) len() int { return len(lx.start) }

func (lx *lexicon) wordAt(k int) string {
	return lx.text[lx.start[k] : int(lx.start[k])+int(lx.size[k])]
}

func (lx *lexicon) entriesOf(k int) []lexEntry { return lx.entries[lx.first[k]:lx.first[k+1]] }

// add appends word w (at text[at:at+len(w)]) with entry e; words come in order.
func (lx *lexicon) add(w string, at int, e lexEntry) {
	if n := lx.len(); n == 0 || lx.wordAt(n-1) != w {
		lx.start = append(lx.start, int32(at))
		lx.size = append(lx.size, uint16(len(w)))
		lx.first = append(lx.first, int32(len(lx.entries)))
	}
	lx.entries = append(lx.entries, e)
}

// span is the words [lo, hi) of a lexicon that share a prefix of length depth.
type span struct{ lo, hi, depth int }

func (lx *lexicon) all() span { return span{0, lx.len(), 0} }

// next narrows s to the words whose next character is b.
func (lx *lexicon) next(s span, b byte) (span, bool) {
	d := s.depth
	charAt := func(k int) byte { return lx.text[int(lx.start[k])+d] }
	// A word equal to the prefix sorts first and has no character at d.
	lo := s.lo + sort.Search(s.hi-s.lo, func(k int) bool {
		return int(lx.size[s.lo+k]) > d && charAt(s.lo+k) >= b
	})
	hi := lo + sort.Search(s.hi-lo, func(k int) bool { return charAt(lo+k) > b })
	if lo == hi {
		return span{}, false
	}
	return span{lo, hi, d + 1}, true
}

// word returns the index of the word equal to the prefix s stands for, if any.
func (lx *lexicon) word(s span) (int, bool) {
	if s.lo < s.hi && int(lx.size[s.lo]) == s.depth {
		return s.lo, true
	}
	return 0, false
}

// newLexicon ranks each list as the reference does: a word's rank is its
// 1-based place in the list, lower-cased, and a later duplicate wins.
func newLexicon(lists map[string][]string) *lexicon {
	type tuple struct {
		word string
		e    lexEntry
	}
	lx := &lexicon{}
	for name := range lists {
		lx.dicts = append(lx.dicts, name)
	}
	slices.Sort(lx.dicts)
	var tuples []tuple
	for d, name := range lx.dicts {
		for i, w := range lists[name] {
			tuples = append(tuples, tuple{strings.ToLower(w), lexEntry{uint8(d), int32(i + 1)}})
		}
	}
	// Stable: equal words keep their list order, so the last place comes last.
	slices.SortStableFunc(tuples, func(a, b tuple) int {
		if c := strings.Compare(a.word, b.word); c != 0 {
			return c
		}
		return int(a.e.dict) - int(b.e.dict)
	})
	var text strings.Builder
	for i, t := range tuples {
		if i+1 < len(tuples) && tuples[i+1].word == t.word && tuples[i+1].e.dict == t.e.dict {
			continue
		}
		if len(t.word) > math.MaxUint16 {
			continue
		}
		if n := lx.len(); n == 0 || lx.wordAt(n-1) != t.word {
			text.WriteString(t.word)
			lx.text = text.String()
		}
		lx.add(t.word, len(lx.text)-len(t.word), t.e)
	}
	lx.first = append(lx.first, int32(len(lx.entries)))
	return lx
}

// builtinText is the reference's frequency lists (as trustelem ships them)
// already ranked and sorted by gen_lexicon.go: building the lexicon from the
// lists on the first call took 20–50 ms here, mostly sorting 94,000 words
// and reading them in scattered order; reading this file in order takes a
// few. The first line names the dictionaries; then one line per entry,
// "word<TAB>dictionary number<TAB>rank", sorted by word.
//
//go:generate go run gen_lexicon.go
//go:embed data/lexicon.txt
var builtinText string

// builtinLexicon is built on first use so a program that never scores a
// password does not pay for it.
var builtinLexicon = sync.OnceValue(func() *lexicon { return parseLexicon(builtinText) })

// parseLexicon reads the format gen_lexicon.go writes, in one pass over the
// bytes; the words stay where they are in text. The file is ours and checked
// by a test; a malformed line ends the list rather than panicking.
func parseLexicon(text string) *lexicon {
	header, body, _ := strings.Cut(text, "\n")
	lx := &lexicon{text: body, dicts: strings.Split(header, "\t")}
	n := strings.Count(body, "\n")
	lx.start = make([]int32, 0, n)
	lx.size = make([]uint16, 0, n)
	lx.first = make([]int32, 0, n+1)
	lx.entries = make([]lexEntry, 0, n)
	for i := 0; i < len(body); {
		j := i
		for j < len(body) && body[j] != '\t' {
			j++
		}
		if j+2 >= len(body) || body[j+2] != '\t' || int(body[j+1]-'0') >= len(lx.dicts) || j-i > math.MaxUint16 {
			break
		}
		word, d := body[i:j], body[j+1]-'0'
		r := 0
		for j += 3; j < len(body) && body[j] != '\n'; j++ {
			r = r*10 + int(body[j]-'0')
		}
		lx.add(word, i, lexEntry{d, int32(r)})
		i = j + 1
	}
	lx.first = append(lx.first, int32(len(lx.entries)))
	return lx
}
