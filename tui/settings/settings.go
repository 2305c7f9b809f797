// Package settings is the Settings screen: language, the display name, the
// optional personal details the password check uses, and where data lives.
package settings

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
)

// ID is the screen's id.
const ID common.ScreenID = "settings"

// MaxFieldRunes bounds a personal detail; longer pastes are cut, not refused.
const MaxFieldRunes = 200

// Store is what Settings needs from the database.
type Store interface {
	Profile(ctx context.Context) (store.Profile, error)
	SetProfileField(ctx context.Context, f store.ProfileField, value string) error
	ClearProfile(ctx context.Context) error
}

type row int

const (
	rowLanguage row = iota
	rowFirstField
)

type (
	loadedMsg struct {
		p   store.Profile
		err error
	}
	savedMsg struct {
		p   store.Profile
		err error
	}
)

// Model is the Settings screen.
type Model struct {
	c          *common.Common
	store      Store
	profile    store.Profile
	cursor     int
	editing    bool
	confirming bool
	input      textinput.Model
	width      int
	height     int
}

// New builds the Settings screen.
func New(c *common.Common, s Store) *Model {
	in := textinput.New()
	in.CharLimit = MaxFieldRunes
	return &Model{c: c, store: s, input: in}
}

func (m *Model) ID() common.ScreenID { return ID }
func (m *Model) TitleKey() string    { return "settings.title" }
func (m *Model) Capturing() bool     { return m.editing || m.confirming }
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.input.SetWidth(max(10, w-24))
}

func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	s := m.store
	return common.To(ID, func() tea.Msg {
		p, err := s.Profile(context.Background())
		return loadedMsg{p, err}
	})
}

// rows: language, the five profile fields, "delete all details".
func (m *Model) rowCount() int { return 1 + len(store.ProfileFields) + 1 }

func (m *Model) field() (store.ProfileField, bool) {
	i := m.cursor - int(rowFirstField)
	if i < 0 || i >= len(store.ProfileFields) {
		return "", false
	}
	return store.ProfileFields[i], true
}

func (m *Model) onClearAll() bool { return m.cursor == m.rowCount()-1 }

type keyMap struct {
	common.Nav
	Edit, Delete, Save, Cancel, Yes, No key.Binding
	editing, confirming                 bool
}

func (k keyMap) ShortHelp() []key.Binding {
	switch {
	case k.editing:
		return []key.Binding{k.Save, k.Cancel}
	case k.confirming:
		return []key.Binding{k.Yes, k.No}
	}
	return []key.Binding{k.Up, k.Down, k.Edit, k.Delete}
}

func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down}, {k.Edit, k.Delete}, {k.Save, k.Cancel}}
}

func (m *Model) keys() keyMap {
	return keyMap{
		Nav:        common.NewNav(m.c),
		Edit:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", m.c.T("settings.key.edit"))),
		Delete:     key.NewBinding(key.WithKeys("d", "delete", "backspace"), key.WithHelp("d", m.c.T("settings.key.delete"))),
		Save:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", m.c.T("settings.key.save"))),
		Cancel:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", m.c.T("settings.key.cancel"))),
		Yes:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", m.c.T("settings.key.yes"))),
		No:         key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", m.c.T("settings.key.no"))),
		editing:    m.editing,
		confirming: m.confirming,
	}
}

// KeyMap is the screen's bindings for the help bar.
func (m *Model) KeyMap() help.KeyMap { return m.keys() }

