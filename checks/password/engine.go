package password

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/trustelem/zxcvbn/match"
)

// scorer scores pieces of one password for one set of user inputs. It is
// read-only once built, so one scorer serves concurrent calls.
type scorer struct {
	userInputs []string   // as the reference receives them
	userLex    *lexicon   // the reference's user_inputs dictionary; nil without inputs
	nonASCII   [][]uint16 // by rank: user inputs the byte matchers cannot match, in code units; nil for ASCII ones
	extra      extraWords // footprint's own words: pinyin, names, user details
}

func newScorer(opt Options) *scorer {
	sc := &scorer{}
	hasNonASCII := false
	for _, u := range opt.UserInputs {
		u = sanitizeUserInput(u)
		if u == "" {
			continue
		}
		sc.userInputs = append(sc.userInputs, u)
		var w []uint16
		for i := 0; i < len(u); i++ {
			if u[i] >= utf8.RuneSelf {
				w, hasNonASCII = toUnits(u), true
				break
			}
		}
		sc.nonASCII = append(sc.nonASCII, w)
	}
	if !hasNonASCII {
		sc.nonASCII = nil
	}
	if len(sc.userInputs) > 0 {
		sc.userLex = newLexicon(map[string][]string{"user_inputs": sc.userInputs})
	}
	sc.extra = buildExtraWords(sc.userInputs)
	return sc
}

// scorerFor returns the scorer for opt, built once per distinct set of user
// inputs: a live check re-scores on every key with the same details.
func scorerFor(opt Options) *scorer {
	var b strings.Builder
	for _, u := range opt.UserInputs {
		// Length-prefixed, so no two lists of inputs share a key.
		fmt.Fprintf(&b, "%d:%s", len(u), u)
	}
	key := b.String()
	scorers.Lock()
	sc, ok := scorers.m[key]
	scorers.Unlock()
	if ok {
		return sc
	}
	sc = newScorer(opt)
	scorers.Lock()
	if len(scorers.m) >= maxCachedScorers {
		clear(scorers.m)
	}
	scorers.m[key] = sc
	scorers.Unlock()
	return sc
}

// maxCachedScorers bounds the cache; an audit of an export passes one set
// of inputs, a session a handful.
const maxCachedScorers = 32

var scorers = struct {
	sync.Mutex
	m map[string]*scorer
}{m: map[string]*scorer{}}

// matches are the matches the reference zxcvbn would find in in (its
// omnimatch), over code units: dictionaries, reversed words and l33t, keyboard
// walks, recent years and dates on the proxy; repeats and sequences on the units.
func (sc *scorer) matches(in input, proxy string) []*match.Match {
	lx := builtinLexicon()
	ms := dictionaryMatches(nil, lx, proxy)
	ms = reversedMatches(ms, lx, proxy)
	subs := l33tSubs(l33tMask(proxy))
	ms = l33tMatches(ms, lx, proxy, subs)
	if sc.userLex != nil {
		ms = dictionaryMatches(ms, sc.userLex, proxy)
		ms = reversedMatches(ms, sc.userLex, proxy)
		ms = l33tMatches(ms, sc.userLex, proxy, subs)
	}
	ms = spatialMatches(ms, proxy)
	ms = append(ms, repeatMatches(in, proxy, sc)...)
	ms = append(ms, sequenceMatches(in, proxy)...)
	ms = recentYearMatches(ms, proxy)
	ms = dateMatches(ms, proxy)
	if sc.nonASCII != nil && !in.ascii {
		// The reference ranks user inputs by their place in the whole list.
		ms = append(ms, wordMatches(lowerUnits(in.units), proxy, sc.nonASCII, "user_inputs", true)...)
	}
	match.Sort(ms)
	return ms
}

// reference scores in as zxcvbn 4.4.2 would.
func (sc *scorer) reference(in input) (float64, []*match.Match) {
	proxy := in.proxy()
	return search(in, proxy, sc.matches(in, proxy))
}

// recentYearMatches is the reference's one regex, 19\d\d|200\d|201\d, found
// left to right without overlaps.
func recentYearMatches(out []*match.Match, pw string) []*match.Match {
	for i := 0; i+4 <= len(pw); {
		t := pw[i : i+4]
		if isDigit(t[2]) && isDigit(t[3]) && (t[:2] == "19" || t[:3] == "200" || t[:3] == "201") {
			out = append(out, &match.Match{Pattern: "regex", Token: t, I: i, J: i + 3, RegexName: "recent_year"})
			i += 4
			continue
		}
		i++
	}
	return out
}

// search runs the minimum-guesses search and guards its answer: like
// trustelem's, it can return 0, NaN or Inf where it loses track of a
// sequence, and such a number must never turn into "very weak".
func search(in input, proxy string, ms []*match.Match) (float64, []*match.Match) {
	if len(in.units) == 0 {
		return 1, nil
	}
	g, seq := minGuessesSequence(proxy, ms)
	if g <= 0 || math.IsNaN(g) || math.IsInf(g, 0) || !covers(seq, len(in.units)) {
		return bruteforceGuesses(in), []*match.Match{{
			Pattern: "bruteforce", I: 0, J: len(in.units) - 1, Token: proxy,
		}}
	}
	return g, seq
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
