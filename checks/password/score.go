package password

import (
	"math"
	"strings"

	"github.com/trustelem/zxcvbn/match"
)

// MaxScoredUnits bounds the scored input. Matching grows with the square of
// the length (dictionary walks, dates, the minimum-guesses search), and the
// reference's own l33t matching with the variety of l33t symbols; at this
// cap the worst input stays within the 20 ms budget (see BENCHMARKS.md).
const MaxScoredUnits = 48

// maxInputBytes is enough bytes for MaxScoredUnits runes of any width, so a
// 1 MB paste is never scanned past its start.
const maxInputBytes = 4*MaxScoredUnits + 4

// Score rates pw. It never panics and accepts any bytes at all.
func Score(pw string, opt Options) Result {
	in, capped := bound(pw)
	sc := scorerFor(opt)

	g, seq := sc.score(in)
	log10 := math.Log10(g)
	guesses := math.Pow(10, log10)
	if len(in.units) == 0 || guesses < 1 {
		guesses, log10 = 1, 0
	}
	if math.IsInf(guesses, 0) || math.IsNaN(guesses) {
		guesses = math.MaxFloat64
		log10 = math.Log10(guesses)
	}
	score := guessesToScore(guesses)
	res := Result{
		Score:        score,
		Guesses:      guesses,
		GuessesLog10: log10,
		CrackTimes:   crackTimes(guesses),
		Patterns:     patterns(in, seq),
		Capped:       capped,
		ScoredRunes:  in.runeCount(),
	}
	res.Warning, res.Suggestions = feedback(score, res.Patterns)
	return res
}

// bound makes pw valid UTF-8 and keeps whole runes up to MaxScoredUnits.
func bound(pw string) (input, bool) {
	capped := false
	if len(pw) > maxInputBytes {
		pw, capped = pw[:maxInputBytes], true
	}
	pw = strings.ToValidUTF8(pw, "\uFFFD")
	units := 0
	for i, r := range pw {
		n := 1
		if r >= 0x10000 {
			n = 2
		}
		if units+n > MaxScoredUnits {
			pw, capped = pw[:i], true
			break
		}
		units += n
	}
	return newInput(pw), capped
}

func (in input) runeCount() int {
	if len(in.unitRune) == 0 {
		return 0
	}
	return in.unitRune[len(in.unitRune)-1] - in.unitRune[0] + 1
}

// score is the reference's estimate, then again with footprint's own
// patterns, keeping the lower; a password made only of those is capped.
func (sc *scorer) score(in input) (float64, []*match.Match) {
	proxy := in.proxy()
	base := sc.matches(in, proxy)
	g, seq := search(in, proxy, base)
	all := base
	// Without footprint's own matches the second search would repeat the first.
	if extra := sc.extraMatches(in, proxy); len(extra) > 0 {
		all = append(append([]*match.Match(nil), base...), extra...)
		match.Sort(all)
		if g2, seq2 := search(in, proxy, all); g2 <= g {
			g, seq = g2, seq2
		}
	}
	if g > chineseOnlyCap {
		if tiling := chineseTiling(len(in.units), all); tiling != nil {
			g, seq = chineseOnlyCap, tiling
		}
	}
	return g, seq
}

// guessesToScore uses the reference's thresholds.
func guessesToScore(g float64) int {
	const delta = 5
	switch {
	case g < 1e3+delta:
		return 0
	case g < 1e6+delta:
		return 1
	case g < 1e8+delta:
		return 2
	case g < 1e10+delta:
		return 3
	}
	return 4
}

// crackTimes uses the reference's attacker models.
func crackTimes(g float64) CrackTimes {
	return CrackTimes{
		OnlineThrottled: g / (100.0 / 3600),
		Online:          g / 10,
		OfflineSlow:     g / 1e4,
		OfflineFast:     g / 1e10,
	}
}
