package common

import (
	"github.com/footprint-audit/footprint/content/textwrap"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Fit cuts s to at most width cells per line and height lines, by display
// width (a CJK character takes two cells), so a view never spills.
func Fit(s string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		if lipgloss.Width(l) > width {
			lines[i] = ansi.Truncate(l, width, "…")
		}
	}
	return strings.Join(lines, "\n")
}

// Wrap wraps text to width cells the way each language is set: English at
// spaces, Chinese between characters, no line starting with closing
// punctuation (see content/textwrap). A line that begins with an indent or
// a bullet ("  • ", "- ") keeps a hanging indent. Styled text (with escape
// sequences) is wrapped at spaces only.
func Wrap(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if strings.Contains(s, "\x1b") {
		return ansi.Wrap(s, width, "")
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		if para == "" {
			out = append(out, "")
			continue
		}
		first := leadingPrefix(para)
		rest := strings.Repeat(" ", textwrap.Width(first))
		if textwrap.Width(first) >= width {
			first, rest = "", ""
		}
		for _, l := range textwrap.Lines(strings.TrimPrefix(para, first), width, first, rest) {
			if lipgloss.Width(l) > width {
				l = ansi.Hardwrap(l, width, true) // a word wider than the line
			}
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// leadingPrefix is a line's indent and list bullet, if any.
func leadingPrefix(s string) string {
	i := len(s) - len(strings.TrimLeft(s, " "))
	for _, b := range []string{"• ", "- ", "· ", "* "} {
		if strings.HasPrefix(s[i:], b) {
			return s[:i+len(b)]
		}
	}
	return s[:i]
}

// PadRight pads s with spaces to width display cells.
func PadRight(s string, width int) string {
	if w := lipgloss.Width(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// Width is the display width of s in cells.
func Width(s string) int { return lipgloss.Width(s) }

// Window returns the part of lines, at most height long, that keeps line
// focus in view, so a list taller than the window scrolls with its cursor.
func Window(lines []string, focus, height int) []string {
	if height <= 0 {
		return nil
	}
	if len(lines) <= height {
		return lines
	}
	start := 0
	if focus >= height {
		start = focus - height + 1
	}
	if start+height > len(lines) {
		start = len(lines) - height
	}
	return lines[start : start+height]
}
