package password

import (
	"strings"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	pw "github.com/footprint-audit/footprint/checks/password"
	"github.com/footprint-audit/footprint/tui/common"
)

// scoredMsg is one scoring result; seq says which version of the input it
// belongs to, so a late answer for an older input is dropped.
type scoredMsg struct {
	seq uint64
	res pw.Result
}

// ScoreFunc rates one password; pw.Score unless a test pins the result.
type ScoreFunc func(text string, o pw.Options) pw.Result

// scoreCmd scores a copy of the input off the UI goroutine.
func (m *Model) scoreCmd(seq uint64, text string) tea.Cmd {
	score, inputs := m.opts.Score, m.userInputs
	return common.To(ID, func() tea.Msg {
		return scoredMsg{seq: seq, res: score(text, pw.Options{UserInputs: inputs})}
	})
}

// changed reacts to a new input value: what was known about the old one is
// forgotten at once, and at most one scoring runs at a time. When one is
// already running, its answer will be stale and scored() starts the next,
// so a fast typist never queues more than one job.
func (m *Model) changed() tea.Cmd {
	v := m.input.Value()
	if v == m.value {
		return nil
	}
	m.value = v
	m.seq++
	m.pieces = false
	m.breach = breachState{}
	m.reuse = m.sitting.account(v)
	if v == "" {
		m.result = nil
		return nil
	}
	if m.inflight {
		return nil
	}
	m.inflight = true
	return m.scoreCmd(m.seq, v)
}

func (m *Model) scored(msg scoredMsg) tea.Cmd {
	m.inflight = false
	if msg.seq != m.seq {
		// Stale: the input moved on while this was scored.
		if m.value == "" {
			return nil
		}
		m.inflight = true
		return m.scoreCmd(m.seq, m.value)
	}
	res := msg.res
	m.result, m.resultSeq = &res, msg.seq
	return m.offlineBreach()
}

// current is the result for the text in the input, nil while scoring.
func (m *Model) current() *pw.Result {
	if m.result == nil || m.resultSeq != m.seq {
		return nil
	}
	return m.result
}

// cleanPassword keeps a pasted password as typed (spaces count) but drops
// what no password field can hold: invalid UTF-8, control characters and
// line breaks. It stops after limit runes, so a 1 MB paste costs one pass
// over its first few hundred bytes, and reports whether it cut.
func cleanPassword(s string, limit int) (string, bool) {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size <= 1 || unicode.IsControl(r) {
			continue
		}
		if n == limit {
			return b.String(), true
		}
		b.WriteRune(r)
		n++
	}
	return b.String(), false
}

// cleanLine bounds a name or path: as common.Clean, which trims.
func cleanLine(s string, limit int) string { return common.Clean(s, limit) }
