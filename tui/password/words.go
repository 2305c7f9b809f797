package password

import (
	"math"
	"strings"

	pw "github.com/footprint-audit/footprint/checks/password"
	"github.com/footprint-audit/footprint/content/i18n"
)

// ScoreWord names a 0–4 score: very weak … very strong.
func ScoreWord(l i18n.Lang, score int) string {
	return i18n.T(l, "password.ui.score."+string(rune('0'+min(max(score, 0), 4))))
}

// Meter draws the score as four cells, filled up to it, so it reads
// without colour.
func Meter(score int) string {
	score = min(max(score, 0), 4)
	return strings.Repeat("■", score) + strings.Repeat("□", 4-score)
}

// time units for TimeWords, as the reference zxcvbn words them.
var timeUnits = []struct {
	key     string
	seconds float64
}{
	{"second", 1}, {"minute", 60}, {"hour", 3600}, {"day", 86400},
	{"month", 86400 * 31}, {"year", 86400 * 365},
}

// TimeWords is a duration in seconds in human words ("3 hours",
// "centuries"), rounded as the reference does.
func TimeWords(l i18n.Lang, seconds float64) string {
	switch {
	case math.IsNaN(seconds) || seconds < 1:
		return i18n.T(l, "password.ui.time.instant")
	case seconds >= 86400*365*100:
		return i18n.T(l, "password.ui.time.centuries")
	}
	u := timeUnits[0]
	for _, c := range timeUnits {
		if seconds >= c.seconds {
			u = c
		}
	}
	n := int(math.Round(seconds / u.seconds))
	form := "many"
	if n == 1 {
		form = "one"
	}
	return i18n.T(l, "password.ui.time."+u.key+"."+form, n)
}

// Describe says what a pattern is without any of its characters: its kind,
// its length and how it was disguised.
func Describe(l i18n.Lang, p pw.Pattern) string {
	t := func(k string, a ...any) string { return i18n.T(l, k, a...) }
	var s string
	switch p.Kind {
	case pw.KindDictionary:
		switch p.Dictionary {
		case "passwords":
			s = t("password.ui.pattern.common_password", p.Length)
		default:
			s = t("password.ui.pattern.word", p.Length)
		}
	case pw.KindSpatial:
		s = t("password.ui.pattern.spatial", p.Length, max(p.Turns, 1))
	case pw.KindRepeat:
		if p.BaseLength <= 1 {
			s = t("password.ui.pattern.repeat_char", p.Length)
		} else {
			s = t("password.ui.pattern.repeat_group", p.BaseLength, max(p.Repeats, 2))
		}
	case pw.KindSequence:
		s = t("password.ui.pattern.sequence", p.Length)
	case pw.KindRegex:
		s = t("password.ui.pattern.recent_year")
	case pw.KindName, pw.KindUserInput, pw.KindPinyin, pw.KindLuckyNumber, pw.KindDate, pw.KindBirthday:
		s = t("password.ui.pattern."+p.Kind, p.Length)
	default:
		if p.Length == 1 {
			s = t("password.ui.pattern.bruteforce_one")
		} else {
			s = t("password.ui.pattern.bruteforce", p.Length)
		}
	}
	var mods []string
	if p.L33t {
		mods = append(mods, t("password.ui.pattern.mod.l33t"))
	}
	if p.Reversed {
		mods = append(mods, t("password.ui.pattern.mod.reversed"))
	}
	if p.Uppercase {
		mods = append(mods, t("password.ui.pattern.mod.capitals"))
	}
	if len(mods) == 0 {
		return s
	}
	return s + t("password.ui.pattern.mod.sep") + strings.Join(mods, t("password.ui.pattern.mod.sep"))
}
