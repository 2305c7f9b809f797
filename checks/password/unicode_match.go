package password

import (
	"slices"

	"github.com/dlclark/regexp2"
	"github.com/trustelem/zxcvbn/match"
)

// trustelem finds repeats and sequences in bytes, so it misses them in
// non-ASCII text; these are ports of the reference matchers over code units,
// used for every input.

var (
	greedyRepeat       = regexp2.MustCompile(`(.+)\1+`, 0)
	lazyRepeat         = regexp2.MustCompile(`(.+?)\1+`, 0)
	lazyAnchoredRepeat = regexp2.MustCompile(`^(.+?)\1+$`, 0)
)

// repeatMatches follows the reference: the longer of the greedy and lazy
// matches wins, its shortest repeating unit is the base, scored recursively.
func repeatMatches(in input, proxy string, sc *scorer) []*match.Match {
	var out []*match.Match
	if !hasSquare(in.units) {
		return out // the regexps would find nothing; they cost more than this check
	}
	rs := in.runes()
	last := 0
	for last < len(in.units) {
		g, err := greedyRepeat.FindRunesMatchStartingAt(rs, last)
		if err != nil || g == nil {
			break
		}
		l, err := lazyRepeat.FindRunesMatchStartingAt(rs, last)
		if err != nil || l == nil {
			break
		}
		m, baseLen := l, l.GroupByNumber(1).Length
		if g.Length > l.Length {
			m = g
			a, err := lazyAnchoredRepeat.FindRunesMatch(g.Runes())
			if err != nil || a == nil {
				break
			}
			baseLen = a.GroupByNumber(1).Length
		}
		i, j := m.Index, m.Index+m.Length-1
		base := in.slice(i, i+baseLen)
		baseGuesses, baseSeq := sc.reference(base)
		out = append(out, &match.Match{
			Pattern:     "repeat",
			I:           i,
			J:           j,
			Token:       proxy[i : j+1],
			BaseToken:   base.proxy(),
			BaseGuesses: baseGuesses,
			BaseMatches: baseSeq,
			RepeatCount: m.Length / baseLen,
		})
		last = j + 1
	}
	return out
}

// hasSquare reports whether some run of units is followed at once by
// itself, which is what any repeat match needs.
func hasSquare(u []uint16) bool {
	for size := 1; 2*size <= len(u); size++ {
		for i := 0; i+2*size <= len(u); i++ {
			if u[i] == u[i+size] && slices.Equal(u[i:i+size], u[i+size:i+2*size]) {
				return true
			}
		}
	}
	return false
}

const maxSequenceDelta = 5

// sequenceMatches finds runs with a constant code-unit step of at most 5.
func sequenceMatches(in input, proxy string) []*match.Match {
	u := in.units
	var out []*match.Match
	if len(u) <= 1 {
		return out
	}
	add := func(i, j, delta int) {
		ad := delta
		if ad < 0 {
			ad = -ad
		}
		if (j-i > 1 || ad == 1) && ad > 0 && ad <= maxSequenceDelta {
			out = append(out, &match.Match{
				Pattern:       "sequence",
				I:             i,
				J:             j,
				Token:         proxy[i : j+1],
				SequenceName:  sequenceName(u[i : j+1]),
				SequenceSpace: 26,
				Ascending:     delta > 0,
			})
		}
	}
	i, last := 0, int(u[1])-int(u[0])
	for k := 1; k < len(u); k++ {
		delta := int(u[k]) - int(u[k-1])
		if delta == last {
			continue
		}
		add(i, k-1, last)
		i, last = k-1, delta
	}
	add(i, len(u)-1, last)
	return out
}

func sequenceName(t []uint16) string {
	all := func(lo, hi uint16) bool {
		for _, c := range t {
			if c < lo || c > hi {
				return false
			}
		}
		return true
	}
	switch {
	case all('a', 'z'):
		return "lower"
	case all('A', 'Z'):
		return "upper"
	case all('0', '9'):
		return "digits"
	}
	return "unicode"
}

// wordMatches finds each listed word (already lower-cased code units) in the
// lower-cased input, forwards and reversed, as dictionary matches of dict.
// Words are ranked by their position in the list, like the reference's
// user-input dictionary.
func wordMatches(lower []uint16, proxy string, words [][]uint16, dict string, reversed bool) []*match.Match {
	var out []*match.Match
	for rank, w := range words {
		if len(w) == 0 || len(w) > len(lower) {
			continue
		}
		for i := 0; i+len(w) <= len(lower); i++ {
			if equalUnits(lower[i:i+len(w)], w, false) {
				out = append(out, dictMatch(proxy, i, i+len(w)-1, rank+1, dict, false))
			}
			if reversed && len(w) > 1 && equalUnits(lower[i:i+len(w)], w, true) {
				out = append(out, dictMatch(proxy, i, i+len(w)-1, rank+1, dict, true))
			}
		}
	}
	return out
}

func dictMatch(proxy string, i, j, rank int, dict string, rev bool) *match.Match {
	return &match.Match{
		Pattern:        "dictionary",
		I:              i,
		J:              j,
		Token:          proxy[i : j+1],
		MatchedWord:    proxy[i : j+1],
		Rank:           rank,
		DictionaryName: dict,
		Reversed:       rev,
	}
}

func equalUnits(a, w []uint16, reversed bool) bool {
	for k := range w {
		c := w[k]
		if reversed {
			c = w[len(w)-1-k]
		}
		if a[k] != c {
			return false
		}
	}
	return true
}
