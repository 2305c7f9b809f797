package password

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The reference zxcvbn (JavaScript) measures everything in UTF-16 code units:
// lengths, offsets, brute-force cardinality, repeats and sequences. trustelem's
// estimates and the matchers ported from it measure bytes. To agree with the
// reference we work in code units and hand them a proxy string with exactly
// one byte per code unit.

// proxyByte stands in for every non-ASCII code unit. It is in no dictionary,
// keyboard graph, date or l33t table, so the byte matchers step over it, and
// it is a single valid UTF-8 byte, so rune and byte offsets agree.
const proxyByte = 0x01

// input is one bounded, valid password in code units.
type input struct {
	units    []uint16
	unitRune []int // rune offset of each code unit, for Pattern offsets
	ascii    bool
}

func newInput(s string) input {
	in := input{ascii: true}
	r := 0
	for _, c := range s {
		if c >= utf8.RuneSelf {
			in.ascii = false
		}
		if c >= 0x10000 {
			hi, lo := utf16.EncodeRune(c)
			in.units = append(in.units, uint16(hi), uint16(lo))
			in.unitRune = append(in.unitRune, r, r)
		} else {
			in.units = append(in.units, uint16(c))
			in.unitRune = append(in.unitRune, r)
		}
		r++
	}
	return in
}

// slice returns the code units [i, j) as their own input.
func (in input) slice(i, j int) input {
	out := input{units: in.units[i:j], unitRune: in.unitRune[i:j], ascii: true}
	for _, u := range out.units {
		if u >= utf8.RuneSelf {
			out.ascii = false
			break
		}
	}
	return out
}

// proxy is the one-byte-per-unit string the byte matchers and estimates see.
func (in input) proxy() string {
	var b strings.Builder
	b.Grow(len(in.units))
	for _, u := range in.units {
		if u < utf8.RuneSelf {
			b.WriteByte(byte(u))
		} else {
			b.WriteByte(proxyByte)
		}
	}
	return b.String()
}

// runes maps each code unit to one rune (surrogates moved to a private
// plane) so a rune-based regexp sees what a JavaScript regexp sees.
func (in input) runes() []rune {
	rs := make([]rune, len(in.units))
	for i, u := range in.units {
		rs[i] = unitRune(u)
	}
	return rs
}

func unitRune(u uint16) rune {
	if u >= 0xD800 && u <= 0xDFFF {
		return 0xF0000 + rune(u)
	}
	return rune(u)
}

// lowerUnits lower-cases the way JavaScript's toLowerCase does for the
// characters that matter here, keeping one unit per unit.
func lowerUnits(units []uint16) []uint16 {
	out := make([]uint16, len(units))
	for i, u := range units {
		out[i] = u
		if u >= 'A' && u <= 'Z' {
			out[i] = u + 32
		} else if u >= 0x80 && (u < 0xD800 || u > 0xDFFF) {
			l := []rune(strings.ToLower(string(rune(u))))
			if len(l) == 1 && l[0] < 0x10000 {
				out[i] = uint16(l[0])
			}
		}
	}
	return out
}

// toUnits encodes s (lower-cased as the reference does) in code units.
func toUnits(s string) []uint16 {
	return utf16.Encode([]rune(strings.ToLower(s)))
}
