package catalog

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxQueryRunes bounds a query: a pasted megabyte must not cost more than
// a short name, and no service name is anywhere near this long.
const maxQueryRunes = 64

// searchKeys are an entry's normalised search strings, built once.
type searchKeys struct {
	names []string // English name, its words, Chinese name, pinyin, initials, id
	runes [][]rune // names as runes, for the typo check
	masks []uint64 // which runes (mod 64) each name contains
	hosts []string // domains without "www." and without the last label
}

func keysFor(e Entry) searchKeys {
	var k searchKeys
	add := func(s string) {
		if s = normalize(s); s != "" && !slices.Contains(k.names, s) {
			k.names = append(k.names, s)
			k.runes = append(k.runes, []rune(s))
			k.masks = append(k.masks, runeMask(s))
		}
	}
	add(e.Name)
	for _, w := range strings.FieldsFunc(e.Name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		add(w)
	}
	add(e.NameZh)
	add(e.Pinyin)
	add(e.PinyinInitials)
	add(e.ID)
	// Hosts are normalised like queries, so "qq.com" meets "qqcom"; the
	// name without its last label lets "bilibili" find bilibili.com.
	for _, d := range e.Domains {
		d = strings.TrimPrefix(strings.ToLower(d), "www.")
		k.hosts = append(k.hosts, normalize(d))
		if i := strings.LastIndexByte(d, '.'); i > 0 {
			k.hosts = append(k.hosts, normalize(d[:i]))
		}
	}
	return k
}

// normalize lowercases s and drops spaces and punctuation, so "Ele.me",
// "eleme" and "ele me" meet. Invalid UTF-8 is dropped rune by rune rather
// than rejected: a query is never an error.
func normalize(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n >= maxQueryRunes {
			break
		}
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
		n++
	}
	return b.String()
}

// Ranks, best first. Within a rank, shorter keys (closer matches) win.
const (
	rankExact = 1000 - iota*100
	rankPrefix
	rankHost
	rankSubstring
	rankSubsequence
	rankTypo
	rankNone = 0
)

// Search finds services by English or Chinese name, pinyin (full or
// initials: "zfb" finds 支付宝), id or domain, tolerating a typo. Exact
// and prefix matches come first; ties go to the shorter name, then id.
// limit <= 0 means no limit.
func Search(query string, limit int) []Entry {
	q := normalize(query)
	if q == "" {
		return nil
	}
	ix := load()
	type hit struct {
		i, score int
	}
	var hits []hit
	m := matcher{q: q, qr: []rune(q), mask: runeMask(q)}
	for i, k := range ix.keys {
		if s := m.score(k); s > rankNone {
			hits = append(hits, hit{i, s})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if a.score != b.score {
			return b.score - a.score
		}
		ea, eb := ix.entries[a.i], ix.entries[b.i]
		if la, lb := len(ea.Name), len(eb.Name); la != lb {
			return la - lb
		}
		return strings.Compare(ea.ID, eb.ID)
	})
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]Entry, len(hits))
	for j, h := range hits {
		out[j] = ix.entries[h.i]
	}
	return out
}

// matcher holds one query and scratch rows for the typo check, so a
// search allocates nothing per key.
type matcher struct {
	q                string
	qr               []rune
	mask             uint64
	row0, row1, row2 []int
}

// score is the best rank of the query against any key, minus the length
// of the rest of the key, so "wechat" ranks WeChat above "WeChat Pay".
func (m *matcher) score(k searchKeys) int {
	q, qn := m.q, len(m.qr)
	best := rankNone
	try := func(s int) {
		if s > best {
			best = s
		}
	}
	for i, key := range k.names {
		rest := len(k.runes[i]) - qn
		switch {
		case key == q:
			try(rankExact)
		case strings.HasPrefix(key, q):
			try(rankPrefix - min(rest, 50))
		case strings.Contains(key, q):
			try(rankSubstring - min(rest, 50))
		case qn >= 2 && isSubsequence(q, key):
			try(rankSubsequence - min(rest, 50))
		case qn >= 4 && best < rankTypo && m.typo(k.runes[i], k.masks[i]):
			try(rankTypo)
		}
	}
	for _, h := range k.hosts {
		if h == q || strings.HasPrefix(h, q) {
			try(rankHost)
		}
	}
	return best
}

// isSubsequence reports whether q's runes appear in key in order, so
// "qqyy" finds "qqyinyue" and "bdwp" reaches "baiduwangpan".
func isSubsequence(q, key string) bool {
	for _, r := range q {
		i := strings.IndexRune(key, r)
		if i < 0 {
			return false
		}
		key = key[i+utf8.RuneLen(r):]
	}
	return true
}

// typo allows one slip (two for long queries) against the whole key or
// against its beginning, so "gogle" finds Google and "spotfy" Spotify.
func (m *matcher) typo(kr []rune, mask uint64) bool {
	qr := m.qr
	allowed := 1
	if len(qr) >= 8 {
		allowed = 2
	}
	if len(kr) < len(qr)-allowed {
		return false // too short to be one slip away
	}
	// Each edit brings in at most one rune the key lacks, so a key missing
	// more of the query's runes than allowed cannot match: a cheap test
	// that skips the distance for almost every key.
	if bits.OnesCount64(m.mask&^mask) > allowed {
		return false
	}
	if len(kr) > len(qr)+allowed {
		// Compare with the key's prefix of about the query's length.
		kr = kr[:len(qr)+allowed]
		return min(m.osa(qr, kr[:len(qr)]), m.osa(qr, kr)) <= allowed
	}
	return m.osa(qr, kr) <= allowed
}

// runeMask sets bit r%64 for every rune r of s.
func runeMask(s string) uint64 {
	var m uint64
	for _, r := range s {
		m |= 1 << (uint(r) % 64)
	}
	return m
}

// osa is the optimal string alignment distance: edits plus adjacent swaps.
func (m *matcher) osa(a, b []rune) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	n := len(b) + 1
	if cap(m.row0) < n {
		m.row0, m.row1, m.row2 = make([]int, n), make([]int, n), make([]int, n)
	}
	prev2, prev, cur := m.row0[:n], m.row1[:n], m.row2[:n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
