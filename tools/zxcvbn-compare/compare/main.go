// Command compare scores the corpus with footprint's checks/password and
// prints how often its score agrees with the reference zxcvbn 4.4.2, by
// category. Entries where footprint's own Chinese-aware patterns lowered the
// score are counted apart: there footprint must never be higher.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"unicode/utf8"

	"github.com/footprint-audit/footprint/checks/password"
)

type entry struct {
	Cat string `json:"cat"`
	PW  string `json:"pw"`
}

type ref struct {
	Score int     `json:"score"`
	Log10 float64 `json:"log10"`
}

type tally struct{ n, same, lowerByDesign, lower, higher int }

func main() {
	corpusPath := flag.String("corpus", "corpus.jsonl", "corpus from gen")
	refPath := flag.String("ref", "reference.jsonl", "scores from reference.js")
	verbose := flag.Bool("v", false, "list the disagreements")
	flag.Parse()
	corpus, err := readLines[entry](*corpusPath)
	if err != nil {
		fail(err)
	}
	refs, err := readLines[ref](*refPath)
	if err != nil {
		fail(err)
	}
	if len(corpus) != len(refs) {
		fail(fmt.Errorf("corpus has %d lines, reference %d", len(corpus), len(refs)))
	}
	byCat := map[string]*tally{}
	var all, ascii, nonASCII tally
	for i, e := range corpus {
		got := password.Score(e.PW, password.Options{}).Score
		want := refs[i].Score
		t := byCat[e.Cat]
		if t == nil {
			t = &tally{}
			byCat[e.Cat] = t
		}
		ts := []*tally{t, &all, &nonASCII}
		if isASCII(e.PW) {
			ts[2] = &ascii
		}
		for _, t := range ts {
			t.n++
			switch {
			case got == want:
				t.same++
			case got < want && byDesign(e.PW):
				t.lowerByDesign++
			case got < want:
				t.lower++
			default:
				t.higher++
			}
		}
		if got != want && *verbose {
			fmt.Printf("%-16s ref %d got %d  %q\n", e.Cat, want, got, e.PW)
		}
	}
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	fmt.Printf("| %-16s | %5s | %7s | %9s | %5s | %6s |\n", "category", "n", "agree", "by design", "lower", "higher")
	fmt.Println("| --- | ---: | ---: | ---: | ---: | ---: |")
	for _, c := range cats {
		row(c, byCat[c])
	}
	row("ALL", &all)
	row("ASCII", &ascii)
	row("non-ASCII", &nonASCII)
}

// byDesign: footprint found one of its own patterns here, which is allowed to
// lower the score below the reference's.
func byDesign(pw string) bool {
	for _, p := range password.Score(pw, password.Options{}).Patterns {
		switch p.Kind {
		case password.KindPinyin, password.KindLuckyNumber, password.KindBirthday:
			return true
		case password.KindName:
			if p.Dictionary == "pinyin_names" {
				return true
			}
		}
	}
	return false
}

func row(name string, t *tally) {
	pct := func(k int) string { return fmt.Sprintf("%.2f%%", 100*float64(k)/float64(max(t.n, 1))) }
	fmt.Printf("| %-16s | %5d | %7s | %9s | %5d | %6d |\n", name, t.n, pct(t.same+t.lowerByDesign), pct(t.lowerByDesign), t.lower, t.higher)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func readLines[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, v)
	}
	return out, sc.Err()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "compare:", err)
	os.Exit(1)
}
