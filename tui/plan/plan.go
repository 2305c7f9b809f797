// Package plan is the action plan: the findings behind the score, and the
// steps that would raise it, best gain per effort first. Each step can be
// marked done (its date is kept) or "not for me"; the score recomputes.
package plan

import (
	"context"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

// ID is the screen's id.
const ID common.ScreenID = "plan"

// Data is the plan as the screen shows it.
type Data struct {
	risk.Assessment
	// DoneAt is when each done or skipped action was marked, by action id.
	DoneAt map[string]time.Time
	// Difficulty is the catalogue's deletion difficulty, by action id, for
	// the actions that delete an account.
	Difficulty map[string]string
	// NamesZh is each account's Chinese name, by account id: the model
	// words its messages with one name per account, the English one.
	NamesZh map[string]string
}

// Localize puts an account's Chinese name in place of the English one the
// model used as a message's first argument, when the UI speaks Chinese.
func Localize(x checks.Message, accountIDs []string, lang i18n.Lang, namesZh map[string]string) checks.Message {
	if lang != i18n.Chinese || len(accountIDs) != 1 || len(x.Args) == 0 {
		return x
	}
	zh, ok := namesZh[accountIDs[0]]
	if !ok || zh == "" {
		return x
	}
	args := append([]any{zh}, x.Args[1:]...)
	return checks.Message{Key: x.Key, Args: args}
}

// Store is what the plan needs from the database.
type Store interface {
	Plan(ctx context.Context) (Data, error)
	SetDone(ctx context.Context, actionID string) error
	SetSkipped(ctx context.Context, actionID string) error
	// Reopen puts a done or skipped action back in the plan.
	Reopen(ctx context.Context, actionID string) error
}

type view int

const (
	viewActions view = iota
	viewDetail
	viewFindings
)

type (
	loadedMsg struct {
		data Data
		err  error
	}
	changedMsg struct {
		data   Data
		before int
		status string
		err    error
	}
)

// Model is the plan screen.
type Model struct {
	c      *common.Common
	store  Store
	loaded bool
	data   Data
	view   view
	cursor int // index into data.Actions
	scroll int // first line of the detail or findings view
	width  int
	height int
}

// counts is how many actions are open and done.
func (m *Model) counts() (open, done int) {
	for _, a := range m.data.Actions {
		switch a.State {
		case risk.Open:
			open++
		case risk.Done:
			done++
		}
	}
	return open, done
}

// New builds the plan screen.
func New(c *common.Common, s Store) *Model { return &Model{c: c, store: s} }

func (m *Model) ID() common.ScreenID { return ID }
func (m *Model) TitleKey() string    { return "inventory_ui.plan.title" }
func (m *Model) Capturing() bool     { return false }
func (m *Model) SetSize(w, h int)    { m.width, m.height = w, h }
func (m *Model) Init() tea.Cmd       { return m.load() }

func (m *Model) load() tea.Cmd {
	s := m.store
	return common.To(ID, func() tea.Msg {
		d, err := s.Plan(context.Background())
		return loadedMsg{d, err}
	})
}

type keyMap struct {
	common.Nav
	Done, Skip, Reopen, Findings key.Binding
	view                         view
}

func (k keyMap) ShortHelp() []key.Binding {
	switch k.view {
	case viewDetail:
		return []key.Binding{k.Done, k.Skip, k.Reopen, k.Back}
	case viewFindings:
		return []key.Binding{k.Up, k.Down, k.Back}
	}
	return []key.Binding{k.Select, k.Done, k.Skip, k.Findings}
}

func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Select, k.Back}, {k.Done, k.Skip, k.Reopen, k.Findings}}
}

