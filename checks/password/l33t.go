package password

import (
	"sync"

	"github.com/trustelem/zxcvbn/match"
)

// The reference's l33t matcher enumerates substitution tables (which symbol
// stands for which letter) and re-runs every dictionary over the whole
// password once per table. With all twenty l33t symbols present there are
// thousands of tables, which made one call take over 100 ms. Here the same
// tables are enumerated once per set of symbols and cached, and the lexicon
// walk from each start position splits the tables only where they disagree
// on a symbol the substring uses, and only while some word still continues
// the translated prefix. The matches are the reference's, without duplicates.

// l33tTable is the reference's table in its key order (letters a to z).
var l33tTable = []struct {
	letter byte
	chars  string
}{
	{'a', "4@"}, {'b', "8"}, {'c', "({[<"}, {'e', "3"}, {'g', "69"},
	{'i', "1!|"}, {'l', "1|7"}, {'o', "0"}, {'s', "$5"}, {'t', "+7"},
	{'x', "%"}, {'z', "2"},
}

// l33tChars lists each symbol of the table once; a symbol's index is its
// place here.
const l33tChars = "4@8({[<3691!|70$5+%2"

const numL33t = len(l33tChars)

// l33tIndex maps a byte to its symbol index, or -1.
var l33tIndex = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < numL33t; i++ {
		t[l33tChars[i]] = int8(i)
	}
	return t
}()

// l33tSub is one substitution table: the letter each symbol stands for, 0
// where the symbol stands for itself.
type l33tSub [numL33t]byte

// l33tSubs returns the reference's substitution tables for a password
// holding the symbols in mask.
func l33tSubs(mask uint32) []l33tSub {
	subCache.Lock()
	subs, ok := subCache.m[mask]
	subCache.Unlock()
	if ok {
		return subs
	}
	subs = enumerateL33tSubs(mask)
	subCache.Lock()
	if len(subCache.m) < maxCachedSubSets {
		subCache.m[mask] = subs
	}
	subCache.Unlock()
	return subs
}

// maxCachedSubSets bounds the cache: typing adds symbols one at a time, so a
// session meets few distinct sets, and the largest (all twenty symbols) is
// 736 tables, 15 KB.
const maxCachedSubSets = 256

var subCache = struct {
	sync.Mutex
	m map[uint32][]l33tSub
}{m: map[uint32][]l33tSub{}}

// enumerateL33tSubs follows the reference's enumerate_l33t_subs: letter by
// letter, each table either maps one more of the letter's symbols to it or,
// where the symbol already stands for another letter, both keeps and
// replaces that mapping. Duplicates are dropped as the reference's dedup does.
func enumerateL33tSubs(mask uint32) []l33tSub {
	if mask == 0 {
		return nil
	}
	subs := []l33tSub{{}}
	for _, row := range l33tTable {
		var next []l33tSub
		seen := map[l33tSub]bool{}
		add := func(s l33tSub) {
			if !seen[s] {
				seen[s] = true
				next = append(next, s)
			}
		}
		for k := 0; k < len(row.chars); k++ {
			c := int(l33tIndex[row.chars[k]])
			if mask&(1<<c) == 0 {
				continue
			}
			for _, s := range subs {
				if s[c] == 0 {
					s[c] = row.letter
					add(s)
					continue
				}
				add(s)
				s[c] = row.letter
				add(s)
			}
		}
		if next != nil {
			subs = next
		}
	}
	return subs
}

// l33tMask is the set of l33t symbols in proxy.
func l33tMask(proxy string) uint32 {
	var mask uint32
	for i := 0; i < len(proxy); i++ {
		if k := l33tIndex[proxy[i]]; k >= 0 {
			mask |= 1 << k
		}
	}
	return mask
}

// l33tMatches appends the reference's l33t matches of lx in proxy for the
// substitution tables subs.
func l33tMatches(out []*match.Match, lx *lexicon, proxy string, subs []l33tSub) []*match.Match {
	if len(subs) == 0 {
		return out
	}
	all := make([]int32, len(subs))
	for i := range all {
		all[i] = int32(i)
	}
	w := l33tWalk{lx: lx, proxy: proxy, subs: subs, out: out}
	for i := 0; i < len(proxy); i++ {
		w.start = i
		w.step(i, lx.all(), all, l33tSub{}, 0)
	}
	return w.out
}

type l33tWalk struct {
	lx    *lexicon
	proxy string
	subs  []l33tSub
	out   []*match.Match
	start int
}

// step extends the substring [start, j) by proxy[j]. group holds the tables
// that agree on every symbol seen so far (the bits of seen); r is that
// agreed mapping.
func (w *l33tWalk) step(j int, s span, group []int32, r l33tSub, seen uint32) {
	if j == len(w.proxy) {
		return
	}
	c := w.proxy[j]
	k := l33tIndex[c]
	if k < 0 || seen&(1<<k) != 0 {
		b := lowerASCII(c)
		if k >= 0 && r[k] != 0 {
			b = r[k]
		}
		if ns, ok := w.lx.next(s, b); ok {
			w.emit(j, ns, r, seen)
			w.step(j+1, ns, group, r, seen)
		}
		return
	}
	// The tables may disagree on c: follow each value some table gives it,
	// if a word continues the prefix that way.
	for _, v := range l33tValues(c) {
		b := v
		if v == 0 {
			b = c
		}
		ns, ok := w.lx.next(s, b)
		if !ok {
			continue
		}
		var sub []int32
		for _, t := range group {
			if w.subs[t][k] == v {
				sub = append(sub, t)
			}
		}
		if len(sub) == 0 {
			continue
		}
		r2 := r
		r2[k] = v
		w.emit(j, ns, r2, seen|1<<k)
		w.step(j+1, ns, sub, r2, seen|1<<k)
	}
}

// l33tValues lists what symbol c may stand for: itself (0) or a letter.
func l33tValues(c byte) []byte {
	return l33tValueTable[l33tIndex[c]]
}

var l33tValueTable = func() (t [numL33t][]byte) {
	for k := range t {
		t[k] = []byte{0}
	}
	for _, row := range l33tTable {
		for i := 0; i < len(row.chars); i++ {
			k := l33tIndex[row.chars[i]]
			t[k] = append(t[k], row.letter)
		}
	}
	return t
}()

// emit records [start, j] if it spells a word, is longer than one
// character and uses at least one substitution, as the reference requires.
func (w *l33tWalk) emit(j int, s span, r l33tSub, seen uint32) {
	if j == w.start {
		return
	}
	idx, ok := w.lx.word(s)
	if !ok {
		return
	}
	var sub map[string]string
	for k := 0; k < numL33t; k++ {
		if seen&(1<<k) != 0 && r[k] != 0 {
			if sub == nil {
				sub = map[string]string{}
			}
			sub[l33tChars[k:k+1]] = string(r[k])
		}
	}
	if sub == nil {
		return
	}
	token := w.proxy[w.start : j+1]
	for _, e := range w.lx.entriesOf(idx) {
		m := &match.Match{
			Pattern:        "dictionary",
			I:              w.start,
			J:              j,
			Token:          token,
			MatchedWord:    w.lx.wordAt(idx),
			Rank:           int(e.rank),
			DictionaryName: w.lx.dicts[e.dict],
			L33t:           true,
			Sub:            sub,
		}
		if len(w.lx.entriesOf(idx)) > 1 {
			m.Sub = copySub(sub)
		}
		w.out = append(w.out, m)
	}
}

func copySub(s map[string]string) map[string]string {
	c := make(map[string]string, len(s))
	for k, v := range s {
		c[k] = v
	}
	return c
}
