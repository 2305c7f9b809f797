package pwaudit

import (
	"errors"
	"io"
	"sort"
	"strings"

	"github.com/footprint-audit/footprint/checks"
)

// WeakAtOrBelow is the highest score (0–4) that counts as weak.
const WeakAtOrBelow = 2

// maxBreachFailures consecutive failed breach checks stop the rest: the
// file or service is evidently not answering, and each try may be slow.
const maxBreachFailures = 3

// Scorer rates a password 0–4; userInputs are the entry's own details
// (name, site, user name), which make a password weaker when it uses them.
type Scorer func(pw string, userInputs []string) (score int)

// BreachFunc says how many times pw was seen in breaches (0: never).
type BreachFunc func(pw string) (int64, error)

// Entry is one row of the export that has a password. It holds no
// password and no hash of one.
type Entry struct {
	Line     int    `json:"line"` // where the row starts in the file
	Name     string `json:"name"`
	URL      string `json:"url,omitempty"`
	Username string `json:"username,omitempty"`
	Score    int    `json:"score"`
	Weak     bool   `json:"weak"`
	// ReuseGroup is the 1-based index into Report.Reused, 0 when the
	// password is used by this entry alone.
	ReuseGroup int `json:"reuse_group,omitempty"`
	// Breached is how many times the password was seen in breaches;
	// BreachChecked is false when no check was made or it failed.
	Breached      int64 `json:"breached"`
	BreachChecked bool  `json:"breach_checked"`
}

// Report is the audit of one export. Indices point into Entries.
type Report struct {
	Dialect      Dialect `json:"dialect"`
	Entries      []Entry `json:"entries"`
	SkippedEmpty int     `json:"skipped_empty"` // rows without a password
	Weak         []int   `json:"weak"`
	Reused       [][]int `json:"reused"` // each group shares one password
	Breached     []int   `json:"breached"`
	// BreachFailures counts entries whose breach check failed or was not
	// tried after repeated failures; BreachError is the first failure.
	BreachFailures int             `json:"breach_failures"`
	BreachError    *checks.Message `json:"breach_error,omitempty"`
}

// secret is what Audit knows about one distinct password, in memory only.
type secret struct {
	entries  []int
	breached int64
	checked  bool
	tried    bool
}

// Audit reads a CSV export from r and rates every entry with score. When
// breached is not nil each distinct password is checked once. A damaged
// file returns an *Error and no partial report, so nothing is half-shown.
func Audit(r io.Reader, score Scorer, breached BreachFunc) (Report, error) {
	if score == nil {
		return Report{}, errors.New("pwaudit: Audit needs a scorer")
	}
	rd, err := newReader(r)
	if err != nil {
		return Report{}, err
	}
	rep := Report{Dialect: rd.dialect, Entries: []Entry{}, Weak: []int{}, Reused: [][]int{}, Breached: []int{}}
	seen := map[string]*secret{}
	failures := 0
	for {
		rec, skipped, err := rd.next()
		rep.SkippedEmpty += skipped
		if err == io.EOF {
			break
		}
		if err != nil {
			return Report{}, err
		}
		i := len(rep.Entries)
		e := Entry{Line: rec.line, Name: rec.name, URL: rec.url, Username: rec.username}
		e.Score = min(max(score(rec.password, userInputs(rec)), 0), 4)
		e.Weak = e.Score <= WeakAtOrBelow

		s := seen[rec.password]
		if s == nil {
			s = &secret{}
			seen[rec.password] = s
		}
		s.entries = append(s.entries, i)
		if breached != nil && !s.tried && failures < maxBreachFailures {
			s.tried = true
			n, err := breached(rec.password)
			if err != nil {
				failures++
				if rep.BreachError == nil {
					m := messageOf(err)
					rep.BreachError = &m
				}
			} else {
				failures = 0
				s.breached, s.checked = n, true
			}
		}
		e.Breached, e.BreachChecked = s.breached, s.checked
		rep.Entries = append(rep.Entries, e)
	}
	finish(&rep, seen, breached != nil)
	return rep, nil
}

// finish fills the index lists once every entry is known.
func finish(rep *Report, seen map[string]*secret, checking bool) {
	for _, s := range seen {
		if len(s.entries) > 1 {
			rep.Reused = append(rep.Reused, s.entries)
		}
	}
	sort.Slice(rep.Reused, func(a, b int) bool { return rep.Reused[a][0] < rep.Reused[b][0] })
	for g, group := range rep.Reused {
		for _, i := range group {
			rep.Entries[i].ReuseGroup = g + 1
		}
	}
	for i, e := range rep.Entries {
		if e.Weak {
			rep.Weak = append(rep.Weak, i)
		}
		if e.Breached > 0 {
			rep.Breached = append(rep.Breached, i)
		}
		if checking && !e.BreachChecked {
			rep.BreachFailures++
		}
	}
}

// userInputs are the entry's details a password might be built from.
func userInputs(rec record) []string {
	var in []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		for _, have := range in {
			if have == s {
				return
			}
		}
		if s != "" {
			in = append(in, s)
		}
	}
	add(rec.username)
	if at := strings.IndexByte(rec.username, '@'); at > 0 {
		add(rec.username[:at])
	}
	add(rec.name)
	host := hostOf(rec.url)
	add(host)
	if dot := strings.IndexByte(host, '.'); dot > 0 {
		add(host[:dot]) // "github" from "github.com"
	}
	return in
}

// messageOf uses the error's own text when it has one (breach.*Error
// does) and a generic breach message otherwise.
func messageOf(err error) checks.Message {
	var m interface{ Message() checks.Message }
	if errors.As(err, &m) {
		return m.Message()
	}
	return checks.Msg("breach.err.other")
}
