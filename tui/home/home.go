// Package home is the first screen: a welcome on the first run, then the
// dashboard that the other capabilities fill with their sections.
package home

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

// ID is the screen's id.
const ID common.ScreenID = "home"

// Store is what Home needs from the database.
type Store interface {
	Welcomed(ctx context.Context) (bool, error)
	SetWelcomed(ctx context.Context) error
}

// Section is one block of the dashboard, contributed by a capability (the
// protection score, progress bars, next actions …). Load runs in the
// background; View renders what it loaded.
type Section interface {
	Load(ctx context.Context) (any, error)
	View(c *common.Common, data any, width int) string
}

type loadedMsg struct {
	welcomed bool
	data     []any
	err      error
}

type welcomedMsg struct{ err error }

// Model is the Home screen.
type Model struct {
	c        *common.Common
	store    Store
	sections []Section
	targets  []common.ScreenInfo
	loaded   bool
	welcomed bool
	data     []any
	cursor   int
	// scroll is the first dashboard line shown: the dashboard can be
	// taller than a small window, and it opens at the top.
	scroll int
	width  int
	height int
}

// New builds Home. targets are the other screens, listed as places to go.
func New(c *common.Common, store Store, targets []common.ScreenInfo, sections ...Section) *Model {
	return &Model{c: c, store: store, targets: targets, sections: sections}
}

func (m *Model) ID() common.ScreenID { return ID }
func (m *Model) TitleKey() string    { return "home.title" }
func (m *Model) Capturing() bool     { return false }
func (m *Model) SetSize(w, h int)    { m.width, m.height = w, h }

func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	store, sections := m.store, m.sections
	return common.To(ID, func() tea.Msg {
		ctx := withMemo(context.Background())
		welcomed, err := store.Welcomed(ctx)
		if err != nil {
			return loadedMsg{err: err}
		}
		data := make([]any, len(sections))
		for i, s := range sections {
			d, err := s.Load(ctx)
			if err != nil {
				return loadedMsg{welcomed: welcomed, err: err}
			}
			data[i] = d
		}
		return loadedMsg{welcomed: welcomed, data: data}
	})
}

type keyMap struct {
	common.Nav
	Start, Lang key.Binding
	welcome     bool
}

func (k keyMap) ShortHelp() []key.Binding {
	if k.welcome {
		return []key.Binding{k.Start, k.Lang}
	}
	return []key.Binding{k.Up, k.Down, k.Select}
}

func (k keyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

func (m *Model) keys() keyMap {
	other := i18n.Chinese
	if m.c.Lang == i18n.Chinese {
		other = i18n.English
	}
	return keyMap{
		Nav:     common.NewNav(m.c),
		Start:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", m.c.T("home.key.start"))),
		Lang:    key.NewBinding(key.WithKeys("l"), key.WithHelp("l", other.Native())),
		welcome: m.firstRun(),
	}
}

// KeyMap is Home's bindings for the help bar.
func (m *Model) KeyMap() help.KeyMap { return m.keys() }

func (m *Model) firstRun() bool { return m.loaded && !m.welcomed }

func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			return m, common.Fail(m.c.T("home.error.load"), msg.err)
		}
		m.loaded, m.welcomed, m.data = true, msg.welcomed, msg.data
	case welcomedMsg:
		if msg.err != nil {
			return m, common.Fail(m.c.T("home.error.save"), msg.err)
		}
	case common.DataChangedMsg:
		return m, m.load()
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys()
	if m.firstRun() {
		switch {
		case key.Matches(msg, k.Start):
			m.welcomed = true
			store := m.store
			return common.To(ID, func() tea.Msg { return welcomedMsg{err: store.SetWelcomed(context.Background())} })
		case key.Matches(msg, k.Lang):
			if m.c.Lang == i18n.Chinese {
				return common.SetLang(i18n.English)
			}
			return common.SetLang(i18n.Chinese)
		}
		return nil
	}
	_, focus := m.dashboardLines()
	switch {
	case key.Matches(msg, k.Up):
		switch {
		case focus < m.scroll || m.cursor == 0:
			// Above the places to go: scroll the dashboard back up.
			m.scroll = max(0, m.scroll-1)
		default:
			m.cursor--
			m.reveal()
		}
	case key.Matches(msg, k.Down):
		switch {
		case focus >= m.scroll+m.height:
			// The selection is still below the window: bring it closer by
			// half a window, so the dashboard can still be read on the way.
			m.scroll = min(m.scroll+max(1, m.height/2), focus-m.height+1)
		case m.cursor < len(m.targets)-1:
			m.cursor++
			m.reveal()
		}
	case key.Matches(msg, k.Select):
		if m.cursor < len(m.targets) {
			return common.Navigate(m.targets[m.cursor].ID)
		}
	}
	return nil
}

