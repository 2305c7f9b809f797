package password

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"

	pw "github.com/footprint-audit/footprint/checks/password"
	"github.com/footprint-audit/footprint/content/i18n"
)

// Golden frames of the screen body (refresh with go test -update). The
// score is pinned (see pinned) so that the frames show this screen's
// layout and words, and do not move when the engine is tuned; the other
// tests run the real engine.

// pinned rates any input the same way: a l33t word, a sequence and the rest
// unpatterned, capped past 20 runes.
func pinned(text string, _ pw.Options) pw.Result {
	n := min(utf8.RuneCountInString(text), 20)
	g := 3.2e9
	r := pw.Result{
		Score: 3, Guesses: g, GuessesLog10: math.Log10(g),
		CrackTimes:  pw.CrackTimes{OnlineThrottled: g / (100.0 / 3600), Online: g / 10, OfflineSlow: g / 1e4, OfflineFast: g / 1e10},
		Capped:      utf8.RuneCountInString(text) > 20,
		ScoredRunes: n,
	}
	ps := []pw.Pattern{
		{Kind: pw.KindDictionary, Dictionary: "english_wikipedia", Start: 0, End: 6, Length: 6, L33t: true, Uppercase: true},
		{Kind: pw.KindSequence, Start: 6, End: 9, Length: 3, Ascending: true},
		{Kind: pw.KindBruteforce, Start: 9, End: n, Length: n - 9},
	}
	for _, p := range ps {
		if p.End <= n && p.Start < p.End {
			r.Patterns = append(r.Patterns, p)
		}
	}
	return r
}

func TestGoldenStrongEnglish(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.English, Options{Score: pinned})
	m.SetSize(80, 20)
	typeIn(m, "Tr0ub4dour&3-horse-staple")
	send(m, press("enter"))
	golden.RequireEqual(t, view(m))
}

func TestGoldenPiecesShown(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.English, Options{Score: pinned})
	m.SetSize(80, 30)
	typeIn(m, "L4nt3rabc-9f!Kq")
	send(m, press("enter"))
	send(m, press("p"))
	send(m, press("y"))
	golden.RequireEqual(t, view(m))
}

func TestGoldenChineseSmall(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.Chinese, Options{Score: pinned})
	m.SetSize(40, 8)
	typeIn(m, "Tr0ub4dour&3-horse-staple")
	send(m, press("enter"))
	golden.RequireEqual(t, view(m))
}

func TestGoldenOnlineConfirm(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.English, Options{Score: pinned})
	m.SetSize(80, 20)
	typeIn(m, "Tr0ub4dour&3-horse-staple")
	send(m, press("enter"))
	send(m, press("o"))
	golden.RequireEqual(t, view(m))
}

func TestGoldenAttachChinese(t *testing.T) {
	fs := &fakeStore{accounts: []Account{{ID: "wechat", Name: "微信"}, {ID: "custom-gym", Name: "Gym"}}}
	m := newModel(t, fs, i18n.Chinese, Options{Score: pinned})
	m.SetSize(60, 16)
	typeIn(m, "Tr0ub4dour&3-horse-staple")
	send(m, press("enter"))
	send(m, press("a"))
	send(m, press("down"))
	golden.RequireEqual(t, view(m))
}
