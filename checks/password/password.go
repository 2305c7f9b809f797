// Package password scores password strength the way zxcvbn 4.4.2 does, and
// adds patterns common among Chinese-speaking users (pinyin, lucky numbers,
// birthdays, the user's own details) that only ever lower the estimate.
//
// github.com/trustelem/zxcvbn supplies the data (word lists, keyboard
// graphs) and the guess estimates per match; the matchers and the
// minimum-guesses search are footprint's own ports, written to find the same
// matches within the speed budget (see matchers_test.go, BENCHMARKS.md).
//
// Nothing here keeps the password: results describe patterns by kind,
// length and position, never by their text.
package password

import (
	"github.com/footprint-audit/footprint/checks"
)

// Options carries what the scorer may know about the user.
type Options struct {
	UserInputs []string // the user's own details: name, birth date, phone, email, account name
}

// CrackTimes are the seconds an attacker needs at the reference's four rates.
type CrackTimes struct{ OnlineThrottled, Online, OfflineSlow, OfflineFast float64 }

// Pattern kinds. The ids are stable: they reach JSON output and the UI.
const (
	KindDictionary  = "dictionary"   // a common password or English word
	KindName        = "name"         // a first name or surname (English lists or pinyin)
	KindUserInput   = "user_input"   // one of the user's own details, or a piece of one
	KindPinyin      = "pinyin"       // a pinyin word or phrase (woaini)
	KindLuckyNumber = "lucky_number" // 520, 1314, 888 …
	KindDate        = "date"         // a date the reference recognises
	KindBirthday    = "birthday"     // mmdd, yymmdd or yyyymmdd
	KindSpatial     = "spatial"      // a keyboard walk
	KindRepeat      = "repeat"       // aaa, abcabc
	KindSequence    = "sequence"     // abc, 9753
	KindRegex       = "regex"        // a recent year
	KindBruteforce  = "bruteforce"   // characters no pattern explains
)

// Pattern is one piece of the scored input and how it was guessed.
type Pattern struct {
	Kind       string
	Start, End int // rune offsets into the scored input, End exclusive
	Length     int // runes
	L33t       bool
	Reversed   bool
	Uppercase  bool   // capitals beyond the first letter's or all-lower
	Dictionary string // the list a dictionary-like kind came from
	Rank       int    // place in that list, 1 = most common
	Graph      string // spatial: "qwerty", "dvorak", "keypad", "mac_keypad"
	Turns      int    // spatial
	BaseLength int    // repeat: runes in the repeated unit
	Repeats    int    // repeat: how many times it repeats
	Ascending  bool   // sequence
	RegexName  string // regex: "recent_year"
	Guesses    float64
}

// Result is the verdict on one password.
type Result struct {
	Score        int     // 0–4
	Guesses      float64 // always finite and >= 1
	GuessesLog10 float64
	CrackTimes   CrackTimes
	Patterns     []Pattern
	Warning      checks.Message // Key == "" when none
	Suggestions  []checks.Message
	Capped       bool // the input was bounded before scoring
	ScoredRunes  int  // how many runes were scored
}