func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			return m, common.Fail(m.c.T("settings.error.load"), msg.err)
		}
		m.profile = msg.p
	case savedMsg:
		if msg.err != nil {
			return m, common.Fail(m.c.T("settings.error.save"), msg.err)
		}
		m.profile = msg.p
		return m, tea.Batch(common.Status(m.c.T("settings.saved")), common.Changed(ID))
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.PasteMsg:
		if m.editing {
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(tea.PasteMsg{Content: Clean(msg.Content)})
			return m, cmd
		}
	default:
		if m.editing {
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			return m, cmd
		}
	}
	return m, nil
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys()
	if m.confirming {
		m.confirming = false
		if key.Matches(msg, k.Yes) {
			return m.save(func(ctx context.Context) error { return m.store.ClearProfile(ctx) })
		}
		return nil
	}
	if m.editing {
		switch {
		case key.Matches(msg, k.Save):
			m.editing = false
			f, _ := m.field()
			value := Clean(m.input.Value())
			return m.save(func(ctx context.Context) error { return m.store.SetProfileField(ctx, f, value) })
		case key.Matches(msg, k.Cancel):
			m.editing = false
			m.input.Blur()
			return nil
		}
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return cmd
	}
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = (m.cursor + m.rowCount() - 1) % m.rowCount()
	case key.Matches(msg, k.Down):
		m.cursor = (m.cursor + 1) % m.rowCount()
	case key.Matches(msg, k.Edit):
		switch {
		case m.cursor == int(rowLanguage):
			next := i18n.Chinese
			if m.c.Lang == i18n.Chinese {
				next = i18n.English
			}
			return common.SetLang(next)
		case m.onClearAll():
			m.confirming = true
		default:
			f, _ := m.field()
			m.editing = true
			m.input.SetValue(m.profile.Get(f))
			m.input.CursorEnd()
			m.input.Placeholder = m.c.T("settings.placeholder." + string(f))
			return m.input.Focus()
		}
	case key.Matches(msg, k.Delete):
		if f, ok := m.field(); ok && m.profile.Get(f) != "" {
			return m.save(func(ctx context.Context) error { return m.store.SetProfileField(ctx, f, "") })
		}
	}
	return nil
}

func (m *Model) save(write func(ctx context.Context) error) tea.Cmd {
	m.input.Blur()
	s := m.store
	return common.To(ID, func() tea.Msg {
		ctx := context.Background()
		if err := write(ctx); err != nil {
			return savedMsg{err: err}
		}
		p, err := s.Profile(ctx)
		return savedMsg{p, err}
	})
}

// Clean bounds a field value; see common.Clean.
func Clean(s string) string { return common.Clean(s, MaxFieldRunes) }

func (m *Model) View() string {
	st, w := m.c.Styles, m.width
	labelW := 0
	labels := []string{m.c.T("settings.language")}
	for _, f := range store.ProfileFields {
		labels = append(labels, m.c.T("settings.field."+string(f)))
	}
	for _, l := range labels {
		labelW = max(labelW, common.Width(l))
	}
	lines := []string{st.Title.Render(m.c.T("settings.title"))}
	focus := 0
	for i := 0; i < m.rowCount(); i++ {
		var label, value string
		switch {
		case i == int(rowLanguage):
			label, value = labels[0], m.c.Lang.Native()+st.Muted.Render("  ("+m.c.T("settings.language_hint")+")")
		case i == m.rowCount()-1:
			label = m.c.T("settings.clear_all")
		default:
			f := store.ProfileFields[i-1]
			label = labels[i]
			value = m.profile.Get(f)
			if m.editing && i == m.cursor {
				value = m.input.View()
			} else if value == "" {
				value = st.Empty.Render(m.c.T("settings.not_set"))
			}
		}
		cursor := "  "
		if i == m.cursor {
			cursor = st.Cursor.Render("› ")
			label = st.Selected.Render(label)
			focus = len(lines)
		}
		if value == "" {
			lines = append(lines, cursor+label)
		} else {
			lines = append(lines, cursor+common.PadRight(label, labelW)+"  "+value)
		}
		if i == int(rowLanguage) {
			lines = append(lines, "", st.Heading.Render(m.c.T("settings.details_heading")))
		}
	}
	if m.confirming {
		lines = append(lines, "", st.Warn.Render(common.Wrap(m.c.T("settings.confirm_clear"), w)))
		focus = len(lines) - 1
	}
	lines = append(lines, "", st.Muted.Render(common.Wrap(m.c.T("settings.details_why"), w)),
		st.Muted.Render(common.Wrap(m.where(), w)))
	// Wrapped entries span several rows: flatten before windowing.
	var rows []string
	focusRow := 0
	for i, l := range lines {
		if i == focus {
			focusRow = len(rows)
		}
		rows = append(rows, strings.Split(l, "\n")...)
	}
	return strings.Join(common.Window(rows, focusRow, m.height), "\n")
}

func (m *Model) where() string {
	if m.c.DataPath == "" {
		return m.c.T("settings.data_guest")
	}
	return m.c.T("settings.data_at", m.c.DataPath)
}
