package catalog

import (
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
	hosts []string // domains without "www." and without the last label
}

func keysFor(e Entry) searchKeys {
	var k searchKeys
	add := func(s string) {
		if s = normalize(s); s != "" && !slices.Contains(k.names, s) {
			k.names = append(k.names, s)
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
	for _, d := range e.Domains {
		d = strings.TrimPrefix(strings.ToLower(d), "www.")
		k.hosts = append(k.hosts, d)
		if i := strings.LastIndexByte(d, '.'); i > 0 {
			k.hosts = append(k.hosts, d[:i])
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
	for i, k := range ix.keys {
		if s := score(q, k); s > rankNone {
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

// score is the best rank of q against any key, minus the length of the
// rest of the key, so "wechat" ranks WeChat above "WeChat Pay".
func score(q string, k searchKeys) int {
	best := rankNone
	try := func(s int) {
		if s > best {
			best = s
		}
	}
	qn := utf8.RuneCountInString(q)
	for _, key := range k.names {
		rest := utf8.RuneCountInString(key) - qn
		switch {
		case key == q:
			try(rankExact)
		case strings.HasPrefix(key, q):
			try(rankPrefix - min(rest, 50))
		case strings.Contains(key, q):
			try(rankSubstring - min(rest, 50))
		case qn >= 2 && isSubsequence(q, key):
			try(rankSubsequence - min(rest, 50))
		case qn >= 4 && typoMatch(q, key):
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

// typoMatch allows one slip (two for long queries) against the whole key
// or against its beginning, so "gogle" finds Google and "spotfy" Spotify.
func typoMatch(q, key string) bool {
	qr, kr := []rune(q), []rune(key)
	allowed := 1
	if len(qr) >= 8 {
		allowed = 2
	}
	if d := len(kr) - len(qr); d > allowed {
		// Compare with the key's prefix of about the query's length.
		kr = kr[:len(qr)+allowed]
		return min(osa(qr, kr[:len(qr)]), osa(qr, kr)) <= allowed
	}
	return osa(qr, kr) <= allowed
}

// osa is the optimal string alignment distance: edits plus adjacent swaps.
func osa(a, b []rune) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
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
