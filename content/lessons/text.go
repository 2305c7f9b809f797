package lessons

import (
	"strings"
	"unicode/utf8"
)

// maxFileSize bounds what one content file may hold; a lesson is a few
// kilobytes, so anything near this is a mistake, not a long lesson.
const maxFileSize = 1 << 20

// splitLines turns a file into lines without their endings, accepting CRLF
// from Windows editors and dropping a leading byte-order mark. It reports the
// first line that is not valid UTF-8 (1-based), or 0.
func splitLines(data []byte) (lines []string, badLine int) {
	s := strings.TrimPrefix(string(data), "\ufeff")
	lines = strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
		if badLine == 0 && !utf8.ValidString(lines[i]) {
			badLine = i + 1
		}
	}
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	return lines, badLine
}

// joinWrapped joins the lines of a wrapped paragraph. Chinese has no spaces
// between words, so a break between two CJK characters joins without one.
func joinWrapped(parts []string) string {
	var b strings.Builder
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			prev, _ := utf8.DecodeLastRuneInString(b.String())
			next, _ := utf8.DecodeRuneInString(p)
			if !isCJK(prev) || !isCJK(next) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// isIdent reports whether s is a lesson or glossary id: lower-case ASCII
// letters, digits and single inner hyphens.
func isIdent(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
