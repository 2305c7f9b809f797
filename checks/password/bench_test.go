package password

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"
	"time"
)

var fixed = []string{"password", "Tr0ub4dor&3", "correcthorsebatterystaple", "zhangwei19900520", "我爱你5201314", "😀😀😀abc", "qwertyuiop"}

func BenchmarkScoreFixed(b *testing.B) {
	for _, pw := range fixed {
		b.Run(fmt.Sprintf("%dB", len(pw)), func(b *testing.B) {
			for b.Loop() {
				Score(pw, Options{})
			}
		})
	}
}

// everyday builds a deterministic corpus of everyday passwords.
func everyday(n int) []string {
	r := rand.New(rand.NewSource(7))
	words := []string{"sunshine", "monkey", "dragon", "woaini", "summer", "zhangwei", "football", "iloveyou", "princess", "baobei"}
	var out []string
	for i := 0; i < n; i++ {
		w := words[r.Intn(len(words))]
		switch r.Intn(4) {
		case 0:
			w += fmt.Sprint(r.Intn(10000))
		case 1:
			w = strings.ToUpper(w[:1]) + w[1:] + "!"
		case 2:
			w += words[r.Intn(len(words))]
		}
		out = append(out, w)
	}
	return out
}

// BenchmarkScoreCorpus reports median and p99 per call over the corpus.
func BenchmarkScoreCorpus(b *testing.B) {
	corpus := everyday(2000)
	var durs []time.Duration
	for b.Loop() {
		durs = durs[:0]
		for _, pw := range corpus {
			t0 := time.Now()
			Score(pw, Options{})
			durs = append(durs, time.Since(t0))
		}
	}
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	b.ReportMetric(float64(durs[len(durs)/2].Microseconds()), "median-µs")
	b.ReportMetric(float64(durs[len(durs)*99/100].Microseconds()), "p99-µs")
}

// Worst cases at the cap: every l33t-able symbol, random printable ASCII,
// and a mixed CJK/emoji string, each MaxScoredUnits long.
func BenchmarkScoreWorstAtCap(b *testing.B) {
	cases := map[string]string{
		"l33t":   strings.Repeat("4@8({[<3691!|70$5+%2", 3)[:MaxScoredUnits],
		"ascii":  randomASCII(MaxScoredUnits),
		"cjk":    strings.Repeat("我爱你😀", MaxScoredUnits/5),
		"digits": strings.Repeat("5201314199005208", 3)[:MaxScoredUnits],
	}
	for name, pw := range cases {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Score(pw, Options{UserInputs: []string{"li na", "13957204816", "1990-05-20"}})
			}
		})
	}
}

func BenchmarkScore1MBPaste(b *testing.B) {
	pw := strings.Repeat("4@8({[<3691!|70$5+%2xK", 1<<20/22)
	for b.Loop() {
		Score(pw, Options{})
	}
}

func randomASCII(n int) string {
	r := rand.New(rand.NewSource(3))
	bs := make([]byte, n)
	for i := range bs {
		bs[i] = byte(33 + r.Intn(94))
	}
	return string(bs)
}

// BenchmarkBuiltinLexicon is the one-time cost the first Score pays.
func BenchmarkBuiltinLexicon(b *testing.B) {
	for b.Loop() {
		parseLexicon(builtinText)
	}
}
