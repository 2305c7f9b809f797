package password

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"

	"github.com/footprint-audit/footprint/store"
)

// sitting remembers which account each password was attached to during
// this run of the program, so reuse can be named. It lives in memory only
// and keys on an HMAC under a random key made at start, so even a memory
// dump of the map does not hold the passwords or a hash anyone could look
// up; nothing of it is ever written.
type sitting struct {
	key  [32]byte
	seen map[[32]byte]string
	// verdicts saved this sitting, so a reuse found later can flag the
	// earlier account as well.
	verdicts map[string]store.Verdict
}

func newSitting() *sitting {
	s := &sitting{seen: map[[32]byte]string{}, verdicts: map[string]store.Verdict{}}
	if _, err := rand.Read(s.key[:]); err != nil {
		panic("password: no randomness for the sitting key: " + err.Error())
	}
	return s
}

func (s *sitting) mac(pw string) [32]byte {
	h := hmac.New(sha256.New, s.key[:])
	h.Write([]byte(pw))
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

// account is where pw was attached before this sitting, "" when nowhere.
func (s *sitting) account(pw string) string {
	if pw == "" {
		return ""
	}
	return s.seen[s.mac(pw)]
}

// remember notes that pw was attached to account; the first account stays
// the one named, the earliest the user checked.
func (s *sitting) remember(pw, account string) {
	k := s.mac(pw)
	if _, ok := s.seen[k]; !ok {
		s.seen[k] = account
	}
}