func (m *Model) View() string {
	if !m.loaded {
		return m.c.Styles.Muted.Render(m.c.T("app.loading"))
	}
	if m.firstRun() {
		return m.welcomeView()
	}
	return m.dashboardView()
}

func (m *Model) welcomeView() string {
	st, w := m.c.Styles, m.width
	var b strings.Builder
	b.WriteString(st.Title.Render(m.c.T("home.welcome.title")) + "\n\n")
	b.WriteString(common.Wrap(m.c.T("home.welcome.intro"), w) + "\n")
	for _, k := range []string{"home.welcome.point_passwords", "home.welcome.point_inventory", "home.welcome.point_rights"} {
		b.WriteString(common.Wrap("  • "+m.c.T(k), w) + "\n")
	}
	b.WriteString(common.Wrap(m.c.T("home.welcome.plan"), w) + "\n\n")
	b.WriteString(st.Good.Render(common.Wrap(m.c.T("home.welcome.private"), w)) + "\n\n")
	b.WriteString(st.Muted.Render(common.Wrap(m.whereData(), w)) + "\n\n")
	b.WriteString(st.Accent.Render(m.c.T("home.welcome.start")))
	return b.String()
}

func (m *Model) whereData() string {
	if m.c.DataPath == "" {
		return m.c.T("home.data_guest")
	}
	return m.c.T("home.data_at", m.c.DataPath)
}

// reveal scrolls so the selected place to go is in the window.
func (m *Model) reveal() {
	_, focus := m.dashboardLines()
	if focus < m.scroll {
		m.scroll = focus
	}
	if focus >= m.scroll+m.height {
		m.scroll = focus - m.height + 1
	}
}

func (m *Model) dashboardView() string {
	lines, _ := m.dashboardLines()
	m.scroll = max(0, min(m.scroll, len(lines)-m.height))
	lines = lines[m.scroll:]
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	return strings.Join(lines, "\n")
}

// dashboardLines is the whole dashboard, line by line, and the line of
// the selected place to go.
func (m *Model) dashboardLines() ([]string, int) {
	st, w := m.c.Styles, m.width
	var b strings.Builder
	b.WriteString(st.Title.Render(m.c.T("home.dashboard.title")) + "\n\n")
	if len(m.sections) == 0 {
		b.WriteString(st.Empty.Render(common.Wrap(m.c.T("home.dashboard.empty"), w)) + "\n\n")
	}
	for i, s := range m.sections {
		if i >= len(m.data) {
			break
		}
		if v := s.View(m.c, m.data[i], w); v != "" {
			b.WriteString(v + "\n\n")
		}
	}
	focus := 0
	if len(m.targets) > 0 {
		b.WriteString(st.Heading.Render(m.c.T("home.go_to")) + "\n")
		for i, t := range m.targets {
			line := m.c.T(t.TitleKey) + st.Muted.Render(" — "+m.c.T(t.BlurbKey))
			if i == m.cursor {
				focus = strings.Count(b.String(), "\n")
				b.WriteString(st.Selected.Render("› "+m.c.T(t.TitleKey)) + st.Muted.Render(" — "+m.c.T(t.BlurbKey)) + "\n")
			} else {
				b.WriteString("  " + line + "\n")
			}
		}
	}
	return strings.Split(strings.TrimRight(b.String(), "\n"), "\n"), focus
}
