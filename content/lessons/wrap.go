package lessons

import (
	"strings"
	"unicode"

	"github.com/clipperhouse/displaywidth"
)

// widths measures display columns with a fixed rule (ambiguous characters
// are narrow) so the same lesson wraps the same way whatever the locale.
var widths displayWidths

// displayWidths measures terminal cells (a CJK character takes two) with
// the same library lipgloss uses, so plain text and the TUI agree.
type displayWidths struct{}

func (displayWidths) StringWidth(s string) int { return displaywidth.String(s) }
func (displayWidths) RuneWidth(r rune) int     { return displaywidth.Rune(r) }

// isCJK reports whether r belongs to a script written without spaces
// between words, where a line may break between any two characters.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) ||
		(r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}

// noLineStart are characters a Chinese line must not begin with (closing
// punctuation), and noLineEnd ones it must not end with (opening marks).
const (
	noLineStart = "，。、；：？！）》」』】〉”’…—·,.;:?!)]}%"
	noLineEnd   = "（《「『【〈“‘([{"
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
		out = append(out, unit{text: t, width: widths.StringWidth(t), spaced: spaced})
		cur.Reset()
		spaced = false
	}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			emit()
			glueNext = false
			spaced = len(out) > 0
		case strings.ContainsRune(noLineStart, r):
			// Closing punctuation joins the piece before it, even across a
			// finished CJK character.
			if cur.Len() == 0 && len(out) > 0 && !spaced {
				last := &out[len(out)-1]
				last.text += string(r)
				last.width += widths.RuneWidth(r)
			} else {
				cur.WriteRune(r)
			}
			if isCJK(r) {
				emit()
			}
		case isCJK(r):
			if !glueNext {
				emit()
			}
			cur.WriteRune(r)
			glueNext = strings.ContainsRune(noLineEnd, r)
			if !glueNext {
				emit()
			}
		default:
			if cur.Len() > 0 && isCJK(lastRune(cur.String())) && !glueNext {
				emit()
			}
			cur.WriteRune(r)
			glueNext = strings.ContainsRune(noLineEnd, r)
		}
	}
	emit()
	return out
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

// wrap fills lines up to width columns. The first line starts with first,
// the others with rest (a hanging indent for list items). A piece wider than
// a line gets a line of its own rather than being cut.
func wrap(s string, width int, first, rest string) []string {
	var lines []string
	var line strings.Builder
	prefix := first
	line.WriteString(prefix)
	col := widths.StringWidth(prefix)
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
			col = widths.StringWidth(prefix)
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
