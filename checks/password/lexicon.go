package password

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/trustelem/zxcvbn/frequency"
)

// lexicon holds ranked dictionaries as one sorted word list, so that every
// substring starting at one position is looked up by narrowing a range of
// words one character at a time. The reference looks up each of the n²
// substrings in each dictionary; walking the sorted list stops as soon as no
// word continues the prefix, which is after a few characters for nearly all
// positions, and the same walk serves l33t translations.
type lexicon struct {
	words   []string // lower-case, sorted, unique
	first   []int32  // entries of words[k] are entries[first[k]:first[k+1]]
	entries []lexEntry
	dicts   []string // dictionary names, by lexEntry.dict
}

// lexEntry is one dictionary's rank for a word.
type lexEntry struct {
	dict uint8
	rank int32
}

func (lx *lexicon) entriesOf(k int) []lexEntry { return lx.entries[lx.first[k]:lx.first[k+1]] }

// span is the words [lo, hi) of a lexicon that share a prefix of length depth.
type span struct{ lo, hi, depth int }

func (lx *lexicon) all() span { return span{0, len(lx.words), 0} }

// next narrows s to the words whose next character is b.
func (lx *lexicon) next(s span, b byte) (span, bool) {
	d := s.depth
	words := lx.words[s.lo:s.hi]
	// A word equal to the prefix sorts first and has no character at d.
	lo := sort.Search(len(words), func(k int) bool { return len(words[k]) > d && words[k][d] >= b })
	hi := lo + sort.Search(len(words)-lo, func(k int) bool { return words[lo+k][d] > b })
	if lo == hi {
		return span{}, false
	}
	return span{s.lo + lo, s.lo + hi, d + 1}, true
}

// word returns the index of the word equal to the prefix s stands for, if any.
func (lx *lexicon) word(s span) (int, bool) {
	if s.lo < s.hi && len(lx.words[s.lo]) == s.depth {
		return s.lo, true
	}
	return 0, false
}

// newLexicon ranks each list as the reference does: a word's rank is its
// 1-based place in the list, lower-cased, and a later duplicate wins.
func newLexicon(lists map[string][]string) *lexicon {
	lx := &lexicon{}
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	words := make([]string, 0, n)
	ents := make([]lexEntry, 0, n)
	names := make([]string, 0, len(lists))
	for name := range lists {
		names = append(names, name)
	}
	slices.Sort(names) // a stable dictionary numbering
	for _, name := range names {
		d := uint8(len(lx.dicts))
		lx.dicts = append(lx.dicts, name)
		for i, w := range lists[name] {
			words = append(words, strings.ToLower(w))
			ents = append(ents, lexEntry{d, int32(i + 1)})
		}
	}
	order, keys := sortedOrder(words)
	lx.words = make([]string, 0, len(words))
	lx.first = make([]int32, 0, len(words)+1)
	lx.entries = make([]lexEntry, 0, len(words))
	for n, i := range order {
		w, e := words[i], ents[i]
		if n+1 < len(order) && keys[n+1] == keys[n] {
			if j := order[n+1]; words[j] == w && ents[j].dict == e.dict {
				continue // the last place in a list wins
			}
		}
		if len(lx.words) == 0 || keys[n-1] != keys[n] || lx.words[len(lx.words)-1] != w {
			lx.words = append(lx.words, w)
			lx.first = append(lx.first, int32(len(lx.entries)))
		}
		lx.entries = append(lx.entries, e)
	}
	lx.first = append(lx.first, int32(len(lx.entries)))
	return lx
}

// sortedOrder returns the indices of words in byte order, equal words in
// their original order. The built-in lists hold about 94,000 words, built on
// the first call while the user waits: a radix sort on each word's first
// eight bytes takes a few milliseconds where sorting the strings took 50.
func sortedOrder(words []string) (order []int32, keys []uint64) {
	type item struct {
		key uint64
		idx int32
	}
	items := make([]item, len(words))
	for i, w := range words {
		items[i] = item{prefixKey(w), int32(i)}
	}
	tmp := make([]item, len(items))
	for shift := 0; shift < 64; shift += 8 {
		var count [257]int
		for _, it := range items {
			count[(it.key>>shift)&0xff+1]++
		}
		if count[(items[0].key>>shift)&0xff+1] == len(items) {
			continue // every key has the same byte here
		}
		for b := 1; b < 257; b++ {
			count[b] += count[b-1]
		}
		for _, it := range items {
			b := (it.key >> shift) & 0xff
			tmp[count[b]] = it
			count[b]++
		}
		items, tmp = tmp, items
	}
	order = make([]int32, len(items))
	keys = make([]uint64, len(items))
	for i, it := range items {
		order[i], keys[i] = it.idx, it.key
	}
	// Words longer than eight bytes may share a key: order those runs fully.
	for lo := 0; lo < len(items); {
		hi := lo + 1
		for hi < len(items) && items[hi].key == items[lo].key {
			hi++
		}
		if hi-lo > 1 {
			slices.SortStableFunc(order[lo:hi], func(a, b int32) int { return strings.Compare(words[a], words[b]) })
		}
		lo = hi
	}
	return order, keys
}

func prefixKey(w string) uint64 {
	var k uint64
	for i := 0; i < 8; i++ {
		k <<= 8
		if i < len(w) {
			k |= uint64(w[i])
		}
	}
	return k
}

// builtinLexicon is the reference's frequency lists, built on first use so a
// program that never scores a password does not pay for it.
var builtinLexicon = sync.OnceValue(func() *lexicon {
	return newLexicon(frequency.FrequencyLists)
})
