package password

import (
	"context"
	"errors"
	"os"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/checks/breach"
	pw "github.com/footprint-audit/footprint/checks/password"
	"github.com/footprint-audit/footprint/checks/pwaudit"
	"github.com/footprint-audit/footprint/tui/common"
)

type hibpCheckedMsg struct {
	path string
	err  error
}

type auditMsg struct {
	rep pwaudit.Report
	err error
}

// startPath opens the one-line prompt for the HIBP file or a CSV export.
func (m *Model) startPath(to mode, value, placeholder string) tea.Cmd {
	m.mode = to
	m.other.Reset()
	m.other.CharLimit = maxPathRunes
	m.other.EchoMode = textinput.EchoNormal
	m.other.Placeholder = placeholder
	m.other.SetValue(value)
	m.other.CursorEnd()
	return m.other.Focus()
}

// setHIBP checks the file before saving it, so a wrong path is caught when
// it is typed rather than at the next check. An empty path clears it.
func (m *Model) setHIBP() tea.Cmd {
	path := cleanLine(m.other.Value(), maxPathRunes)
	m.mode = modeBrowse
	m.other.Blur()
	s := m.store
	return common.To(ID, func() tea.Msg {
		if path != "" {
			l, err := breach.OpenLocal(path)
			if err != nil {
				return hibpCheckedMsg{path: path, err: err}
			}
			l.Close()
		}
		if err := s.SetHIBPFile(context.Background(), path); err != nil {
			return hibpCheckedMsg{path: path, err: err}
		}
		return hibpCheckedMsg{path: path}
	})
}

func (m *Model) hibpChecked(msg hibpCheckedMsg) tea.Cmd {
	if msg.err != nil {
		var be *breach.Error
		if errors.As(msg.err, &be) {
			return common.Fail(errText(m.c.Lang, msg.err), msg.err)
		}
		return common.Fail(m.c.T("password.ui.error.save"), msg.err)
	}
	m.savedHIBP = msg.path
	if msg.path == "" {
		return common.Status(m.c.T("password.ui.hibp.cleared"))
	}
	m.breach = breachState{}
	return tea.Batch(common.Status(m.c.T("password.ui.hibp.saved")), m.offlineBreach())
}

// startAudit reads the export in the background: a large one takes a
// while to score and the screen stays live meanwhile.
func (m *Model) startAudit() tea.Cmd {
	path := cleanLine(m.other.Value(), maxPathRunes)
	if path == "" {
		return nil
	}
	m.mode = modeAuditReport
	m.other.Blur()
	m.auditing, m.auditPath, m.report, m.auditErr, m.scroll = true, path, nil, "", 0
	hibp, inputs := m.hibpPath(), m.userInputs
	return common.To(ID, func() tea.Msg {
		rep, err := RunAudit(path, hibp, inputs)
		return auditMsg{rep: rep, err: err}
	})
}

func (m *Model) audited(msg auditMsg) {
	m.auditing = false
	if msg.err != nil {
		m.auditErr = errText(m.c.Lang, msg.err)
		if isOpenErr(msg.err) {
			m.auditErr = m.c.T("password.ui.audit.cannot_open", m.auditPath)
		}
		return
	}
	m.report = &msg.rep
}

// openError marks a failure to open the export itself, as opposed to
// reading what is in it.
type openError struct{ err error }

func (e openError) Error() string { return e.err.Error() }
func (e openError) Unwrap() error { return e.err }

func isOpenErr(err error) bool {
	var oe openError
	return errors.As(err, &oe)
}

// RunAudit audits the CSV export at path: scored with the user's details
// added to each entry's own, and looked up in the HIBP file when one is
// given. Nothing from the file is kept beyond the returned report, which
// holds no password.
func RunAudit(path, hibpFile string, userInputs []string) (pwaudit.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return pwaudit.Report{}, openError{err}
	}
	defer f.Close()
	score := func(p string, entryInputs []string) int {
		in := append(append([]string(nil), entryInputs...), userInputs...)
		return pw.Score(p, pw.Options{UserInputs: in}).Score
	}
	var lookup pwaudit.BreachFunc
	if hibpFile != "" {
		l, err := breach.OpenLocal(hibpFile)
		if err != nil {
			return pwaudit.Report{}, err
		}
		defer l.Close()
		lookup = l.CountPassword
	}
	return pwaudit.Audit(f, score, lookup)
}