func (m *Model) keys() keyMap {
	t := m.c.T
	nav := common.NewNav(m.c)
	nav.Select = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t("inventory_ui.plan.key.details")))
	return keyMap{
		Nav:      nav,
		Done:     key.NewBinding(key.WithKeys("d"), key.WithHelp("d", t("inventory_ui.plan.key.done"))),
		Skip:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n", t("inventory_ui.plan.key.skip"))),
		Reopen:   key.NewBinding(key.WithKeys("o"), key.WithHelp("o", t("inventory_ui.plan.key.reopen"))),
		Findings: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", t("inventory_ui.plan.key.findings"))),
		view:     m.view,
	}
}

// KeyMap is the screen's bindings for the help bar.
func (m *Model) KeyMap() help.KeyMap { return m.keys() }

func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			return m, common.Fail(m.c.T("inventory_ui.plan.error.load"), msg.err)
		}
		m.setData(msg.data)
	case changedMsg:
		if msg.err != nil {
			return m, common.Fail(m.c.T("inventory_ui.plan.error.save"), msg.err)
		}
		// The cursor stays in place, on the step that moved up into it:
		// the next thing to do, not the one just set aside.
		m.data = msg.data
		m.cursor = max(0, min(m.cursor, len(m.data.Actions)-1))
		status := m.c.T(msg.status)
		if d := msg.data.Score - msg.before; d != 0 {
			status += " " + m.c.T("inventory_ui.plan.score_moved", msg.before, msg.data.Score)
		}
		return m, tea.Batch(common.Status(status), common.Changed(ID))
	case common.DataChangedMsg:
		if msg.Source != ID {
			return m, m.load()
		}
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	return m, nil
}

// setData shows a plan read afresh: other screens changed what it is built
// from, so the ranking is new and the list starts again at its best step.
func (m *Model) setData(d Data) {
	m.data, m.loaded = d, true
	m.cursor, m.scroll, m.view = 0, 0, viewActions
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys()
	switch {
	case key.Matches(msg, k.Up):
		if m.view == viewActions {
			m.cursor = max(0, m.cursor-1)
		} else {
			m.scroll = max(0, m.scroll-1)
		}
	case key.Matches(msg, k.Down):
		if m.view == viewActions {
			m.cursor = max(0, min(len(m.data.Actions)-1, m.cursor+1))
		} else {
			m.scroll++
		}
	case key.Matches(msg, k.Select):
		if m.view == viewActions && len(m.data.Actions) > 0 {
			m.view, m.scroll = viewDetail, 0
		}
	case key.Matches(msg, k.Back):
		m.view, m.scroll = viewActions, 0
	case key.Matches(msg, k.Findings):
		if m.view == viewFindings {
			m.view = viewActions
		} else {
			m.view, m.scroll = viewFindings, 0
		}
	case key.Matches(msg, k.Done):
		return m.change(risk.Done)
	case key.Matches(msg, k.Skip):
		return m.change(risk.Skipped)
	case key.Matches(msg, k.Reopen):
		return m.change(risk.Open)
	}
	return nil
}

// change moves the focused action to state; the plan is read again so the
// score and ranking are the model's, not a guess.
func (m *Model) change(to risk.State) tea.Cmd {
	if m.view == viewFindings || m.cursor >= len(m.data.Actions) {
		return nil
	}
	a := m.data.Actions[m.cursor]
	if a.State == to {
		return nil
	}
	s, before := m.store, m.data.Score
	return common.To(ID, func() tea.Msg {
		ctx := context.Background()
		var err error
		status := "inventory_ui.plan.marked_done"
		switch to {
		case risk.Done:
			err = s.SetDone(ctx, a.ID)
		case risk.Skipped:
			err, status = s.SetSkipped(ctx, a.ID), "inventory_ui.plan.marked_skipped"
		default:
			err, status = s.Reopen(ctx, a.ID), "inventory_ui.plan.reopened"
		}
		if err != nil {
			return changedMsg{err: err}
		}
		d, err := s.Plan(ctx)
		return changedMsg{data: d, before: before, status: status, err: err}
	})
}
