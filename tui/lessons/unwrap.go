package lessons

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	listItemRE = regexp.MustCompile(`^\s*([-*+]|\d{1,3}[.)])\s+`)
	blockRE    = regexp.MustCompile(`^\s*([-*+]\s|\d{1,3}[.)]\s|>|\||#|` + "```" + `|~~~)`)
)

// unwrapLists joins the indented continuation lines of list items onto
// their item. Glamour keeps such a soft break as a hard one inside a list,
// so a long item written over two lines would break mid-sentence on screen
// whatever the window's width.
func unwrapLists(md string) string {
	lines := strings.Split(md, "\n")
	out := make([]string, 0, len(lines))
	inItem := false
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			inItem = false
		case listItemRE.MatchString(line):
			inItem = true
		case inItem && len(out) > 0 && line != trimmed && !blockRE.MatchString(line):
			prev := out[len(out)-1]
			last, _ := utf8.DecodeLastRuneInString(prev)
			first, _ := utf8.DecodeRuneInString(trimmed)
			sep := " "
			if unicode.Is(unicode.Han, last) && unicode.Is(unicode.Han, first) {
				sep = ""
			}
			out[len(out)-1] = strings.TrimRight(prev, " ") + sep + trimmed
			continue
		default:
			inItem = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
