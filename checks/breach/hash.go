package breach

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"
)

// Hash returns the SHA-1 of pw, the form Pwned Passwords is keyed by. The
// result stays in memory; callers must not store or log it.
func Hash(pw string) [20]byte { return sha1.Sum([]byte(pw)) }

// PrefixToSend is exactly what an online check sends: the first five
// upper-case hex characters of the SHA-1. A screen shows it before asking
// the user to agree.
func PrefixToSend(h [20]byte) string {
	return strings.ToUpper(hex.EncodeToString(h[:3]))[:5]
}

// upperHex is h as 40 upper-case hex characters, the order the files sort in.
func upperHex(h [20]byte) [40]byte {
	const digits = "0123456789ABCDEF"
	var out [40]byte
	for i, b := range h {
		out[2*i] = digits[b>>4]
		out[2*i+1] = digits[b&0x0f]
	}
	return out
}
