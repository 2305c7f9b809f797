// Package habits is the habits checkup: about fifteen everyday questions,
// asked one at a time in a huh form hosted inside this screen, whose
// answers feed the same findings and plan as the inventory.
package habits

import (
	"context"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/tui/common"
)

// ID is the screen's id.
const ID common.ScreenID = "habits"

// Store is what the checkup needs from the database.
type Store interface {
	Habits(ctx context.Context) (risk.HabitAnswers, error)
	SaveHabit(ctx context.Context, questionID, answerID string) error
}

type (
	loadedMsg struct {
		answers risk.HabitAnswers
		err     error
	}
	savedMsg struct {
		question, answer string
		err              error
	}
)

// Model is the habits screen: a list of the questions with their answers,
// and, while asking, the form for one question.
type Model struct {
	c         *common.Common
	store     Store
	questions []risk.Question
	answers   risk.HabitAnswers
	loaded    bool
	cursor    int
	// form is the question being asked; walking is true when the form
	// should move on to the next unanswered question after each answer.
	form    *huh.Form
	asking  int
	choice  string
	walking bool
	width   int
	height  int
}

// New builds the habits screen.
func New(c *common.Common, s Store) *Model {
	return &Model{c: c, store: s, questions: risk.Questions(), answers: risk.HabitAnswers{}}
}

func (m *Model) ID() common.ScreenID { return ID }
func (m *Model) TitleKey() string    { return "inventory_ui.habits.title" }

// Capturing is true while a question is asked, so digits and q choose
// answers instead of switching screens.
func (m *Model) Capturing() bool { return m.form != nil }

func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	if m.form != nil {
		m.form.WithWidth(w).WithHeight(max(1, h-2))
	}
}

func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	s := m.store
	return common.To(ID, func() tea.Msg {
		a, err := s.Habits(context.Background())
		return loadedMsg{a, err}
	})
}

// Answered counts the questions with a valid answer.
func (m *Model) Answered() int {
	n := 0
	for _, q := range m.questions {
		if m.valid(q, m.answers[q.ID]) {
			n++
		}
	}
	return n
}

func (m *Model) valid(q risk.Question, answer string) bool {
	for _, o := range q.Options {
		if o.ID == answer {
			return true
		}
	}
	return false
}

type keyMap struct {
	common.Nav
	Start, Answer, Cancel key.Binding
	asking                bool
}

func (k keyMap) ShortHelp() []key.Binding {
	if k.asking {
		return []key.Binding{k.Up, k.Down, k.Answer, k.Cancel}
	}
	return []key.Binding{k.Up, k.Down, k.Select, k.Start}
}

func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Select}, {k.Start, k.Answer, k.Cancel}}
}

func (m *Model) keys() keyMap {
	t := m.c.T
	nav := common.NewNav(m.c)
	nav.Select = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t("inventory_ui.habits.key.change")))
	return keyMap{
		Nav:    nav,
		Start:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", t("inventory_ui.habits.key.start"))),
		Answer: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t("inventory_ui.habits.key.answer"))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t("inventory_ui.habits.key.stop"))),
		asking: m.form != nil,
	}
}

// KeyMap is the screen's bindings for the help bar.
func (m *Model) KeyMap() help.KeyMap { return m.keys() }

