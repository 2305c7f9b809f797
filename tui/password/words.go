package password

import (
	"strings"

	pw "github.com/footprint-audit/footprint/checks/password"
	"github.com/footprint-audit/footprint/content/i18n"
)

// The words come from the engine (checks/password), so the screen, the
// plain command and the accessible mode say the same thing; these only
// translate them.

// ScoreWord names a 0–4 score: very weak … very strong.
func ScoreWord(l i18n.Lang, score int) string {
	m := pw.ScoreLabel(score)
	return i18n.T(l, m.Key, m.Args...)
}

// Meter draws the score as four cells, filled up to it, so it reads
// without colour.
func Meter(score int) string {
	score = min(max(score, 0), 4)
	return strings.Repeat("■", score) + strings.Repeat("□", 4-score)
}

// TimeWords is a duration in seconds in human words ("3 hours",
// "centuries").
func TimeWords(l i18n.Lang, seconds float64) string {
	m := pw.DisplayTime(seconds)
	return i18n.T(l, m.Key, m.Args...)
}

// Describe says what a pattern is without any of its characters.
func Describe(l i18n.Lang, p pw.Pattern) string {
	m := p.Describe()
	return i18n.T(l, m.Key, m.Args...)
}
