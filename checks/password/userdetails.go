package password

import (
	"strings"
	"unicode"
)

// maxUserInputRunes bounds each user detail; names, emails and phone
// numbers are far shorter, and matching cost grows with length.
const maxUserInputRunes = 64

func sanitizeUserInput(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD")))
	if r := []rune(s); len(r) > maxUserInputRunes {
		s = string(r[:maxUserInputRunes])
	}
	return s
}

// userDetailPieces breaks each detail into the forms that end up in
// passwords: an email's local part and its words, a phone number's tail, a
// birth date's many spellings, a name's words run together or reversed.
func userDetailPieces(inputs []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if len([]rune(p)) >= 3 && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, in := range inputs {
		add(strings.ReplaceAll(in, " ", ""))
		if at := strings.LastIndexByte(in, '@'); at > 0 {
			local := in[:at]
			add(local)
			for _, w := range splitWords(local) {
				add(w)
			}
		}
		words := strings.Fields(in)
		for _, w := range words {
			add(w)
		}
		if len(words) == 2 {
			add(words[1] + words[0])
		}
		digits := onlyDigits(in)
		if len(digits) >= 4 {
			for _, p := range datePieces(in, digits) {
				add(p)
			}
			for _, n := range []int{4, 6, 8} {
				if len(digits) > n {
					add(digits[len(digits)-n:])
				}
			}
			add(digits)
		}
	}
	return out
}

func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r)
	})
}

func onlyDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// datePieces spells a birth date given as yyyy-mm-dd, yyyy/m/d or yyyymmdd
// in the forms people type.
func datePieces(raw, digits string) []string {
	parts := strings.FieldsFunc(raw, func(r rune) bool { return r < '0' || r > '9' })
	var y, m, d string
	switch {
	case len(parts) == 3 && len(parts[0]) == 4:
		y, m, d = parts[0], pad2(parts[1]), pad2(parts[2])
	case len(parts) == 3 && len(parts[2]) == 4:
		y, m, d = parts[2], pad2(parts[0]), pad2(parts[1])
	case len(parts) == 1 && len(digits) == 8 && (digits[0] == '1' || digits[0] == '2'):
		y, m, d = digits[:4], digits[4:6], digits[6:]
	default:
		return nil
	}
	if len(m) != 2 || len(d) != 2 {
		return nil
	}
	yy := y[2:]
	return []string{y + m + d, yy + m + d, m + d, d + m, m + d + y, d + m + y, y, y + m, strings.TrimLeft(m, "0") + strings.TrimLeft(d, "0")}
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}
