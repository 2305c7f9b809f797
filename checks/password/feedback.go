package password

import (
	"math"

	"github.com/footprint-audit/footprint/checks"
)

// Warning and suggestion ids; the text is in password_engine.json under
// password.engine.warning.<id> and password.engine.suggestion.<id>.
var (
	warningIDs = []string{
		"top10", "top100", "common", "similar_common", "word_alone",
		"name_alone", "names_common", "straight_row", "short_keyboard",
		"repeat_char", "repeat_group", "sequence", "recent_year", "date",
		"pinyin", "lucky_number", "birthday", "user_input",
	}
	suggestionIDs = []string{
		"use_words", "no_symbols_needed", "add_word", "capitals", "reversed", "l33t", "longer_keyboard", "avoid_repeats",
		"avoid_sequences", "avoid_recent_years", "avoid_own_years",
		"avoid_own_dates", "avoid_pinyin", "avoid_lucky_numbers",
		"avoid_user_input",
	}
)

func warn(id string) checks.Message    { return checks.Msg("password.engine.warning." + id) }
func suggest(id string) checks.Message { return checks.Msg("password.engine.suggestion." + id) }

// feedback follows zxcvbn 4.4.2's rules: nothing for scores above 2,
// otherwise advice about the longest pattern, plus footprint's own kinds.
func feedback(score int, ps []Pattern) (checks.Message, []checks.Message) {
	if len(ps) == 0 {
		return checks.Message{}, []checks.Message{suggest("use_words"), suggest("no_symbols_needed")}
	}
	if score > 2 {
		return checks.Message{}, nil
	}
	longest := ps[0]
	for _, p := range ps[1:] {
		if p.Length > longest.Length {
			longest = p
		}
	}
	w, s := patternFeedback(longest, len(ps) == 1)
	return w, append([]checks.Message{suggest("add_word")}, s...)
}

func patternFeedback(p Pattern, sole bool) (checks.Message, []checks.Message) {
	none := checks.Message{}
	switch p.Kind {
	case KindDictionary, KindName:
		return dictionaryFeedback(p, sole)
	case KindSpatial:
		w := warn("short_keyboard")
		if p.Turns == 1 {
			w = warn("straight_row")
		}
		return w, []checks.Message{suggest("longer_keyboard")}
	case KindRepeat:
		w := warn("repeat_group")
		if p.BaseLength == 1 {
			w = warn("repeat_char")
		}
		return w, []checks.Message{suggest("avoid_repeats")}
	case KindSequence:
		return warn("sequence"), []checks.Message{suggest("avoid_sequences")}
	case KindRegex:
		if p.RegexName == "recent_year" {
			return warn("recent_year"), []checks.Message{suggest("avoid_recent_years"), suggest("avoid_own_years")}
		}
	case KindDate:
		return warn("date"), []checks.Message{suggest("avoid_own_dates")}
	case KindBirthday:
		return warn("birthday"), []checks.Message{suggest("avoid_own_dates")}
	case KindPinyin:
		return warn("pinyin"), []checks.Message{suggest("avoid_pinyin")}
	case KindLuckyNumber:
		return warn("lucky_number"), []checks.Message{suggest("avoid_lucky_numbers")}
	case KindUserInput:
		return warn("user_input"), []checks.Message{suggest("avoid_user_input")}
	}
	return none, nil
}

func dictionaryFeedback(p Pattern, sole bool) (checks.Message, []checks.Message) {
	var w checks.Message
	switch p.Dictionary {
	case "passwords":
		switch {
		case sole && !p.L33t && !p.Reversed && p.Rank <= 10:
			w = warn("top10")
		case sole && !p.L33t && !p.Reversed && p.Rank <= 100:
			w = warn("top100")
		case sole && !p.L33t && !p.Reversed:
			w = warn("common")
		case !sole && p.Guesses > 0 && math.Log10(p.Guesses) <= 4:
			w = warn("similar_common")
		}
	case "english_wikipedia":
		if sole {
			w = warn("word_alone")
		}
	case "surnames", "male_names", "female_names", dictPinyinNames:
		w = warn("names_common")
		if sole {
			w = warn("name_alone")
		}
	}
	var s []checks.Message
	if p.Uppercase {
		s = append(s, suggest("capitals"))
	}
	if p.Reversed && p.Length >= 4 {
		s = append(s, suggest("reversed"))
	}
	if p.L33t {
		s = append(s, suggest("l33t"))
	}
	return w, s
}