func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			return m, common.Fail(m.c.T("inventory_ui.habits.error.load"), msg.err)
		}
		m.answers, m.loaded = msg.answers, true
		if m.answers == nil {
			m.answers = risk.HabitAnswers{}
		}
		return m, nil
	case savedMsg:
		if msg.err != nil {
			// The answer was shown before it was saved: show what is stored.
			return m, tea.Batch(common.Fail(m.c.T("inventory_ui.habits.error.save"), msg.err), m.load())
		}
		m.answers[msg.question] = msg.answer
		if m.form == nil {
			return m, tea.Batch(common.Status(m.c.T("inventory_ui.habits.saved")), common.Changed(ID))
		}
		return m, common.Changed(ID)
	case common.DataChangedMsg:
		if msg.Source != ID && m.form == nil {
			return m, m.load()
		}
		return m, nil
	case common.LangChangedMsg, common.StylesChangedMsg:
		// The form's text and theme were built for the old language or
		// background: ask the same question again in the new one.
		if m.form != nil {
			return m, m.ask(m.asking)
		}
		return m, nil
	case tea.KeyPressMsg:
		if m.form == nil {
			return m, m.key(msg)
		}
		if key.Matches(msg, m.keys().Cancel) {
			m.form, m.walking = nil, false
			return m, nil
		}
	}
	if m.form == nil {
		return m, nil
	}
	return m, m.updateForm(msg)
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys()
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, k.Down):
		m.cursor = min(len(m.questions)-1, m.cursor+1)
	case key.Matches(msg, k.Select):
		m.walking = false
		return m.ask(m.cursor)
	case key.Matches(msg, k.Start):
		m.walking = true
		return m.ask(m.nextUnanswered(0))
	}
	return nil
}

// nextUnanswered is the first question from i on without an answer, or
// i itself when all are answered (so "start" reviews from there).
func (m *Model) nextUnanswered(i int) int {
	for j := i; j < len(m.questions); j++ {
		if !m.valid(m.questions[j], m.answers[m.questions[j].ID]) {
			return j
		}
	}
	return min(i, len(m.questions)-1)
}

// updateForm passes msg to the form and runs the Cmds it returns (huh
// moves focus and completes through them). A completed form saves the
// answer and, on a walk through the checkup, asks the next question.
func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	f, cmd := m.form.Update(msg)
	if form, ok := f.(*huh.Form); ok {
		m.form = form
	}
	switch m.form.State {
	case huh.StateCompleted:
		q := m.questions[m.asking]
		save := m.save(q.ID, m.choice)
		m.form = nil
		m.cursor = m.asking
		if m.walking && m.asking+1 < len(m.questions) {
			return tea.Batch(save, m.ask(m.asking+1))
		}
		m.walking = false
		return save
	case huh.StateAborted:
		m.form, m.walking = nil, false
		return nil
	}
	return cmd
}

func (m *Model) save(question, answer string) tea.Cmd {
	s := m.store
	m.answers[question] = answer // shown at once; a failed save reloads
	return common.To(ID, func() tea.Msg {
		err := s.SaveHabit(context.Background(), question, answer)
		return savedMsg{question, answer, err}
	})
}

// ask opens the form for question i with its current answer selected.
func (m *Model) ask(i int) tea.Cmd {
	q := m.questions[i]
	m.asking, m.cursor = i, i
	m.choice = m.answers[q.ID]
	opts := make([]huh.Option[string], 0, len(q.Options))
	for _, o := range q.Options {
		opts = append(opts, huh.NewOption(m.c.T(o.Text.Key, o.Text.Args...), o.ID))
	}
	sel := huh.NewSelect[string]().
		Title(m.c.T(q.Text.Key, q.Text.Args...)).
		Options(opts...).
		Value(&m.choice)
	m.form = huh.NewForm(huh.NewGroup(sel)).
		WithTheme(m.theme()).
		WithShowHelp(false).
		WithWidth(m.width).
		WithHeight(max(1, m.height-2))
	return m.form.Init()
}

// theme is huh's Charm theme on the app's background, with the focused
// option reversed and underlined so the choice shows under NO_COLOR too.
func (m *Model) theme() huh.Theme {
	isDark := m.c.Styles.IsDark
	return huh.ThemeFunc(func(bool) *huh.Styles {
		s := huh.ThemeCharm(isDark)
		s.Focused.SelectedOption = s.Focused.SelectedOption.Reverse(true).Underline(true)
		s.Focused.SelectSelector = s.Focused.SelectSelector.Bold(true)
		return s
	})
}
