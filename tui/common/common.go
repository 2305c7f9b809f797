// Package common holds what every footprint screen shares: the Screen
// contract, the Common context (size, styles, language), global keys and
// the typed messages screens use to talk to the router.
package common

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/content/i18n"
)

// ScreenID names a screen; stable, used in messages and tests.
type ScreenID string

// Screen is one page of the app. The root router owns the screens, passes
// each message to the active one, and draws its View between the tab bar
// and the help bar.
type Screen interface {
	ID() ScreenID
	// TitleKey is the i18n key of the screen's name in the tab bar.
	TitleKey() string
	Init() tea.Cmd
	Update(tea.Msg) (Screen, tea.Cmd)
	// View renders the body in exactly the size given by SetSize, or less.
	View() string
	SetSize(width, height int)
	// KeyMap is the screen's own bindings; the help bar is built from it.
	KeyMap() help.KeyMap
	// Capturing is true while the user types into a field: the router then
	// keeps single-letter shortcuts (q, ?, digits) away from the screen's
	// input and only ctrl+c is global.
	Capturing() bool
}

// Common is shared by the router and every screen; the router updates it
// (size, styles, language) and screens read it when they render.
type Common struct {
	Width, Height int
	Styles        *Styles
	Lang          i18n.Lang
	Accessible    bool
	// DataPath is where the database lives, "" in guest mode.
	DataPath string
}

// T translates key in the current language.
func (c *Common) T(key string, args ...any) string { return i18n.T(c.Lang, key, args...) }

// NewCommon builds the shared context with dark-background styles until
// the terminal answers the background query.
func NewCommon(lang i18n.Lang, dataPath string) *Common {
	return &Common{Styles: NewStyles(true), Lang: lang, DataPath: dataPath}
}
