// Package exposure is the exposure map: services down, data kinds across,
// each cell marked by a symbol and a shade, so it reads in 16 colours and
// under NO_COLOR alike.
package exposure

import (
	"cmp"
	"context"
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/inventory"
)

// ID is the screen's id.
const ID common.ScreenID = "exposure"

// Store is what the map needs: the inventory as the Inventory screen sees it.
type Store interface {
	Inventory(ctx context.Context) ([]inventory.Account, error)
}

// Level grades one cell, from nothing held to sensitive data on an account
// that is dormant or poorly protected.
type Level int

const (
	None Level = iota
	Held
	HeldAtRisk
	Sensitive
	SensitiveAtRisk
)

// Symbols carry the level without colour; the legend explains them.
var Symbols = [...]string{None: "·", Held: "○", HeldAtRisk: "◐", Sensitive: "●", SensitiveAtRisk: "◆"}

// AtRisk reports whether an account makes what it holds more exposed: it
// is dormant (nobody watches it) or its password is weak or reused.
func AtRisk(a inventory.Account) bool {
	return a.Dormant || a.Reused || (a.Verdict.Checked && a.Verdict.Score <= 2)
}

// CellLevel grades kind k on account a.
func CellLevel(a inventory.Account, k checks.DataKind) Level {
	if !a.HoldsKind(k) {
		return None
	}
	lv := Held
	if k.Sensitive() {
		lv = Sensitive
	}
	if AtRisk(a) {
		lv++
	}
	return lv
}

// row is one service, its cells graded once when loaded so View only looks.
type row struct {
	acc   inventory.Account
	cells [16]Level
	total int
}

type loadedMsg struct {
	accounts []inventory.Account
	err      error
}

// Model is the exposure map screen.
type Model struct {
	c          *common.Common
	store      Store
	loaded     bool
	rows       []row
	cur, col   int // focused service and data kind
	showLegend bool
	width      int
	height     int
}

// New builds the map.
func New(c *common.Common, s Store) *Model { return &Model{c: c, store: s} }

func (m *Model) ID() common.ScreenID { return ID }
func (m *Model) TitleKey() string    { return "inventory_ui.map.title" }
func (m *Model) Capturing() bool     { return false }
func (m *Model) SetSize(w, h int)    { m.width, m.height = w, h }
func (m *Model) Init() tea.Cmd       { return m.load() }

func (m *Model) load() tea.Cmd {
	s := m.store
	return common.To(ID, func() tea.Msg {
		as, err := s.Inventory(context.Background())
		return loadedMsg{as, err}
	})
}

// setAccounts grades every cell and puts the most exposed services first,
// so the worst of a long inventory is seen without scrolling.
func (m *Model) setAccounts(as []inventory.Account) {
	rows := make([]row, len(as))
	for i, a := range as {
		r := row{acc: a}
		for j, k := range checks.AllDataKinds {
			r.cells[j] = CellLevel(a, k)
			r.total += int(r.cells[j])
		}
		rows[i] = r
	}
	slices.SortStableFunc(rows, func(x, y row) int { return cmp.Compare(y.total, x.total) })
	m.rows, m.loaded = rows, true
	m.cur = max(0, min(m.cur, len(rows)-1))
}

type keyMap struct {
	common.Nav
	Left, Right, PageUp, PageDown, Legend key.Binding
}

func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Left, k.Right, k.Legend}
}

func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Left, k.Right, k.Legend}}
}

func (m *Model) keys() keyMap {
	t := m.c.T
	return keyMap{
		Nav:      common.NewNav(m.c),
		Left:     key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", t("inventory_ui.map.key.left"))),
		Right:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", t("inventory_ui.map.key.right"))),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", t("inventory_ui.map.key.page_up"))),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("pgdn", t("inventory_ui.map.key.page_down"))),
		Legend:   key.NewBinding(key.WithKeys("i"), key.WithHelp("i", t("inventory_ui.map.key.legend"))),
	}
}

// KeyMap is the screen's bindings for the help bar.
func (m *Model) KeyMap() help.KeyMap { return m.keys() }

func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			return m, common.Fail(m.c.T("inventory_ui.map.error.load"), msg.err)
		}
		m.setAccounts(msg.accounts)
	case common.DataChangedMsg:
		return m, m.load()
	case tea.KeyPressMsg:
		k := m.keys()
		page := max(1, m.height-6)
		switch {
		case key.Matches(msg, k.Up):
			m.cur--
		case key.Matches(msg, k.Down):
			m.cur++
		case key.Matches(msg, k.PageUp):
			m.cur -= page
		case key.Matches(msg, k.PageDown):
			m.cur += page
		case key.Matches(msg, k.Left):
			m.col--
		case key.Matches(msg, k.Right):
			m.col++
		case key.Matches(msg, k.Legend):
			m.showLegend = !m.showLegend
		}
		m.cur = max(0, min(m.cur, len(m.rows)-1))
		m.col = max(0, min(m.col, len(checks.AllDataKinds)-1))
	}
	return m, nil
}
