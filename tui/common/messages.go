package common

import (
	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/content/i18n"
)

// NavigateMsg asks the router to show another screen.
type NavigateMsg struct{ To ScreenID }

// Navigate is a command that sends NavigateMsg.
func Navigate(to ScreenID) tea.Cmd { return func() tea.Msg { return NavigateMsg{To: to} } }

// LangChangedMsg tells every screen the UI language changed; the router
// updates Common.Lang first, then broadcasts it.
type LangChangedMsg struct{ Lang i18n.Lang }

// StylesChangedMsg is broadcast when the background colour became known.
type StylesChangedMsg struct{}

// ErrorMsg shows an error in the status line, in plain words. Err is kept
// for the debug log; Text is what the user reads.
type ErrorMsg struct {
	Text string
	Err  error
}

// StatusMsg shows a short, calm notice in the status line.
type StatusMsg struct{ Text string }

// Status is a command that sends StatusMsg.
func Status(text string) tea.Cmd { return func() tea.Msg { return StatusMsg{Text: text} } }

// Fail is a command that sends ErrorMsg.
func Fail(text string, err error) tea.Cmd {
	return func() tea.Msg { return ErrorMsg{Text: text, Err: err} }
}

// DataChangedMsg is broadcast when a screen saved something other screens
// show (for example, Home's dashboard), so they reload.
type DataChangedMsg struct{ Source ScreenID }

// Changed is a command that broadcasts DataChangedMsg.
func Changed(source ScreenID) tea.Cmd {
	return func() tea.Msg { return DataChangedMsg{Source: source} }
}

// SetLangMsg asks the router to switch the UI language and save the choice.
type SetLangMsg struct{ Lang i18n.Lang }

// SetLang is a command that sends SetLangMsg.
func SetLang(l i18n.Lang) tea.Cmd { return func() tea.Msg { return SetLangMsg{Lang: l} } }

// ForScreen carries a background result to the screen that asked for it,
// whichever screen is showing when it arrives.
type ForScreen struct {
	To  ScreenID
	Msg tea.Msg
}

// To wraps cmd so that its result reaches screen id only.
func To(id ScreenID, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		msg := cmd()
		if msg == nil {
			return nil
		}
		return ForScreen{To: id, Msg: msg}
	}
}

// ScreenInfo describes a screen for menus: only screens that exist are listed.
type ScreenInfo struct {
	ID       ScreenID
	TitleKey string
	BlurbKey string // one line: what the screen is for
}
