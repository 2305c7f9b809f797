package password

import (
	"bufio"
	_ "embed"
	"strings"

	"github.com/trustelem/zxcvbn/match"
)

// Patterns common in Chinese-speaking users' passwords that zxcvbn's
// English-centred lists miss. They only ever lower an estimate.

var (
	//go:embed data/pinyin_words.txt
	pinyinWordsTxt string
	//go:embed data/pinyin_surnames.txt
	pinyinSurnamesTxt string
	//go:embed data/pinyin_given.txt
	pinyinGivenTxt string
	//go:embed data/lucky_numbers.txt
	luckyNumbersTxt string
)

// Dictionary names of footprint's own matches (the reference has none of them).
const (
	dictPinyin      = "pinyin"
	dictPinyinNames = "pinyin_names"
	dictLucky       = "lucky_numbers"
	dictUserDetails = "user_details"
	patternBirthday = "birthday"
)

// minStandalonePinyin keeps two- and three-letter syllables (li, he, ma) from
// matching inside ordinary English words on their own.
const minStandalonePinyin = 4

// chineseOnlyCap is the most guesses a password made only of these patterns
// is credited with: score 1 at most.
const chineseOnlyCap = 1e6

// parseList reads one of the embedded lists (one lower-case ASCII word a
// line, # comments) as a lexicon ranked by line, skipping words shorter
// than minLen.
func parseList(txt string, minLen int, dict string) *lexicon {
	var words []string
	sc := bufio.NewScanner(strings.NewReader(txt))
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") || len(w) < minLen {
			continue
		}
		words = append(words, strings.ToLower(w))
	}
	return newLexicon(map[string][]string{dict: words})
}

var (
	pinyinWords    = parseList(pinyinWordsTxt, minStandalonePinyin, dictPinyin)
	pinyinSurnames = parseList(pinyinSurnamesTxt, 1, dictPinyinNames)
	pinyinGiven    = parseList(pinyinGivenTxt, 1, dictPinyinNames)
	luckyNumbers   = parseList(luckyNumbersTxt, 3, dictLucky)
)

// extraWords are the per-call lists: the user's details broken into the
// pieces people put in passwords.
type extraWords struct {
	userPieces [][]uint16
}

func buildExtraWords(userInputs []string) extraWords {
	var e extraWords
	for _, p := range userDetailPieces(userInputs) {
		e.userPieces = append(e.userPieces, toUnits(p))
	}
	return e
}

// extraMatches finds footprint's own patterns in one piece.
func (sc *scorer) extraMatches(in input, proxy string) []*match.Match {
	ms := dictionaryMatches(nil, pinyinWords, proxy)
	ms = append(ms, nameMatches(proxy)...)
	ms = dictionaryMatches(ms, luckyNumbers, proxy)
	if len(sc.extra.userPieces) > 0 {
		// User details may be in any script, so they are matched on code units.
		ms = append(ms, wordMatches(lowerUnits(in.units), proxy, sc.extra.userPieces, dictUserDetails, true)...)
	}
	ms = append(ms, birthdayMatches(in.units, proxy)...)
	return ms
}

// nameMatches finds a surname followed by a given name (zhangwei), ranked by
// the product of their ranks, and long surnames or given names on their own.
func nameMatches(proxy string) []*match.Match {
	sur := dictionaryMatches(nil, pinyinSurnames, proxy)
	giv := dictionaryMatches(nil, pinyinGiven, proxy)
	var out []*match.Match
	for _, s := range sur {
		for _, g := range giv {
			if g.I == s.J+1 {
				m := dictMatch(proxy, s.I, g.J, s.Rank*g.Rank, dictPinyinNames, false)
				out = append(out, m)
			}
		}
	}
	for _, m := range append(sur, giv...) {
		if m.J-m.I+1 >= minStandalonePinyin {
			out = append(out, m)
		}
	}
	return out
}

// birthdayMatches finds mmdd, yymmdd and yyyymmdd digit runs. Guesses count
// the plausible dates of that form.
func birthdayMatches(u []uint16, proxy string) []*match.Match {
	var out []*match.Match
	digits := func(i, n int) (int, bool) {
		v := 0
		for k := i; k < i+n; k++ {
			if u[k] < '0' || u[k] > '9' {
				return 0, false
			}
			v = v*10 + int(u[k]-'0')
		}
		return v, true
	}
	validMD := func(md int) bool {
		m, d := md/100, md%100
		return m >= 1 && m <= 12 && d >= 1 && d <= 31
	}
	forms := []struct {
		n       int
		guesses float64
		ok      func(v int) bool
	}{
		{4, 366, validMD},
		{6, 100 * 366, func(v int) bool { return validMD(v % 10000) }},
		{8, 120 * 366, func(v int) bool { y := v / 10000; return y >= 1910 && y <= 2029 && validMD(v%10000) }},
	}
	for i := range u {
		for _, f := range forms {
			if i+f.n > len(u) {
				continue
			}
			if v, ok := digits(i, f.n); ok && f.ok(v) {
				out = append(out, &match.Match{
					Pattern: patternBirthday, I: i, J: i + f.n - 1,
					Token: proxy[i : i+f.n], Guesses: f.guesses,
				})
			}
		}
	}
	return out
}

// chineseTiling returns matches of footprint's patterns, dates and the
// user's own details that tile the input end to end, or nil. Dates alone do
// not count: a long digit string can always be cut into dates.
func chineseTiling(n int, ms []*match.Match) []*match.Match {
	if n == 0 {
		return nil
	}
	// best[i] is a tiling of [0, i); special says it has a non-date piece.
	best := make([]*[]tileStep, n+1)
	best[0] = &[]tileStep{}
	for i := 0; i < n; i++ {
		if best[i] == nil {
			continue
		}
		for _, m := range ms {
			if m.I != i || !isChineseKind(m) {
				continue
			}
			next := append(append([]tileStep(nil), *best[i]...), tileStep{m, !isDateKind(m)})
			if cur := best[m.J+1]; cur == nil || hasSpecial(next) && !hasSpecial(*cur) {
				best[m.J+1] = &next
			}
		}
	}
	if best[n] == nil || !hasSpecial(*best[n]) {
		return nil
	}
	out := make([]*match.Match, len(*best[n]))
	for i, s := range *best[n] {
		out[i] = s.m
	}
	return out
}

type tileStep struct {
	m       *match.Match
	special bool
}

func hasSpecial(steps []tileStep) bool {
	for _, s := range steps {
		if s.special {
			return true
		}
	}
	return false
}

func isDateKind(m *match.Match) bool {
	return m.Pattern == patternBirthday || m.Pattern == "date" || m.Pattern == "regex"
}

func isChineseKind(m *match.Match) bool {
	switch m.Pattern {
	case patternBirthday, "date":
		return true
	case "regex":
		return m.RegexName == "recent_year"
	case "dictionary":
		switch m.DictionaryName {
		case dictPinyin, dictPinyinNames, dictLucky, dictUserDetails, "user_inputs":
			return true
		}
	}
	return false
}
