package password

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/trustelem/zxcvbn/frequency"
	"github.com/trustelem/zxcvbn/match"
	"github.com/trustelem/zxcvbn/matching"
	"github.com/trustelem/zxcvbn/scoring"
)

// footprint's matchers replace trustelem's omnimatch for speed; these tests
// hold them to the same matches, on generated passwords of every shape.

func matchKey(m *match.Match) string {
	switch m.Pattern {
	case "repeat":
		return fmt.Sprintf("repeat %d-%d x%d %q", m.I, m.J, m.RepeatCount, m.BaseToken)
	case "sequence":
		return fmt.Sprintf("sequence %d-%d %v", m.I, m.J, m.Ascending)
	}
	return fmt.Sprintf("%s %d-%d %q %s r%d rev=%v l33t=%v sub=%v %s t%d s%d %d/%d/%d %q %s",
		m.Pattern, m.I, m.J, m.Token, m.DictionaryName, m.Rank, m.Reversed, m.L33t, m.Sub,
		m.Graph, m.Turns, m.ShiftedCount, m.Year, m.Month, m.Day, m.Separator, m.RegexName)
}

func keys(ms []*match.Match, keep func(*match.Match) bool) []string {
	var out []string
	for _, m := range ms {
		if keep(m) {
			out = append(out, matchKey(m))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func isL33t(m *match.Match) bool { return m.L33t }

// generatedPasswords mixes list words, l33t spellings, capitals, dates with
// and without separators, keyboard walks, repeats, sequences and symbols.
func generatedPasswords(n int, seed int64) []string {
	r := rand.New(rand.NewSource(seed))
	lists := [][]string{frequency.FrequencyLists["passwords"], frequency.FrequencyLists["english_wikipedia"],
		frequency.FrequencyLists["female_names"], frequency.FrequencyLists["surnames"]}
	swaps := map[byte]string{'a': "4@", 'e': "3", 'i': "1!|", 'o': "0", 's': "$5", 't': "+7", 'l': "1|7", 'g': "69", 'c': "({[<", 'b': "8", 'z': "2", 'x': "%"}
	pieces := []func() string{
		func() string { l := lists[r.Intn(len(lists))]; return l[r.Intn(min(len(l), 3000))] },
		func() string {
			l := lists[r.Intn(len(lists))]
			w := []byte(l[r.Intn(min(len(l), 3000))])
			for i, c := range w {
				if s, ok := swaps[c]; ok && r.Intn(2) == 0 {
					w[i] = s[r.Intn(len(s))]
				}
			}
			return string(w)
		},
		func() string {
			return fmt.Sprintf("%02d%s%02d%s%d", 1+r.Intn(12), "/-._ "[r.Intn(5):][:1], 1+r.Intn(31), "/-._ "[r.Intn(5):][:1], 1950+r.Intn(80))
		},
		func() string { return fmt.Sprint(r.Intn(100000000)) },
		func() string {
			return []string{"qwerty", "asdfgh", "zxcvbn", "1qaz2wsx", "!@#$%^", "789456", "qazwsx"}[r.Intn(7)]
		},
		func() string { return strings.Repeat(string(rune('a'+r.Intn(26))), 2+r.Intn(5)) },
		func() string { return []string{"abcdef", "13579", "zyxw", "9876"}[r.Intn(4)] },
		func() string { return string("4@8({[<3691!|70$5+%2&*#"[r.Intn(23)]) },
		func() string { return strings.ToUpper(lists[0][r.Intn(500)]) },
	}
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := 1 + r.Intn(4); k > 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))]())
		}
		s := b.String()
		if len(s) > MaxScoredUnits {
			s = s[:MaxScoredUnits]
		}
		out[i] = s
	}
	return out
}

// l33tLetterCount is how many letters of the l33t table pw's symbols touch.
func l33tLetterCount(pw string) int {
	mask := l33tMask(pw)
	n := 0
	for _, row := range l33tTable {
		for i := 0; i < len(row.chars); i++ {
			if mask&(1<<l33tIndex[row.chars[i]]) != 0 {
				n++
				break
			}
		}
	}
	return n
}

func TestMatchersAgreeWithTrustelem(t *testing.T) {
	users := [][]string{nil, {"zhang wei", "zw1990@mail.com", "13957204816"}}
	for _, pw := range append(generatedPasswords(600, 11), fixed...) {
		for _, ui := range users {
			in, _ := bound(pw)
			proxy := in.proxy()
			sc := newScorer(Options{UserInputs: ui})
			got := sc.matches(in, proxy)
			want := matching.Omnimatch(proxy, sc.userInputs)
			// trustelem's repeat matcher ignores user inputs in its recursion
			// and works on bytes; the port follows the reference instead.
			notL33t := func(m *match.Match) bool { return !m.L33t && m.Pattern != "repeat" }
			if g, w := keys(got, notL33t), keys(want, notL33t); !slices.Equal(g, w) {
				t.Fatalf("%q %v: matches differ\n got %v\nwant %v", pw, ui, diff(g, w), diff(w, g))
			}
			if ui == nil && in.ascii {
				rep := func(m *match.Match) bool { return m.Pattern == "repeat" }
				if g, w := keys(got, rep), keys(want, rep); !slices.Equal(g, w) {
					t.Fatalf("%q: repeats differ\n got %v\nwant %v", pw, g, w)
				}
			}
			// trustelem's table enumeration shares slices between tables once
			// four letters are involved; below that it is the reference's.
			if l33tLetterCount(proxy) <= 3 {
				if g, w := keys(got, isL33t), keys(want, isL33t); !slices.Equal(g, w) {
					t.Fatalf("%q %v: l33t matches differ\n got %v\nwant %v", pw, ui, diff(g, w), diff(w, g))
				}
			}
		}
	}
}

