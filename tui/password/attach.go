package password

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	pw "github.com/footprint-audit/footprint/checks/password"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
)

type accountsMsg struct{ accounts []Account }

type verdictSavedMsg struct {
	v          store.Verdict
	reusedWith string // an earlier account of this sitting now flagged too
	err        error
}

// startAttach opens the account prompt and loads the inventory in the
// background; until it arrives (or without an inventory) a typed name works.
func (m *Model) startAttach() tea.Cmd {
	if m.current() == nil {
		return common.Status(m.c.T("password.ui.need_password"))
	}
	m.mode = modeAttach
	m.accPick = -1
	m.other.Reset()
	m.other.CharLimit = maxAccountRunes
	m.other.EchoMode = textinput.EchoNormal
	m.other.Placeholder = m.c.T("password.ui.attach.placeholder")
	s := m.store
	load := common.To(ID, func() tea.Msg {
		a, err := s.Accounts(context.Background())
		if err != nil {
			return nil // no inventory yet: a typed name is all there is
		}
		return accountsMsg{a}
	})
	return tea.Batch(m.other.Focus(), load)
}

// matches are the inventory accounts whose id or name contains the typed
// text, so a long inventory narrows as the user types.
func (m *Model) matches() []Account {
	q := strings.ToLower(strings.TrimSpace(m.other.Value()))
	var out []Account
	for _, a := range m.accounts {
		if q == "" || strings.Contains(strings.ToLower(a.ID), q) || strings.Contains(strings.ToLower(a.Name), q) {
			out = append(out, a)
		}
	}
	return out
}

// target is the account the verdict would go to now.
func (m *Model) target() string {
	if ms := m.matches(); m.accPick >= 0 && m.accPick < len(ms) {
		return ms[m.accPick].ID
	}
	return cleanLine(m.other.Value(), maxAccountRunes)
}

// verdict is what is stored for account: score, date and flags, never
// the password.
func (m *Model) verdict(account string) store.Verdict {
	r := m.current()
	v := store.Verdict{Account: account, Score: r.Score, GuessesLog10: r.GuessesLog10, CheckedAt: m.opts.Now().UTC()}
	if m.reuse != "" && m.reuse != account {
		v.Flags = append(v.Flags, store.FlagReused)
	}
	if m.breach.checked && m.breach.count > 0 {
		v.Flags = append(v.Flags, store.FlagBreached)
	}
	for _, p := range r.Patterns {
		if p.Kind == pw.KindUserInput {
			v.Flags = append(v.Flags, store.FlagPersonalInfo)
			break
		}
	}
	if r.Capped {
		v.Flags = append(v.Flags, store.FlagCapped)
	}
	return v
}

func (m *Model) saveVerdict() tea.Cmd {
	account := m.target()
	if account == "" || m.current() == nil {
		return nil
	}
	m.mode = modeBrowse
	m.other.Blur()
	v := m.verdict(account)
	m.sitting.remember(m.value, account)
	earlier := ""
	if v.Has(store.FlagReused) {
		earlier = m.reuse
	}
	s := m.store
	return common.To(ID, func() tea.Msg {
		ctx := context.Background()
		if err := s.PutVerdict(ctx, v); err != nil {
			return verdictSavedMsg{err: err}
		}
		return verdictSavedMsg{v: v, reusedWith: earlier}
	})
}

func (m *Model) verdictSaved(msg verdictSavedMsg) tea.Cmd {
	if msg.err != nil {
		return common.Fail(m.c.T("password.ui.error.save"), msg.err)
	}
	m.sitting.verdicts[msg.v.Account] = msg.v
	cmds := []tea.Cmd{common.Status(m.c.T("password.ui.attach.saved", msg.v.Account)), common.Changed(ID)}
	// The account checked earlier shares this password too: say so in its
	// verdict, which this sitting still holds.
	if ev, ok := m.sitting.verdicts[msg.reusedWith]; ok && !ev.Has(store.FlagReused) {
		ev.Flags = append(ev.Flags, store.FlagReused)
		m.sitting.verdicts[ev.Account] = ev
		s := m.store
		cmds = append(cmds, common.To(ID, func() tea.Msg {
			if err := s.PutVerdict(context.Background(), ev); err != nil {
				return verdictSavedMsg{err: err}
			}
			return nil
		}))
	}
	return tea.Batch(cmds...)
}
