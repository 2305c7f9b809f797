//go:build ignore

// Command gen_lexicon writes data/lexicon.txt, the reference's frequency
// lists as trustelem ships them, ranked and sorted (see builtinText in
// lexicon.go for the format and TestEmbeddedLexiconIsCurrent for its check).
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"

	"github.com/trustelem/zxcvbn/frequency"
)

type entry struct {
	word       string
	dict, rank int
}

func main() {
	var names []string
	for name := range frequency.FrequencyLists {
		names = append(names, name)
	}
	slices.Sort(names)
	var entries []entry
	for d, name := range names {
		last := map[string]int{} // a later duplicate's rank wins, as in the reference
		for i, w := range frequency.FrequencyLists[name] {
			w = strings.ToLower(w)
			if strings.ContainsAny(w, "\t\n") {
				log.Fatalf("%s: %q cannot be written", name, w)
			}
			last[w] = i + 1
		}
		for w, r := range last {
			entries = append(entries, entry{w, d, r})
		}
	}
	slices.SortFunc(entries, func(a, b entry) int {
		if c := strings.Compare(a.word, b.word); c != 0 {
			return c
		}
		return a.dict - b.dict
	})
	f, err := os.Create("data/lexicon.txt")
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, strings.Join(names, "\t"))
	for _, e := range entries {
		fmt.Fprintf(w, "%s\t%d\t%d\n", e.word, e.dict, e.rank)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
