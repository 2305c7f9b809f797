package common

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles is the one set of styles for the whole app, built from the
// terminal's background. Colours come from the 16-colour ANSI palette so a
// 16-colour terminal shows them as chosen; meaning never rests on colour
// alone (selection is reversed, levels carry symbols and words).
type Styles struct {
	IsDark bool

	App        lipgloss.Style
	Brand      lipgloss.Style
	Tab        lipgloss.Style
	ActiveTab  lipgloss.Style
	TabBar     lipgloss.Style
	Title      lipgloss.Style
	Heading    lipgloss.Style
	Text       lipgloss.Style
	Muted      lipgloss.Style
	Accent     lipgloss.Style
	Good       lipgloss.Style
	Warn       lipgloss.Style
	Bad        lipgloss.Style
	Error      lipgloss.Style
	Status     lipgloss.Style
	Selected   lipgloss.Style // reversed: visible without colour
	Cursor     lipgloss.Style
	Box        lipgloss.Style
	Label      lipgloss.Style
	Value      lipgloss.Style
	Empty      lipgloss.Style
	Help       help.Styles
	Accent1    color.Color
	Foreground color.Color
}

// NewStyles builds the styles for a dark or light background.
func NewStyles(isDark bool) *Styles {
	ld := lipgloss.LightDark(isDark)
	fg := ld(lipgloss.Black, lipgloss.BrightWhite)
	muted := ld(lipgloss.BrightBlack, lipgloss.White)
	accent := ld(lipgloss.Blue, lipgloss.BrightCyan)
	good := ld(lipgloss.Green, lipgloss.BrightGreen)
	warn := ld(lipgloss.Yellow, lipgloss.BrightYellow)
	bad := ld(lipgloss.Red, lipgloss.BrightRed)

	s := &Styles{IsDark: isDark, Accent1: accent, Foreground: fg}
	s.App = lipgloss.NewStyle()
	s.Brand = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Tab = lipgloss.NewStyle().Foreground(muted).Padding(0, 1)
	s.ActiveTab = lipgloss.NewStyle().Bold(true).Underline(true).Foreground(fg).Padding(0, 1)
	s.TabBar = lipgloss.NewStyle().BorderStyle(lipgloss.NormalBorder()).BorderBottom(true).BorderForeground(muted)
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Heading = lipgloss.NewStyle().Bold(true).Foreground(fg)
	s.Text = lipgloss.NewStyle().Foreground(fg)
	s.Muted = lipgloss.NewStyle().Foreground(muted)
	s.Accent = lipgloss.NewStyle().Foreground(accent)
	s.Good = lipgloss.NewStyle().Foreground(good)
	s.Warn = lipgloss.NewStyle().Foreground(warn)
	s.Bad = lipgloss.NewStyle().Foreground(bad)
	s.Error = lipgloss.NewStyle().Bold(true).Foreground(bad)
	s.Status = lipgloss.NewStyle().Foreground(muted).Italic(true)
	s.Selected = lipgloss.NewStyle().Reverse(true).Bold(true)
	s.Cursor = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Box = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(muted).Padding(0, 1)
	s.Label = lipgloss.NewStyle().Foreground(muted)
	s.Value = lipgloss.NewStyle().Foreground(fg)
	s.Empty = lipgloss.NewStyle().Foreground(muted).Italic(true)
	s.Help = help.DefaultStyles(isDark)
	return s
}
