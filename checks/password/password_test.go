package password

import (
	"math"
	"strings"
	"testing"

	"github.com/trustelem/zxcvbn"
)

func valid(t *testing.T, pw string, r Result) {
	t.Helper()
	if r.Score < 0 || r.Score > 4 {
		t.Errorf("%q: score %d out of 0–4", pw, r.Score)
	}
	if math.IsNaN(r.Guesses) || math.IsInf(r.Guesses, 0) || r.Guesses < 1 {
		t.Errorf("%q: guesses %v not finite >= 1", pw, r.Guesses)
	}
	if r.Score != guessesToScore(r.Guesses) {
		t.Errorf("%q: score %d disagrees with guesses %v", pw, r.Score, r.Guesses)
	}
}

func kinds(r Result) map[string]bool {
	m := map[string]bool{}
	for _, p := range r.Patterns {
		m[p.Kind] = true
	}
	return m
}

// Scores from the reference zxcvbn 4.4.2 (node, tools/zxcvbn-compare).
func TestMatchesReference(t *testing.T) {
	cases := []struct {
		pw    string
		score int
	}{
		{"password", 0}, {"qwertyuiop", 0}, {"aaaaaaa", 0}, {"abcdefg", 0},
		{"19900520", 1}, {"Tr0ub4dor&3", 4}, {"correcthorsebatterystaple", 4},
		{"drowssap", 0}, {"我爱你", 0}, {"张伟1990", 1}, {"😀😀😀", 0},
		{"密码密码密码", 0}, {"あいうえお", 0}, {"пароль123", 3},
		{"🐶🐱🐼🦊🐯🌸", 4}, {"中国人民万岁", 1},
	}
	for _, c := range cases {
		r := Score(c.pw, Options{})
		valid(t, c.pw, r)
		if r.Score != c.score {
			t.Errorf("%q: score %d, reference %d", c.pw, r.Score, c.score)
		}
	}
}

func TestEveryPatternKind(t *testing.T) {
	cases := map[string]struct {
		pw  string
		opt Options
	}{
		KindDictionary:  {"sunshine", Options{}},
		KindName:        {"jennifer", Options{}},
		KindUserInput:   {"footprintfan", Options{UserInputs: []string{"footprintfan"}}},
		KindPinyin:      {"woaini", Options{}},
		KindLuckyNumber: {"x5201314", Options{}},
		KindDate:        {"13/05/1987", Options{}},
		KindBirthday:    {"qx0520", Options{}},
		KindSpatial:     {"xdrtgbn", Options{}},
		KindRepeat:      {"zzzzzzzz", Options{}},
		KindSequence:    {"lmnopq", Options{}},
		KindRegex:       {"K#v1994", Options{}},
		KindBruteforce:  {"K#v", Options{}},
	}
	for kind, c := range cases {
		r := Score(c.pw, c.opt)
		valid(t, c.pw, r)
		if !kinds(r)[kind] {
			t.Errorf("%s: %q gave %+v", kind, c.pw, r.Patterns)
		}
	}
}

func TestPatternsHaveRuneOffsets(t *testing.T) {
	r := Score("😀😀😀abc", Options{})
	last := 0
	for _, p := range r.Patterns {
		if p.Start != last || p.End <= p.Start || p.Length != p.End-p.Start {
			t.Fatalf("bad offsets %+v", r.Patterns)
		}
		last = p.End
	}
	if last != 6 || r.ScoredRunes != 6 {
		t.Errorf("patterns end at %d, scored %d runes; want 6", last, r.ScoredRunes)
	}
}

// trustelem returns 0 guesses for these valid inputs; the reference gives
// the scores listed, and so must we.
func TestZeroGuessesWorkaround(t *testing.T) {
	cases := map[string]int{"四心好好黄月五密": 2, "下大雪吴周周家0": 2, "人赵赵周陈日二14": 3}
	for pw, want := range cases {
		if g := zxcvbn.PasswordStrength(pw, nil).Guesses; g > 0 {
			t.Logf("%q: trustelem no longer returns 0 (%v)", pw, g)
		}
		r := Score(pw, Options{})
		valid(t, pw, r)
		if r.Score != want {
			t.Errorf("%q: score %d, reference %d", pw, r.Score, want)
		}
	}
}

