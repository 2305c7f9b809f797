package password

import "github.com/trustelem/zxcvbn/match"

// The reference's dictionary and reversed-dictionary matchers over the
// proxy string, as walks of a lexicon: the same matches, without looking up
// every substring in every list.

func lowerASCII(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// dictionaryMatches appends every substring of proxy that is a word of lx.
func dictionaryMatches(out []*match.Match, lx *lexicon, proxy string) []*match.Match {
	for i := 0; i < len(proxy); i++ {
		s := lx.all()
		for j := i; j < len(proxy); j++ {
			var ok bool
			if s, ok = lx.next(s, lowerASCII(proxy[j])); !ok {
				break
			}
			if k, ok := lx.word(s); ok {
				out = appendDictMatches(out, lx, k, proxy, i, j, false)
			}
		}
	}
	return out
}

// reversedMatches appends every substring of proxy whose reverse is a word of lx.
func reversedMatches(out []*match.Match, lx *lexicon, proxy string) []*match.Match {
	for j := len(proxy) - 1; j >= 0; j-- {
		s := lx.all()
		for i := j; i >= 0; i-- {
			var ok bool
			if s, ok = lx.next(s, lowerASCII(proxy[i])); !ok {
				break
			}
			if k, ok := lx.word(s); ok {
				out = appendDictMatches(out, lx, k, proxy, i, j, true)
			}
		}
	}
	return out
}

func appendDictMatches(out []*match.Match, lx *lexicon, k int, proxy string, i, j int, reversed bool) []*match.Match {
	for _, e := range lx.entriesOf(k) {
		out = append(out, &match.Match{
			Pattern:        "dictionary",
			I:              i,
			J:              j,
			Token:          proxy[i : j+1],
			MatchedWord:    lx.wordAt(k),
			Rank:           int(e.rank),
			DictionaryName: lx.dicts[e.dict],
			Reversed:       reversed,
		})
	}
	return out
}
