package lessons

import "github.com/footprint-audit/footprint/content/textwrap"

// wrap fills lines up to width columns with textwrap; first starts the
// first line and rest the others (a hanging indent for list items).
func wrap(s string, width int, first, rest string) []string {
	return textwrap.Lines(s, width, first, rest)
}

// isCJK reports whether r is written without spaces between words.
func isCJK(r rune) bool { return textwrap.IsCJK(r) }

// widths measures display columns (used by the tests).
var widths = struct{ StringWidth func(string) int }{textwrap.Width}

const (
	noLineStart = textwrap.NoLineStart
	noLineEnd   = textwrap.NoLineEnd
)
