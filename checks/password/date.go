package password

import (
	"github.com/trustelem/zxcvbn/match"
	"github.com/trustelem/zxcvbn/scoring"
)

// The reference's date matcher, after trustelem/zxcvbn's port (MIT licence),
// with its regular expressions (run on every substring) replaced by direct
// digit checks.

const (
	dateMinYear = 1000
	dateMaxYear = 2050
)

// dateSplits are where a digit run of each length may be cut into three.
var dateSplits = [9][][2]int{
	4: {{1, 2}, {2, 3}},
	5: {{1, 3}, {2, 3}},
	6: {{1, 2}, {2, 4}, {4, 5}},
	7: {{1, 3}, {2, 3}, {4, 5}, {4, 6}},
	8: {{2, 4}, {4, 6}},
}

type dmy struct{ day, month, year int }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isDateSeparator is the reference's [\s/\\_.-] for ASCII.
func isDateSeparator(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\v', '\f', '\r', '/', '\\', '_', '.', '-':
		return true
	}
	return false
}

func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

func dateMatches(out []*match.Match, pw string) []*match.Match {
	var found []*match.Match
	// Without separators: 4 to 8 digits.
	for i := 0; i+4 <= len(pw); i++ {
		for j := i + 3; j <= i+7 && j < len(pw); j++ {
			if !isDigit(pw[j]) {
				break
			}
			if !allDigits(pw[i : j+1]) {
				continue
			}
			token := pw[i : j+1]
			var best *dmy
			bestDistance := 0
			for _, s := range dateSplits[len(token)] {
				d := mapIntsToDMY(atoi(token[:s[0]]), atoi(token[s[0]:s[1]]), atoi(token[s[1]:]))
				if d == nil {
					continue
				}
				// Prefer the reading whose year is closest to the reference year.
				if dist := abs(d.year - scoring.ReferenceYear); best == nil || dist < bestDistance {
					best, bestDistance = d, dist
				}
			}
			if best != nil {
				found = append(found, &match.Match{
					Pattern: "date", Token: token, I: i, J: j,
					Year: best.year, Month: best.month, Day: best.day,
				})
			}
		}
	}
	// With two equal separators: 6 to 10 characters, d{1,4} s d{1,2} s d{1,4}.
	for i := 0; i+6 <= len(pw); i++ {
		for j := i + 5; j <= i+9 && j < len(pw); j++ {
			token := pw[i : j+1]
			a, sep, b, c, ok := splitSeparatedDate(token)
			if !ok {
				continue
			}
			if d := mapIntsToDMY(atoi(a), atoi(b), atoi(c)); d != nil {
				found = append(found, &match.Match{
					Pattern: "date", Token: token, I: i, J: j, Separator: sep,
					Year: d.year, Month: d.month, Day: d.day,
				})
			}
		}
	}
	// Drop dates that lie inside another date, as the reference does.
	for _, m := range found {
		inside := false
		for _, o := range found {
			if m != o && o.I <= m.I && o.J >= m.J {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// splitSeparatedDate parses token as 1–4 digits, a separator, 1–2 digits,
// the same separator and 1–4 digits.
func splitSeparatedDate(t string) (a, sep, b, c string, ok bool) {
	digitsRun := func(s string, lo, hi int) int {
		n := 0
		for n < len(s) && isDigit(s[n]) {
			n++
		}
		if n < lo || n > hi {
			return -1
		}
		return n
	}
	n1 := digitsRun(t, 1, 4)
	if n1 < 0 || n1 >= len(t) || !isDateSeparator(t[n1]) {
		return
	}
	rest := t[n1+1:]
	n2 := digitsRun(rest, 1, 2)
	if n2 < 0 || n2 >= len(rest) || rest[n2] != t[n1] {
		return
	}
	last := rest[n2+1:]
	if n3 := digitsRun(last, 1, 4); n3 < 0 || n3 != len(last) {
		return
	}
	return t[:n1], t[n1 : n1+1], rest[:n2], last, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// mapIntsToDMY reads three numbers as a day, month and year, or returns nil
// (the reference's map_ints_to_dmy).
func mapIntsToDMY(i1, i2, i3 int) *dmy {
	if i2 > 31 || i2 <= 0 {
		return nil
	}
	over12, over31, under1 := 0, 0, 0
	for _, v := range [3]int{i1, i2, i3} {
		if (v > 99 && v < dateMinYear) || v > dateMaxYear {
			return nil
		}
		if v > 31 {
			over31++
		}
		if v > 12 {
			over12++
		}
		if v <= 0 {
			under1++
		}
	}
	if over31 >= 2 || over12 == 3 || under1 >= 2 {
		return nil
	}
	splits := [2][3]int{{i3, i1, i2}, {i1, i2, i3}} // year last, year first
	for _, s := range splits {
		if s[0] >= dateMinYear && s[0] <= dateMaxYear {
			return mapIntsToDM(s[1], s[2], s[0])
		}
	}
	for _, s := range splits {
		if d := mapIntsToDM(s[1], s[2], s[0]); d != nil {
			d.year = twoToFourDigitYear(d.year)
			return d
		}
	}
	return nil
}

func mapIntsToDM(a, b, year int) *dmy {
	if a <= 31 && b <= 12 {
		return &dmy{a, b, year}
	}
	if b <= 31 && a <= 12 {
		return &dmy{b, a, year}
	}
	return nil
}

func twoToFourDigitYear(y int) int {
	switch {
	case y > 99:
		return y
	case y > 50:
		return y + 1900
	}
	return y + 2000
}
