package common

import (
	"charm.land/bubbles/v2/key"
)

// GlobalKeys are the router's own bindings.
type GlobalKeys struct {
	Next, Prev, Jump, Help, Quit, ForceQuit key.Binding
}

// NewGlobalKeys builds the router's bindings with help in the current language.
func NewGlobalKeys(c *Common) GlobalKeys {
	return GlobalKeys{
		Next:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", c.T("keys.next_screen"))),
		Prev:      key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", c.T("keys.prev_screen"))),
		Jump:      key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", c.T("keys.jump"))),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", c.T("keys.help"))),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", c.T("keys.quit"))),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", c.T("keys.force_quit"))),
	}
}

// ShortHelp is the global part of the help bar.
func (k GlobalKeys) ShortHelp() []key.Binding { return []key.Binding{k.Next, k.Help, k.Quit} }

// FullHelp is the global column of the full help.
func (k GlobalKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev, k.Jump}, {k.Help, k.Quit, k.ForceQuit}}
}

// Nav are list-navigation bindings screens commonly reuse.
type Nav struct {
	Up, Down, Select, Back key.Binding
}

// NewNav builds the list-navigation bindings.
func NewNav(c *Common) Nav {
	return Nav{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", c.T("keys.up"))),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", c.T("keys.down"))),
		Select: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("keys.select"))),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("keys.back"))),
	}
}
