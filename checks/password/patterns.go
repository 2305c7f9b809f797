package password

import (
	"unicode"

	"github.com/trustelem/zxcvbn/match"
	"github.com/trustelem/zxcvbn/scoring"
)

// patterns turns the engine's matches (code-unit offsets) into Patterns
// (rune offsets) without carrying any of their text.
func patterns(in input, seq []*match.Match) []Pattern {
	out := make([]Pattern, 0, len(seq))
	for _, m := range seq {
		if m.I < 0 || m.J >= len(in.units) || m.J < m.I {
			continue
		}
		start := in.unitRune[m.I]
		end := in.unitRune[m.J] + 1
		p := Pattern{
			Kind:       kindOf(m),
			Start:      start,
			End:        end,
			Length:     end - start,
			L33t:       m.L33t,
			Reversed:   m.Reversed,
			Dictionary: m.DictionaryName,
			Rank:       m.Rank,
			Graph:      m.Graph,
			Turns:      m.Turns,
			Ascending:  m.Ascending,
			RegexName:  m.RegexName,
			Guesses:    m.Guesses,
		}
		if m.Pattern == "dictionary" {
			p.Uppercase = scoring.UppercaseVariations(m.Token) > 1
		}
		if m.Pattern == "repeat" && m.RepeatCount > 0 {
			p.Repeats = m.RepeatCount
			p.BaseLength = p.Length / m.RepeatCount
		}
		out = append(out, p)
	}
	return out
}

func kindOf(m *match.Match) string {
	switch m.Pattern {
	case "dictionary":
		switch m.DictionaryName {
		case "female_names", "male_names", "surnames", dictPinyinNames:
			return KindName
		case "user_inputs", dictUserDetails:
			return KindUserInput
		case dictPinyin:
			return KindPinyin
		case dictLucky:
			return KindLuckyNumber
		}
		return KindDictionary
	case "date":
		return KindDate
	case patternBirthday:
		return KindBirthday
	case "spatial":
		return KindSpatial
	case "repeat":
		return KindRepeat
	case "sequence":
		return KindSequence
	case "regex":
		return KindRegex
	}
	return KindBruteforce
}

var _ = unicode.IsUpper
