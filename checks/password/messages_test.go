package password

import (
	"encoding/json"
	"os"
	"regexp"
	"testing"

	"github.com/footprint-audit/footprint/checks"
)

func catalogue(t *testing.T, lang string) map[string]string {
	t.Helper()
	b, err := os.ReadFile("../../content/i18n/locales/" + lang + "/password_engine.json")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

var verb = regexp.MustCompile(`%(\[\d+\])?[a-z]`)

func TestEveryKeyInBothLanguages(t *testing.T) {
	en, zh := catalogue(t, "en"), catalogue(t, "zh")
	keys := AllMessageKeys()
	want := map[string]bool{}
	for _, k := range keys {
		want[k] = true
		if en[k] == "" || zh[k] == "" {
			t.Errorf("%s missing in en or zh", k)
		}
		if a, b := verb.FindAllString(en[k], -1), verb.FindAllString(zh[k], -1); len(a) != len(b) {
			t.Errorf("%s: en verbs %v, zh verbs %v", k, a, b)
		}
	}
	for k := range en {
		if !want[k] {
			t.Errorf("%s in en but never emitted", k)
		}
	}
}

func TestEmittedKeysAreListed(t *testing.T) {
	listed := map[string]bool{}
	for _, k := range AllMessageKeys() {
		listed[k] = true
	}
	check := func(key string) {
		if key != "" && !listed[key] {
			t.Errorf("emitted %q not in AllMessageKeys", key)
		}
	}
	for s := -1; s <= 5; s++ {
		check(ScoreLabel(s).Key)
	}
	for _, sec := range []float64{-1, 0.5, 1, 30, 61, 7200, 86400 * 3, 86400 * 40, 86400 * 400, 1e12} {
		check(DisplayTime(sec).Key)
	}
	for _, pw := range []string{"", "password", "P@ssw0rd", "drowssap", "jennifer", "Jennifer", "zxcvbn", "xdrtgbn", "aaaa", "abcabc", "abcdef", "1994", "13/05/87", "woaini", "520", "qx0520", "wangwei", "summer", "lina"} {
		r := Score(pw, Options{UserInputs: []string{"lina"}})
		check(r.Warning.Key)
		for _, s := range r.Suggestions {
			check(s.Key)
		}
		for _, p := range r.Patterns {
			check(p.Describe().Key)
		}
	}
}

func TestDisplayTime(t *testing.T) {
	cases := []struct {
		sec  float64
		key  string
		args []any
	}{
		{0.2, "time.instant", nil},
		{1, "time.second", []any{1}},
		{45, "time.seconds", []any{45}},
		{3 * 3600, "time.hours", []any{3}},
		{86400 * 31 * 12 * 200, "time.centuries", nil},
	}
	for _, c := range cases {
		m := DisplayTime(c.sec)
		if m.Key != keyPrefix+c.key || len(m.Args) != len(c.args) || len(c.args) > 0 && m.Args[0] != c.args[0] {
			t.Errorf("%v: %+v", c.sec, m)
		}
	}
}

func TestDescribeNeverEchoes(t *testing.T) {
	pw := "Tr0ub4dorwoaini"
	for _, p := range Score(pw, Options{}).Patterns {
		m := p.Describe()
		for _, a := range m.Args {
			if _, ok := a.(int); !ok {
				t.Errorf("%+v: non-numeric argument %v", p, a)
			}
		}
	}
}

func TestFeedback(t *testing.T) {
	r := Score("password", Options{})
	if r.Warning.Key != keyPrefix+"warning.top10" {
		t.Errorf("password: warning %q", r.Warning.Key)
	}
	if r := Score("correcthorsebatterystaple", Options{}); r.Warning.Key != "" || len(r.Suggestions) != 0 {
		t.Errorf("strong passphrase got feedback %+v", r)
	}
	if r := Score("P4ssw0rd", Options{}); !hasKey(r.Suggestions, keyPrefix+"suggestion.l33t") {
		t.Errorf("l33t: %+v", r.Suggestions)
	}
	if r := Score("woaini1314", Options{}); r.Warning.Key == "" {
		t.Errorf("pinyin: no warning")
	}
}

func hasKey(ms []checks.Message, k string) bool {
	for _, m := range ms {
		if m.Key == k {
			return true
		}
	}
	return false
}
