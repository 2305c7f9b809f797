// Package textwrap breaks text into lines by display width, the way
// Chinese and English are each set: English at spaces, Chinese between any
// two characters, and never a line that starts with closing punctuation or
// ends with an opening mark. The plain-text lessons and the TUI share it.
package textwrap

import (
	"strings"
	"unicode"

	"github.com/clipperhouse/displaywidth"
)

// Width is the display width of s in terminal cells (a CJK character
// takes two; ambiguous characters one, whatever the locale).
func Width(s string) int { return displaywidth.String(s) }

// isCJK reports whether r belongs to a script written without spaces
// between words, where a line may break between any two characters.
func IsCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) ||
		(r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}

// NoLineStart are characters a Chinese line must not begin with (closing
// punctuation), and NoLineEnd ones it must not end with (opening marks).
const (
	NoLineStart = "，。、；：？！）》」』】〉”’…—·,.;:?!)]}%"
	NoLineEnd   = "（《「『【〈“‘([{"
)

// unit is the smallest piece wrap will not split, with whether a space
// separated it from the piece before.
type unit struct {
	text   string
	width  int
	spaced bool
}

// units cuts a paragraph into unbreakable pieces: a Latin word, or a single
// CJK character with the punctuation that must stay next to it.
func units(s string) []unit {
	var out []unit
	var cur strings.Builder
	spaced := false
	glueNext := false // the previous piece ended with an opening mark
	emit := func() {
		if cur.Len() == 0 {
			return
		}
		t := cur.String()
		out = append(out, unit{text: t, width: Width(t), spaced: spaced})
		cur.Reset()
		spaced = false
	}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			emit()
			glueNext = false
			spaced = len(out) > 0
		case strings.ContainsRune(NoLineStart, r):
			// Closing punctuation joins the piece before it, even across a
			// finished CJK character.
			if cur.Len() == 0 && len(out) > 0 && !spaced {
				last := &out[len(out)-1]
				last.text += string(r)
				last.width += displaywidth.Rune(r)
			} else {
				cur.WriteRune(r)
			}
			if IsCJK(r) {
				emit()
			}
		case IsCJK(r):
			if !glueNext {
				emit()
			}
			cur.WriteRune(r)
			glueNext = strings.ContainsRune(NoLineEnd, r)
			if !glueNext {
				emit()
			}
		default:
			if cur.Len() > 0 && IsCJK(lastRune(cur.String())) && !glueNext {
				emit()
			}
			cur.WriteRune(r)
			glueNext = strings.ContainsRune(NoLineEnd, r)
		}
	}
	emit()
	return out
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

// Lines fills lines up to width columns. The first line starts with first,
// the others with rest (a hanging indent for list items). A piece wider than
// a line gets a line of its own rather than being cut.
func Lines(s string, width int, first, rest string) []string {
	var lines []string
	var line strings.Builder
	prefix := first
	line.WriteString(prefix)
	col := Width(prefix)
	empty := true
	for _, u := range units(s) {
		need := u.width
		if u.spaced && !empty {
			need++
		}
		if !empty && col+need > width {
			lines = append(lines, line.String())
			line.Reset()
			prefix = rest
			line.WriteString(prefix)
			col = Width(prefix)
			empty = true
		}
		if u.spaced && !empty {
			line.WriteByte(' ')
			col++
		}
		line.WriteString(u.text)
		col += u.width
		empty = false
	}
	if !empty || len(lines) == 0 {
		lines = append(lines, strings.TrimRight(line.String(), " "))
	}
	return lines
}
