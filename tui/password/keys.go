package password

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/tui/common"
)

type keyMap struct {
	common.Nav
	Type, Done, Reveal, RevealTyping, Pieces, Attach, Online, HIBP, Audit, Clear key.Binding
	Yes, No, Save, Cancel                                                        key.Binding
	mode                                                                         mode
}

func (k keyMap) ShortHelp() []key.Binding {
	switch k.mode {
	case modeTyping:
		return []key.Binding{k.Done, k.RevealTyping}
	case modeConfirmPieces, modeConfirmOnline:
		return []key.Binding{k.Yes, k.No}
	case modeAttach:
		return []key.Binding{k.Up, k.Down, k.Save, k.Cancel}
	case modeHIBPPath, modeAuditPath:
		return []key.Binding{k.Save, k.Cancel}
	case modeAuditReport:
		return []key.Binding{k.Up, k.Down, k.Back}
	}
	return []key.Binding{k.Type, k.Reveal, k.Attach, k.Online}
}

func (k keyMap) FullHelp() [][]key.Binding {
	// Typing's own keys (done, ctrl+t) show in the short help while typing.
	return [][]key.Binding{
		{k.Type, k.Reveal, k.Pieces},
		{k.Attach, k.Clear, k.Online},
		{k.HIBP, k.Audit},
		{k.Up, k.Down},
	}
}

func (m *Model) keys() keyMap {
	t := m.c.T
	b := func(help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], help))
	}
	return keyMap{
		Nav:          common.NewNav(m.c),
		Type:         b(t("password.ui.key.type"), "enter", "e"),
		Done:         b(t("password.ui.key.done"), "enter", "esc"),
		Reveal:       b(t("password.ui.key.reveal"), "v"),
		RevealTyping: b(t("password.ui.key.reveal"), "ctrl+t"),
		Pieces:       b(t("password.ui.key.pieces"), "p"),
		Attach:       b(t("password.ui.key.attach"), "a"),
		Online:       b(t("password.ui.key.online"), "o"),
		HIBP:         b(t("password.ui.key.hibp"), "f"),
		Audit:        b(t("password.ui.key.audit"), "u"),
		Clear:        b(t("password.ui.key.clear"), "x"),
		Yes:          b(t("password.ui.key.yes"), "y"),
		No:           b(t("password.ui.key.no"), "n", "esc"),
		Save:         b(t("password.ui.key.save"), "enter"),
		Cancel:       b(t("password.ui.key.cancel"), "esc"),
		mode:         m.mode,
	}
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys()
	switch m.mode {
	case modeTyping:
		m.cut = false // the notice was about the last paste, not what follows
		switch {
		case key.Matches(msg, k.Done):
			m.mode = modeBrowse
			m.input.Blur()
			return nil
		case key.Matches(msg, k.RevealTyping):
			m.toggleReveal()
			return nil
		}
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return tea.Batch(cmd, m.changed())
	case modeConfirmPieces:
		m.mode = modeBrowse
		m.pieces = key.Matches(msg, k.Yes)
		return nil
	case modeConfirmOnline:
		m.mode = modeBrowse
		if key.Matches(msg, k.Yes) {
			return m.onlineBreach()
		}
		return common.Status(m.c.T("password.ui.online.nothing_sent"))
	case modeAttach:
		return m.attachKey(msg, k)
	case modeHIBPPath, modeAuditPath:
		switch {
		case key.Matches(msg, k.Cancel):
			m.mode = modeBrowse
			m.other.Blur()
			return nil
		case key.Matches(msg, k.Save):
			if m.mode == modeHIBPPath {
				return m.setHIBP()
			}
			return m.startAudit()
		}
		var cmd tea.Cmd
		m.other, cmd = m.other.Update(msg)
		return cmd
	case modeAuditReport:
		switch {
		case key.Matches(msg, k.Back):
			m.mode, m.report, m.auditErr, m.scroll = modeBrowse, nil, "", 0
		case key.Matches(msg, k.Up):
			m.scroll = max(0, m.scroll-1)
		case key.Matches(msg, k.Down):
			m.scroll++
		}
		return nil
	}
	return m.browseKey(msg, k)
}

func (m *Model) browseKey(msg tea.KeyPressMsg, k keyMap) tea.Cmd {
	switch {
	case key.Matches(msg, k.Type):
		m.mode = modeTyping
		return m.input.Focus()
	case key.Matches(msg, k.Reveal):
		m.toggleReveal()
	case key.Matches(msg, k.Pieces):
		if m.pieces {
			m.pieces = false
		} else if r := m.current(); r != nil && len(r.Patterns) > 0 {
			m.mode = modeConfirmPieces
		}
	case key.Matches(msg, k.Attach):
		return m.startAttach()
	case key.Matches(msg, k.Online):
		if m.current() == nil {
			return common.Status(m.c.T("password.ui.need_password"))
		}
		m.mode = modeConfirmOnline
	case key.Matches(msg, k.HIBP):
		return m.startPath(modeHIBPPath, m.savedHIBP, m.c.T("password.ui.hibp.placeholder"))
	case key.Matches(msg, k.Audit):
		return m.startPath(modeAuditPath, "", m.c.T("password.ui.audit.placeholder"))
	case key.Matches(msg, k.Clear):
		m.input.Reset()
		return m.changed()
	case key.Matches(msg, k.Up):
		m.scroll = max(0, m.scroll-1)
	case key.Matches(msg, k.Down):
		m.scroll++
	}
	return nil
}

func (m *Model) attachKey(msg tea.KeyPressMsg, k keyMap) tea.Cmd {
	switch {
	case key.Matches(msg, k.Cancel):
		m.mode = modeBrowse
		m.other.Blur()
		return nil
	case key.Matches(msg, k.Save):
		return m.saveVerdict()
	case msg.Code == tea.KeyUp:
		m.accPick = max(-1, m.accPick-1)
		return nil
	case msg.Code == tea.KeyDown:
		m.accPick = min(len(m.matches())-1, m.accPick+1)
		return nil
	}
	var cmd tea.Cmd
	m.other, cmd = m.other.Update(msg)
	m.accPick = -1
	return cmd
}

func (m *Model) toggleReveal() {
	if m.input.EchoMode == textinput.EchoPassword {
		m.input.EchoMode = textinput.EchoNormal
	} else {
		m.input.EchoMode = textinput.EchoPassword
	}
}

// paste bounds a paste before the input sees it: a 1 MB paste becomes at
// most MaxPasswordRunes runes in one pass over its start.
func (m *Model) paste(msg tea.PasteMsg) tea.Cmd {
	switch m.mode {
	case modeTyping:
		room := MaxPasswordRunes - len([]rune(m.input.Value()))
		text, cut := cleanPassword(msg.Content, max(0, room))
		m.cut = cut
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(tea.PasteMsg{Content: text})
		return tea.Batch(cmd, m.changed())
	case modeAttach, modeHIBPPath, modeAuditPath:
		var cmd tea.Cmd
		m.other, cmd = m.other.Update(tea.PasteMsg{Content: cleanLine(msg.Content, m.other.CharLimit)})
		return cmd
	}
	return nil
}
