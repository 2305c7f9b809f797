package password

import (
	"math"
	"unicode/utf8"

	"github.com/trustelem/zxcvbn/match"
	"github.com/trustelem/zxcvbn/matching"
	"github.com/trustelem/zxcvbn/scoring"
)

// scorer scores pieces of one password for one set of user inputs.
type scorer struct {
	userInputs []string   // as the reference receives them
	nonASCII   [][]uint16 // user inputs trustelem cannot match, in code units
	extra      extraWords // footprint's own words: pinyin, names, user details
}

func newScorer(opt Options) *scorer {
	sc := &scorer{}
	for _, u := range opt.UserInputs {
		u = sanitizeUserInput(u)
		if u == "" {
			continue
		}
		sc.userInputs = append(sc.userInputs, u)
		for i := 0; i < len(u); i++ {
			if u[i] >= utf8.RuneSelf {
				sc.nonASCII = append(sc.nonASCII, toUnits(u))
				break
			}
		}
	}
	sc.extra = buildExtraWords(sc.userInputs)
	return sc
}

// baseMatches are the matches the reference zxcvbn would find.
func (sc *scorer) baseMatches(in input, proxy string) []*match.Match {
	ms := matching.Omnimatch(proxy, sc.userInputs)
	if in.ascii {
		return ms
	}
	kept := ms[:0]
	for _, m := range ms {
		if m.Pattern != "repeat" && m.Pattern != "sequence" {
			kept = append(kept, m)
		}
	}
	kept = append(kept, repeatMatches(in, proxy, sc)...)
	kept = append(kept, sequenceMatches(in, proxy)...)
	if len(sc.nonASCII) > 0 {
		// The reference ranks user inputs by their place in the whole list.
		words := make([][]uint16, len(sc.userInputs))
		for i, u := range sc.userInputs {
			words[i] = toUnits(u)
		}
		ascii := make([][]uint16, len(words))
		for i, w := range words {
			if !isASCIIUnits(w) {
				ascii[i] = w
			}
		}
		kept = append(kept, wordMatches(lowerUnits(in.units), proxy, ascii, "user_inputs", true)...)
	}
	match.Sort(kept)
	return kept
}

// reference scores in as zxcvbn 4.4.2 would.
func (sc *scorer) reference(in input) (float64, []*match.Match) {
	proxy := in.proxy()
	return search(in, proxy, sc.matches(in, proxy))
}

// matches runs the reference's matchers over in. Above windowUnits, the
// costly dictionary and l33t matching runs on overlapping windows (any
// pattern up to windowUnits-windowStride+1 units lies wholly inside one),
// while repeats and sequences are found over the whole input.
func (sc *scorer) matches(in input, proxy string) []*match.Match {
	n := len(in.units)
	if n <= windowUnits {
		return sc.baseMatches(in, proxy)
	}
	seen := map[matchKey]bool{}
	var out []*match.Match
	for start := 0; ; start += windowStride {
		end := min(start+windowUnits, n)
		w := in.slice(start, end)
		for _, m := range sc.baseMatches(w, w.proxy()) {
			if m.Pattern == "repeat" || m.Pattern == "sequence" {
				continue
			}
			m.I += start
			m.J += start
			m.Token = proxy[m.I : m.J+1]
			k := keyOf(m)
			if !seen[k] {
				seen[k] = true
				out = append(out, m)
			}
		}
		if end == n {
			break
		}
	}
	out = append(out, repeatMatches(in, proxy, sc)...)
	out = append(out, sequenceMatches(in, proxy)...)
	match.Sort(out)
	return out
}

type matchKey struct {
	pattern, dict, graph, regex string
	i, j, rank                  int
	l33t, reversed              bool
	sub                         string
}

func keyOf(m *match.Match) matchKey {
	k := matchKey{m.Pattern, m.DictionaryName, m.Graph, m.RegexName, m.I, m.J, m.Rank, m.L33t, m.Reversed, ""}
	for a, b := range m.Sub {
		k.sub += a + b
	}
	return k
}

// search runs trustelem's minimum-guesses search and guards its answer: the
// engine can return 0, NaN or Inf where it loses track of a sequence, and such
// a number must never turn into "very weak".
func search(in input, proxy string, ms []*match.Match) (float64, []*match.Match) {
	if len(in.units) == 0 {
		return 1, nil
	}
	res := scoring.MostGuessableMatchSequence(proxy, ms, false)
	g := res.Guesses
	if g <= 0 || math.IsNaN(g) || math.IsInf(g, 0) || !covers(res.Sequence, len(in.units)) {
		return bruteforceGuesses(in), []*match.Match{{
			Pattern: "bruteforce", I: 0, J: len(in.units) - 1, Token: proxy,
		}}
	}
	return g, res.Sequence
}

// covers reports whether seq tiles [0, n) without gaps or overlaps.
func covers(seq []*match.Match, n int) bool {
	next := 0
	for _, m := range seq {
		if m == nil || m.I != next || m.J < m.I {
			return false
		}
		next = m.J + 1
	}
	return next == n
}

// bruteforceGuesses is the reference's estimate for a string no pattern
// explains: ten per code unit.
func bruteforceGuesses(in input) float64 {
	g := math.Pow(10, float64(len(in.units)))
	if math.IsInf(g, 0) {
		return math.MaxFloat64
	}
	return math.Max(g, 11)
}

func isASCIIUnits(w []uint16) bool {
	for _, c := range w {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
