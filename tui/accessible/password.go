package accessible

import (
	"context"
	"errors"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/footprint-audit/footprint/checks/breach"
	pw "github.com/footprint-audit/footprint/checks/password"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/password"
)

func init() { Register(Item{TitleKey: "password.accessible.title", Run: passwordMenu, Order: 10}) }

// passwordMenu scores one password after another and can attach each
// verdict to an account. Passwords stay in this function's memory; reuse
// within the visit is noticed by comparing them there.
func passwordMenu(ctx context.Context, s *Session) error {
	attached := map[string]string{} // password → first account, in memory only
	for {
		s.Say("")
		s.Say(s.T("password.accessible.title"))
		text, err := s.askSecret(s.T("password.accessible.ask"))
		if err != nil || text == "" {
			return err
		}
		text, cut := cleanSecret(text)
		if cut {
			s.Say(s.T("password.ui.paste_cut", password.MaxPasswordRunes))
		}
		p, err := store.Profiles{}.Get(ctx, s.DB)
		if err != nil {
			return err
		}
		r := pw.Score(text, pw.Options{UserInputs: p.UserInputs()})
		s.sayVerdict(r)
		reusedWith := attached[text]
		if reusedWith != "" {
			s.Say(s.T("password.ui.reused", reusedWith))
		}
		breached := s.offlineBreach(ctx, text)

		account, err := s.Ask(s.T("password.accessible.attach"))
		if err != nil {
			return err
		}
		account = strings.TrimSpace(account)
		if account == "" {
			continue
		}
		if len([]rune(account)) > 200 {
			account = string([]rune(account)[:200])
		}
		v := store.Verdict{Account: account, Score: r.Score, GuessesLog10: r.GuessesLog10, CheckedAt: time.Now().UTC()}
		if reusedWith != "" && reusedWith != account {
			v.Flags = append(v.Flags, store.FlagReused)
		}
		if breached {
			v.Flags = append(v.Flags, store.FlagBreached)
		}
		for _, pt := range r.Patterns {
			if pt.Kind == pw.KindUserInput {
				v.Flags = append(v.Flags, store.FlagPersonalInfo)
				break
			}
		}
		if r.Capped {
			v.Flags = append(v.Flags, store.FlagCapped)
		}
		if err := (store.Verdicts{}).Put(ctx, s.DB, v); err != nil {
			return err
		}
		if reusedWith == "" {
			attached[text] = account
		}
		s.Say(s.T("password.ui.attach.saved", account))
	}
}

// askSecret reads a password without echo when the input is a terminal,
// and as a plain line when answers are piped in.
func (s *Session) askSecret(prompt string) (string, error) {
	f, ok := s.raw.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) || s.in.Buffered() > 0 {
		return s.Ask(prompt)
	}
	s.Say(s.T("password.accessible.no_echo"))
	s.Out.Write([]byte(prompt + " "))
	b, err := term.ReadPassword(int(f.Fd()))
	s.Say("")
	if err != nil {
		return "", ErrEOF
	}
	return string(b), nil
}

// cleanSecret drops control characters and invalid bytes and keeps at
// most the password field's length, as the screen does.
func cleanSecret(text string) (string, bool) {
	text = strings.ToValidUTF8(text, "")
	var b strings.Builder
	n := 0
	for _, r := range text {
		if r < 0x20 || r == 0x7f {
			continue
		}
		if n == password.MaxPasswordRunes {
			return b.String(), true
		}
		b.WriteRune(r)
		n++
	}
	return b.String(), false
}

func (s *Session) sayVerdict(r pw.Result) {
	// No meter here: a screen reader would read out its squares.
	s.Say("%s %s", password.ScoreWord(s.Lang, r.Score), s.T("password.ui.score_of", r.Score))
	s.Say(s.T("password.ui.guesses", r.GuessesLog10))
	if r.Capped {
		s.Say(s.T("password.ui.capped", r.ScoredRunes))
	}
	s.Say(s.T("password.ui.crack_heading"))
	for _, x := range []struct {
		key  string
		secs float64
	}{
		{"password.ui.crack.online_throttled", r.CrackTimes.OnlineThrottled},
		{"password.ui.crack.online", r.CrackTimes.Online},
		{"password.ui.crack.offline_slow", r.CrackTimes.OfflineSlow},
		{"password.ui.crack.offline_fast", r.CrackTimes.OfflineFast},
	} {
		s.Say("- %s: %s", s.T(x.key), password.TimeWords(s.Lang, x.secs))
	}
	if r.Warning.Key != "" {
		s.Say(s.T("password.ui.warning", s.T(r.Warning.Key, r.Warning.Args...)))
	}
	for _, sg := range r.Suggestions {
		s.Say("- " + s.T(sg.Key, sg.Args...))
	}
	if len(r.Patterns) > 0 {
		s.Say(s.T("password.ui.patterns_heading"))
		for _, p := range r.Patterns {
			s.Say("- " + password.Describe(s.Lang, p))
		}
	}
	s.Say(s.T("password.ui.never_stored"))
}

// offlineBreach looks text up in the saved breach file, if there is one,
// and says what it found.
func (s *Session) offlineBreach(ctx context.Context, text string) bool {
	path, err := store.Settings{}.Get(ctx, s.DB, password.SettingHIBPFile)
	if errors.Is(err, store.ErrNotFound) || path == "" {
		return false
	}
	if err != nil {
		return false
	}
	l, err := breach.OpenLocal(path)
	if err != nil {
		m := breach.MessageOf(err)
		s.Say(s.T(m.Key, m.Args...))
		return false
	}
	defer l.Close()
	n, err := l.CountPassword(text)
	switch {
	case err != nil:
		m := breach.MessageOf(err)
		s.Say(s.T(m.Key, m.Args...))
	case n > 0:
		s.Say(s.T("password.ui.breach.seen", n))
		return true
	default:
		s.Say(s.T("password.ui.breach.not_seen"))
	}
	return false
}