func diff(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

// naiveL33t is the reference's l33t matcher written plainly: translate the
// whole password by every table and look every substring up.
func naiveL33t(lx *lexicon, byWord map[string]int, proxy string) []*match.Match {
	var out []*match.Match
	for _, sub := range l33tSubs(l33tMask(proxy)) {
		tr := []byte(strings.ToLower(proxy))
		for i := range tr {
			if k := l33tIndex[proxy[i]]; k >= 0 && sub[k] != 0 {
				tr[i] = sub[k]
			}
		}
		for i := range tr {
			for j := i + 1; j < len(tr); j++ {
				k, ok := byWord[string(tr[i:j+1])]
				token := proxy[i : j+1]
				if !ok || strings.ToLower(token) == string(tr[i:j+1]) {
					continue
				}
				used := map[string]string{}
				for c := 0; c < numL33t; c++ {
					if sub[c] != 0 && strings.IndexByte(token, l33tChars[c]) >= 0 {
						used[l33tChars[c:c+1]] = string(sub[c])
					}
				}
				for _, e := range lx.entriesOf(k) {
					out = append(out, &match.Match{Pattern: "dictionary", I: i, J: j, Token: token,
						DictionaryName: lx.dicts[e.dict], Rank: int(e.rank), L33t: true, Sub: used})
				}
			}
		}
	}
	return out
}

func TestL33tWalkMatchesNaiveTranslation(t *testing.T) {
	heavy := []string{
		strings.Repeat("4@8({[<3691!|70$5+%2", 3)[:MaxScoredUnits],
		"p4$$w0rd|1ov3y0u", "7r0ub4d0r&3", "$3cr3+4g3n7", "1|7+!", "<0mpu+3r5",
	}
	lx := builtinLexicon()
	byWord := map[string]int{}
	for k, w := range wordList(lx) {
		byWord[w] = k
	}
	for _, pw := range append(heavy, generatedPasswords(300, 5)...) {
		got := keys(l33tMatches(nil, lx, pw, l33tSubs(l33tMask(pw))), isL33t)
		want := keys(naiveL33t(lx, byWord, pw), isL33t)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: l33t matches differ\n got %v\nwant %v", pw, diff(got, want), diff(want, got))
		}
	}
}

// The reference's own cases for enumerate_l33t_subs, and one where symbols
// stand for several letters (1 is i or l, 7 is l or t), worked by hand from
// its algorithm.
func TestEnumerateL33tSubs(t *testing.T) {
	show := func(subs []l33tSub) []string {
		var out []string
		for _, s := range subs {
			var b strings.Builder
			for k := 0; k < numL33t; k++ {
				if s[k] != 0 {
					fmt.Fprintf(&b, "%c%c ", l33tChars[k], s[k])
				}
			}
			out = append(out, b.String())
		}
		slices.Sort(out)
		return out
	}
	cases := []struct {
		pw   string
		want []string
	}{
		{"abc", nil},
		{"@", []string{"@a "}},
		{"@4", []string{"4a ", "@a "}},
		{"@4(", []string{"4a (c ", "@a (c "}},
		{"17", []string{"1i 7l ", "1i 7t ", "1l 7t "}},
	}
	for _, c := range cases {
		if got := show(l33tSubs(l33tMask(c.pw))); !slices.Equal(got, c.want) {
			t.Errorf("%q: tables %q, want %q", c.pw, got, c.want)
		}
	}
}

func TestLexiconIsSortedAndRanked(t *testing.T) {
	lx := builtinLexicon()
	if !slices.IsSorted(wordList(lx)) {
		t.Fatal("lexicon words are not sorted")
	}
	for name, list := range frequency.FrequencyLists {
		for _, i := range []int{0, len(list) / 2, len(list) - 1} {
			k, ok := slices.BinarySearch(wordList(lx), list[i])
			if !ok || !slices.Contains(lx.entriesOf(k), lexEntry{uint8(slices.Index(lx.dicts, name)), int32(i + 1)}) {
				t.Errorf("%s[%d] %q missing or misranked", name, i, list[i])
			}
		}
	}
}

func TestEmbeddedLexiconIsCurrent(t *testing.T) {
	got, want := builtinLexicon(), newLexicon(frequency.FrequencyLists)
	if !slices.Equal(got.dicts, want.dicts) || !slices.Equal(wordList(got), wordList(want)) ||
		!slices.Equal(got.entries, want.entries) || !slices.Equal(got.first, want.first) {
		t.Fatal("data/lexicon.txt differs from trustelem's lists: run go generate ./checks/password/")
	}
}

func TestSearchAgreesWithTrustelem(t *testing.T) {
	sc := newScorer(Options{UserInputs: []string{"li na", "1990-05-20"}})
	for _, pw := range append(generatedPasswords(400, 23), fixed...) {
		in, _ := bound(pw)
		proxy := in.proxy()
		ms := append(sc.matches(in, proxy), sc.extraMatches(in, proxy)...)
		match.Sort(ms)
		g, seq := minGuessesSequence(proxy, ms)
		want := scoring.MostGuessableMatchSequence(proxy, ms, false)
		if g != want.Guesses || !slices.Equal(inOrder(seq), inOrder(want.Sequence)) {
			t.Fatalf("%q: %v %v, trustelem %v %v", pw, g, inOrder(seq), want.Guesses, inOrder(want.Sequence))
		}
	}
}

func inOrder(seq []*match.Match) []string {
	out := make([]string, len(seq))
	for i, m := range seq {
		out[i] = matchKey(m)
	}
	return out
}

func wordList(lx *lexicon) []string {
	out := make([]string, lx.len())
	for k := range out {
		out[k] = lx.wordAt(k)
	}
	return out
}
