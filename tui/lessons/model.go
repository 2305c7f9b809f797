// Package lessons is the Lessons screen: the list of lessons with the
// user's progress, a reader that renders a lesson with Glamour, the
// glossary, and the quiz hosted in a huh form.
package lessons

import (
	"context"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	content "github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
)

// ID is the screen's id.
const ID common.ScreenID = "lessons"

// Store is what the Lessons screen needs from the database.
type Store interface {
	LessonProgress(ctx context.Context) ([]store.LessonProgress, error)
	// PlanLessons are the lesson ids the action plan links to, most
	// important first; empty while there is no plan.
	PlanLessons(ctx context.Context) ([]string, error)
	MarkLessonRead(ctx context.Context, id string) error
	RecordQuiz(ctx context.Context, id string, a store.QuizAttempt) (store.LessonProgress, error)
}

type mode int

const (
	modeList mode = iota
	modeReader
	modeGlossary
	modeQuiz
)

type loadedMsg struct {
	lib      *content.Library
	libErr   error
	progress []store.LessonProgress
	planned  []string
	err      error
}

type markedMsg struct {
	id  string
	err error
}

// Model is the Lessons screen.
type Model struct {
	c        *common.Common
	store    Store
	lib      *content.Library
	libErr   error
	progress map[string]store.LessonProgress
	planned  []string
	loaded   bool
	mode     mode
	cursor   int
	width    int
	height   int
	reader   reader
	gloss    glossary
	quiz     *quizState
}

// New builds the Lessons screen over the embedded lessons.
// The lesson library is parsed in the background (Init), not here: it
// takes longer than the whole first frame may.
func New(c *common.Common, s Store) *Model {
	return &Model{c: c, store: s, progress: map[string]store.LessonProgress{},
		reader: newReader(), gloss: newGlossary()}
}

func (m *Model) ID() common.ScreenID { return ID }
func (m *Model) TitleKey() string    { return "lessons.title" }

// Capturing holds the keys while a question waits for its answer, so a
// digit or q picks nothing outside the quiz by accident.
func (m *Model) Capturing() bool { return m.mode == modeQuiz && m.quiz != nil && m.quiz.asking() }

func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.gloss.resize(m.c, w, h)
	m.layoutReader()
	m.reader.signalResize()
	if m.quiz != nil {
		m.quiz.resize(m.c, w, h)
		m.quiz.sizeForm(m.c)
	}
}

func (m *Model) Init() tea.Cmd { return tea.Batch(m.load(), m.waitResize()) }

func (m *Model) load() tea.Cmd {
	s := m.store
	return common.To(ID, func() tea.Msg {
		lib, libErr := content.Load()
		ctx := context.Background()
		p, err := s.LessonProgress(ctx)
		if err != nil {
			return loadedMsg{lib: lib, libErr: libErr, err: err}
		}
		planned, err := s.PlanLessons(ctx)
		return loadedMsg{lib: lib, libErr: libErr, progress: p, planned: planned, err: err}
	})
}

// KeyMap is the bindings of the part being shown.
func (m *Model) KeyMap() help.KeyMap { return m.keys() }

func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.lib, m.libErr = msg.lib, msg.libErr
		if msg.err != nil {
			return m, common.Fail(m.c.T("lessons.error.load"), msg.err)
		}
		m.loaded = true
		m.planned = msg.planned
		m.progress = ByID(msg.progress)
		return m, nil
	case markedMsg:
		m.reader.marking = false
		if msg.err != nil {
			return m, common.Fail(m.c.T("lessons.error.save"), msg.err)
		}
		p := m.progress[msg.id]
		p.LessonID = msg.id
		if !p.Read() {
			p.ReadAt = timeNow()
		}
		m.progress[msg.id] = p
		title := ""
		if l, ok := m.lesson(msg.id); ok {
			title = l.Title
		}
		return m, tea.Batch(common.Status(m.c.T("lessons.marked_read", title)), common.Changed(ID))
	case savedMsg:
		return m, m.saved(msg)
	case renderedMsg:
		return m, m.rendered(msg)
	case resizedMsg:
		return m, tea.Batch(m.waitResize(), m.requestRender())
	case common.DataChangedMsg:
		if msg.Source != ID {
			return m, m.load()
		}
		return m, nil
	case common.LangChangedMsg, common.StylesChangedMsg:
		m.gloss.refresh(m.c, m.lib)
		if m.mode == modeQuiz && m.quiz != nil {
			return m, m.quiz.restyle(m.c)
		}
		return m, m.requestRender()
	case tea.WindowSizeMsg:
		// The router sizes screens itself; a form's own size request
		// comes back here and must not reach the reader.
		return m, nil
	}
	if m.lib == nil {
		return m, nil // still loading: nothing to open yet
	}
	switch m.mode {
	case modeReader:
		return m, m.updateReader(msg)
	case modeGlossary:
		return m, m.updateGlossary(msg)
	case modeQuiz:
		return m, m.updateQuiz(msg)
	}
	return m, m.updateList(msg)
}

// View is fitted to the screen's size whatever the part shows, so no
// window, however small, lets a line spill.
func (m *Model) View() string { return common.Fit(m.view(), m.width, m.height) }

func (m *Model) view() string {
	if m.libErr != nil {
		return m.c.Styles.Error.Render(common.Wrap(m.c.T("lessons.error.content"), m.width))
	}
	switch m.mode {
	case modeReader:
		return m.readerView()
	case modeGlossary:
		return m.gloss.view(m.c, m.width, m.height)
	case modeQuiz:
		if m.quiz != nil {
			return m.quiz.view(m.c, m.width, m.height)
		}
	}
	return m.listView()
}

// lesson is lesson id in the current language (English when the lesson
// has no translation, which the content tests rule out).
func (m *Model) lesson(id string) (content.Localized, bool) {
	if m.lib == nil {
		return content.Localized{}, false
	}
	l, ok := m.lib.Lesson(id)
	if !ok {
		return content.Localized{}, false
	}
	if t, ok := l.Text[string(m.c.Lang)]; ok {
		return t, true
	}
	t, ok := l.Text["en"]
	return t, ok
}

func (m *Model) all() []content.Lesson {
	if m.lib == nil {
		return nil
	}
	return m.lib.Lessons()
}

func (m *Model) toList() tea.Cmd {
	m.mode = modeList
	m.quiz = nil
	return nil
}