func TestBoundedInput(t *testing.T) {
	huge := strings.Repeat("xK9#", 1<<18) // 1 MiB
	r := Score(huge, Options{})
	valid(t, "1 MiB", r)
	if !r.Capped || r.ScoredRunes != MaxScoredUnits {
		t.Errorf("1 MiB: capped %v, scored %d runes", r.Capped, r.ScoredRunes)
	}
	emoji := strings.Repeat("🐼", 100)
	r = Score(emoji, Options{})
	if !r.Capped || r.ScoredRunes != MaxScoredUnits/2 {
		t.Errorf("emoji: capped %v, scored %d runes", r.Capped, r.ScoredRunes)
	}
	for _, pw := range []string{"\xff\xfe\xfd", "ab\xc3", "\x00\x01\x1b[31m\r\n\t", "pass\x00word", ""} {
		r := Score(pw, Options{})
		valid(t, pw, r)
		if r.Capped {
			t.Errorf("%q: short input reported capped", pw)
		}
	}
	if r := Score("\xff\xfe\xfd", Options{}); r.ScoredRunes != 1 {
		t.Errorf("invalid UTF-8: %+v", r)
	}
}

func TestChinesePatternsScoreAtMostOne(t *testing.T) {
	for _, pw := range []string{"woaini5201314", "zhangwei19900520", "wangfang1314520", "laopo888666", "baobei0520woaini", "liuyang520520"} {
		r := Score(pw, Options{})
		valid(t, pw, r)
		if r.Score > 1 {
			t.Errorf("%q: score %d, want <= 1 (%+v)", pw, r.Score, r.Patterns)
		}
	}
	// The same letters without a Chinese pattern keep their strength.
	if r := Score("qvxnjtk5207319", Options{}); r.Score < 3 {
		t.Errorf("random control scored %d", r.Score)
	}
}

func TestUserInputs(t *testing.T) {
	opt := Options{UserInputs: []string{"Li Na", "li.na@example.com", "13957204816", "1992-05-20", "张伟"}}
	for _, pw := range []string{"lina204816", "li.na0520", "nali19920520", "张伟", "LiNa920520"} {
		with, without := Score(pw, opt), Score(pw, Options{})
		valid(t, pw, with)
		if with.Guesses >= without.Guesses {
			t.Errorf("%q: user inputs did not lower guesses (%v vs %v)", pw, with.Guesses, without.Guesses)
		}
		if !kinds(with)[KindUserInput] {
			t.Errorf("%q: no user_input pattern in %+v", pw, with.Patterns)
		}
	}
	if r := Score("lina204816", opt); r.Score > 1 {
		t.Errorf("name and phone tail scored %d", r.Score)
	}
}

func TestNeverAboveReferenceWithExtras(t *testing.T) {
	for _, pw := range []string{"woaini", "zhang", "hello520", "summer1314", "x0520y", "heaven"} {
		r := Score(pw, Options{})
		ref := zxcvbn.PasswordStrength(pw, nil)
		if r.Guesses > ref.Guesses*1.0001 {
			t.Errorf("%q: %v guesses above trustelem's %v", pw, r.Guesses, ref.Guesses)
		}
	}
}

func FuzzScore(f *testing.F) {
	for _, s := range []string{"", "password", "我爱你", "😀😀", "\xff", "zhangwei19900520", strings.Repeat("4@8(", 20)} {
		f.Add(s, "li na")
	}
	f.Fuzz(func(t *testing.T, pw, user string) {
		r := Score(pw, Options{UserInputs: []string{user}})
		valid(t, pw, r)
		if r.ScoredRunes < 0 || r.ScoredRunes > MaxScoredUnits {
			t.Fatalf("scored %d runes", r.ScoredRunes)
		}
		for _, p := range r.Patterns {
			if p.Start < 0 || p.End > r.ScoredRunes || p.Start >= p.End {
				t.Fatalf("pattern %+v outside %d runes", p, r.ScoredRunes)
			}
		}
	})
}
