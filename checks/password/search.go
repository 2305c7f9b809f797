package password

import (
	"math"
	"slices"

	"github.com/trustelem/zxcvbn/match"
	"github.com/trustelem/zxcvbn/scoring"
)

// minGuessesSequence is the reference's most_guessable_match_sequence, after
// trustelem's scoring.MostGuessableMatchSequence: the same dynamic programme
// and tie-breaking, with its per-position maps replaced by flat arrays and a
// brute-force match allocated only when it becomes a best candidate. The
// search ran twice per call and was half of an everyday call's time.
func minGuessesSequence(pw string, ms []*match.Match) (float64, []*match.Match) {
	n := len(pw)
	if n == 0 {
		return 1, nil
	}
	byJ := make([][]*match.Match, n)
	for _, m := range ms {
		if m.J < 0 || m.J >= n || m.I < 0 || m.I > m.J {
			continue
		}
		byJ[m.J] = append(byJ[m.J], m)
	}
	for _, b := range byJ {
		slices.SortStableFunc(b, func(x, y *match.Match) int { return x.I - y.I })
	}

	// For prefix [0, k] and sequence length l, at k*width+l: the best
	// sequence's last match, its product of guesses and its overall guesses.
	width := n + 1
	last := make([]*match.Match, n*width)
	pi := make([]float64, n*width)
	g := make([]float64, n*width)

	// update considers the length-l sequence ending with m, or when m is nil
	// with a brute-force match over [i, j].
	update := func(m *match.Match, i, j, l int) {
		var p float64
		if m != nil {
			p = scoring.EstimateGuesses(m, pw)
		} else {
			p = bruteforceMatchGuesses(j - i + 1)
		}
		if l > 1 {
			p *= pi[(i-1)*width+l-1]
		}
		f, d := lengthFactor(l)
		total := f*p + d
		for cl := 1; cl <= l; cl++ {
			if last[j*width+cl] != nil && g[j*width+cl] <= total {
				return
			}
		}
		if m == nil {
			m = &match.Match{Pattern: "bruteforce", Token: pw[i : j+1], I: i, J: j}
			scoring.EstimateGuesses(m, pw)
		}
		at := j*width + l
		last[at], pi[at], g[at] = m, p, total
	}

	for k := 0; k < n; k++ {
		for _, m := range byJ[k] {
			if m.I == 0 {
				update(m, 0, k, 1)
				continue
			}
			for l := 0; l < n; l++ {
				if last[(m.I-1)*width+l] != nil {
					update(m, m.I, k, l+1)
				}
			}
		}
		update(nil, 0, k, 1)
		for i := 1; i <= k; i++ {
			for l := 0; l < n; l++ {
				// Two brute-force matches in a row are never better than one.
				if lm := last[(i-1)*width+l]; lm != nil && lm.Pattern != "bruteforce" {
					update(nil, i, k, l+1)
				}
			}
		}
	}

	// Unwind from the end: the fewest guesses, the longer sequence on a tie.
	k, l := n-1, -1
	best := 0.0
	for cl := 0; cl < width; cl++ {
		if last[k*width+cl] != nil && (l < 0 || g[k*width+cl] < best || g[k*width+cl] == best && cl > l) {
			l, best = cl, g[k*width+cl]
		}
	}
	var seq []*match.Match
	for k >= 0 && l >= 0 {
		m := last[k*width+l]
		l--
		if m == nil {
			continue
		}
		seq = append(seq, m)
		k = m.I - 1
	}
	slices.Reverse(seq)
	if len(seq) >= width || last[(n-1)*width+len(seq)] == nil {
		return 0, seq // as the reference would: the caller treats 0 as unusable
	}
	return g[(n-1)*width+len(seq)], seq
}

// lengthFactors[l] are the search's l! and D^(l-1) terms, computed once.
var lengthFactors = func() (t [MaxScoredUnits + 2]struct{ factorial, growth float64 }) {
	for l := range t {
		t[l].factorial = factorial(l)
		t[l].growth = math.Pow(scoring.MinGuessesBeforeGrowingSequence, float64(l-1))
	}
	return t
}()

// lengthFactor returns l! and D^(l-1), from the table when l is in it.
func lengthFactor(l int) (float64, float64) {
	if l < len(lengthFactors) {
		return lengthFactors[l].factorial, lengthFactors[l].growth
	}
	return factorial(l), math.Pow(scoring.MinGuessesBeforeGrowingSequence, float64(l-1))
}

// bruteforceMatchGuesses is the reference's estimate for n unexplained
// units, kept one above the smallest submatch so any pattern wins a tie.
func bruteforceMatchGuesses(n int) float64 {
	g := math.Pow(scoring.BruteforceCardinality, float64(n))
	minimum := float64(scoring.MinSubmatchGuessesMultiChar + 1)
	if n == 1 {
		minimum = scoring.MinSubmatchGuessesSingleChar + 1
	}
	return math.Max(g, minimum)
}

func factorial(n int) float64 {
	f := 1.0
	for i := 2; i <= n; i++ {
		f *= float64(i)
	}
	return f
}
