package password

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/breach"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

// breachMsg answers one breach check for input version seq.
type breachMsg struct {
	seq    uint64
	online bool
	count  int64
	err    error
}

// offlineBreach looks the current password up in the downloaded file, if
// one is set. A local lookup is a few small reads, so it follows every
// scoring without being asked.
func (m *Model) offlineBreach() tea.Cmd {
	path := m.hibpPath()
	if path == "" || m.value == "" {
		return nil
	}
	m.breach = breachState{busy: true}
	seq, text := m.seq, m.value
	return common.To(ID, func() tea.Msg {
		l, err := breach.OpenLocal(path)
		if err != nil {
			return breachMsg{seq: seq, err: err}
		}
		defer l.Close()
		n, err := l.CountPassword(text)
		return breachMsg{seq: seq, count: n, err: err}
	})
}

// onlineBreach sends the five-character prefix, after the user agreed to
// exactly that on screen.
func (m *Model) onlineBreach() tea.Cmd {
	if m.value == "" {
		return nil
	}
	m.breach = breachState{busy: true, online: true}
	seq, text, client := m.seq, m.value, m.opts.Online
	return common.To(ID, func() tea.Msg {
		n, err := client.Count(context.Background(), breach.Hash(text))
		return breachMsg{seq: seq, online: true, count: n, err: err}
	})
}

func (m *Model) breached(msg breachMsg) {
	if msg.seq != m.seq {
		return
	}
	m.breach = breachState{checked: msg.err == nil, online: msg.online, count: msg.count}
	if msg.err != nil {
		m.breach.err = errText(m.c.Lang, msg.err)
	}
}

// errText is a breach or audit error in the user's words, never Go's:
// both packages' errors carry a translatable message.
func errText(l i18n.Lang, err error) string {
	var withMsg interface{ Message() checks.Message }
	if errors.As(err, &withMsg) {
		mm := withMsg.Message()
		return i18n.T(l, mm.Key, mm.Args...)
	}
	return i18n.T(l, "breach.err.other")
}
