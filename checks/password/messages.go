package password

import (
	"math"

	"github.com/footprint-audit/footprint/checks"
)

const keyPrefix = "password.engine."

var (
	labelIDs   = []string{"very_weak", "weak", "fair", "strong", "very_strong"}
	kindIDs    = []string{KindDictionary, KindName, KindUserInput, KindPinyin, KindLuckyNumber, KindDate, KindBirthday, KindSpatial, KindRepeat, KindSequence, KindRegex, KindBruteforce}
	modifiers  = []string{"", ".l33t", ".reversed", ".l33t_reversed"}
	timeUnits  = []string{"second", "minute", "hour", "day", "month", "year"}
	timeFixeds = []string{"instant", "centuries"}
)

// wordKinds are the kinds whose description can mention l33t and reversal.
var wordKinds = map[string]bool{KindDictionary: true, KindName: true, KindUserInput: true, KindPinyin: true}

// ScoreLabel names a 0–4 score: very weak … very strong.
func ScoreLabel(score int) checks.Message {
	score = min(max(score, 0), 4)
	return checks.Msg(keyPrefix + "label." + labelIDs[score])
}

// DisplayTime words a duration in seconds the way zxcvbn 4.4.2 rounds it.
func DisplayTime(seconds float64) checks.Message {
	const (
		minute  = 60.0
		hour    = minute * 60
		day     = hour * 24
		month   = day * 31
		year    = month * 12
		century = year * 100
	)
	if math.IsNaN(seconds) || seconds < 1 {
		return checks.Msg(keyPrefix + "time.instant")
	}
	steps := []struct {
		limit, unit float64
		id          string
	}{{minute, 1, "second"}, {hour, minute, "minute"}, {day, hour, "hour"}, {month, day, "day"}, {year, month, "month"}, {century, year, "year"}}
	for _, s := range steps {
		if seconds < s.limit {
			n := int(math.Round(seconds / s.unit))
			if n == 1 {
				return checks.Msg(keyPrefix+"time."+s.id, n)
			}
			return checks.Msg(keyPrefix+"time."+s.id+"s", n)
		}
	}
	return checks.Msg(keyPrefix + "time.centuries")
}

// Describe says what the pattern is and how long, never what it says:
// "a common password, 8 characters, with letter-to-symbol swaps".
func (p Pattern) Describe() checks.Message {
	kind := p.Kind
	if !knownKind(kind) {
		kind = KindBruteforce
	}
	key := keyPrefix + "pattern." + kind
	if wordKinds[kind] {
		switch {
		case p.L33t && p.Reversed:
			key += ".l33t_reversed"
		case p.L33t:
			key += ".l33t"
		case p.Reversed:
			key += ".reversed"
		}
	}
	return checks.Msg(key, p.Length)
}

func knownKind(k string) bool {
	for _, id := range kindIDs {
		if id == k {
			return true
		}
	}
	return false
}

// AllMessageKeys lists every key this package can emit.
func AllMessageKeys() []string {
	var keys []string
	for _, id := range labelIDs {
		keys = append(keys, keyPrefix+"label."+id)
	}
	for _, id := range timeFixeds {
		keys = append(keys, keyPrefix+"time."+id)
	}
	for _, u := range timeUnits {
		keys = append(keys, keyPrefix+"time."+u, keyPrefix+"time."+u+"s")
	}
	for _, k := range kindIDs {
		if !wordKinds[k] {
			keys = append(keys, keyPrefix+"pattern."+k)
			continue
		}
		for _, m := range modifiers {
			keys = append(keys, keyPrefix+"pattern."+k+m)
		}
	}
	for _, id := range warningIDs {
		keys = append(keys, keyPrefix+"warning."+id)
	}
	for _, id := range suggestionIDs {
		keys = append(keys, keyPrefix+"suggestion."+id)
	}
	return keys
}
