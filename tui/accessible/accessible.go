// Package accessible is footprint's line-by-line mode (--accessible): no
// full-screen drawing, no colour, one numbered prompt at a time, so that a
// screen reader can follow it and answers can be piped in.
package accessible

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
)

// Options configure a session.
type Options struct {
	DB   *store.DB
	Lang i18n.Lang
	In   io.Reader
	Out  io.Writer
}

// Session is one line-mode run; capabilities add menu items with Register.
type Session struct {
	DB   *store.DB
	Lang i18n.Lang
	in   *bufio.Reader
	raw  io.Reader // the input itself, to read a password without echo on a terminal
	Out  io.Writer
}

// Item is one entry of the main menu.
type Item struct {
	TitleKey string
	Run      func(ctx context.Context, s *Session) error
	// Order places the item in the menu, smallest first, as the tabs of
	// the full-screen app are ordered; Settings comes last.
	Order int
}

var items []Item

// Register adds a menu item; called from init by each capability.
func Register(it Item) { items = append(items, it) }

// ErrEOF means the input ended: the session stops quietly.
var ErrEOF = errors.New("end of input")

// T translates in the session's language.
func (s *Session) T(key string, args ...any) string { return i18n.T(s.Lang, key, args...) }

// Say prints one line.
func (s *Session) Say(format string, args ...any) { fmt.Fprintf(s.Out, format+"\n", args...) }

// Ask prints a prompt and reads one line (without its line ending). A line
// is read byte by byte from one buffered reader, so answers piped in one
// chunk are all kept.
func (s *Session) Ask(prompt string) (string, error) {
	fmt.Fprint(s.Out, prompt+" ")
	line, err := s.in.ReadString('\n')
	if err != nil && (line == "" || !errors.Is(err, io.EOF)) {
		fmt.Fprintln(s.Out)
		return "", ErrEOF
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// Choose asks for a number from 1 to n; "q" or empty input returns 0.
func (s *Session) Choose(prompt string, n int) (int, error) {
	for {
		ans, err := s.Ask(prompt)
		if err != nil {
			return 0, err
		}
		ans = strings.TrimSpace(strings.ToLower(ans))
		if ans == "" || ans == "q" || ans == "0" {
			return 0, nil
		}
		var k int
		if _, err := fmt.Sscanf(ans, "%d", &k); err == nil && k >= 1 && k <= n {
			return k, nil
		}
		s.Say(s.T("accessible.bad_choice", n))
	}
}

// Run greets the user and loops over the main menu until they quit or the
// input ends.
func Run(ctx context.Context, o Options) (aborted bool, err error) {
	s := &Session{DB: o.DB, Lang: o.Lang, in: bufio.NewReader(o.In), raw: o.In, Out: o.Out}
	s.Say(s.T("home.welcome.title"))
	s.Say(s.T("home.welcome.intro"))
	for _, k := range []string{"home.welcome.point_passwords", "home.welcome.point_inventory", "home.welcome.point_rights"} {
		s.Say("- " + s.T(k))
	}
	s.Say(s.T("home.welcome.private"))
	if o.DB.Guest() {
		s.Say(s.T("home.data_guest"))
	} else {
		s.Say(s.T("home.data_at", o.DB.Path()))
	}
	all := append(slices.Clone(items), Item{TitleKey: "accessible.settings", Run: settingsMenu, Order: 1000})
	slices.SortStableFunc(all, func(a, b Item) int { return a.Order - b.Order })
	for {
		if err := ctx.Err(); err != nil {
			return true, nil
		}
		s.Say("")
		s.Say(s.T("accessible.menu"))
		for i, it := range all {
			s.Say("%d. %s", i+1, s.T(it.TitleKey))
		}
		s.Say("q. %s", s.T("keys.quit"))
		k, err := s.Choose(s.T("accessible.choose"), len(all))
		if errors.Is(err, ErrEOF) || (err == nil && k == 0) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		if err := all[k-1].Run(ctx, s); err != nil {
			if errors.Is(err, ErrEOF) {
				return false, nil
			}
			s.Say(s.T("accessible.error", err.Error()))
		}
	}
}
