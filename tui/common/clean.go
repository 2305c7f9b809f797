package common

import (
	"strings"
	"unicode"
)

// Clean makes typed or pasted text safe to store and show: valid UTF-8, no
// control characters or line breaks, at most maxRunes runes, trimmed.
// Longer input is cut rather than refused, so a huge paste loses nothing
// the user could have meant for a one-line field.
func Clean(s string, maxRunes int) string {
	s = strings.ToValidUTF8(s, "")
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == maxRunes {
			break
		}
		if unicode.IsControl(r) {
			r = ' '
		}
		b.WriteRune(r)
		n++
	}
	return strings.TrimSpace(b.String())
}
