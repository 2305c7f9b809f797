package lessons

import (
	"context"
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	content "github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/lessons/quiz"
)

type savedMsg struct {
	id  string
	p   store.LessonProgress
	err error
}

// quizState is one pass through a quiz: a huh form per question, then the
// feedback on the answer, then the score.
type quizState struct {
	lib      *content.Library
	lessonID string
	run      *quiz.Run
	form     *huh.Form
	single   int
	multi    []int
	isMulti  bool
	result   *quiz.Result
	finished bool
	saved    *store.LessonProgress
	vp       pager // feedback and score, which may be taller than the window
	w, h     int
}

func (q *quizState) asking() bool { return q.form != nil && q.result == nil && !q.finished }

func (m *Model) startQuiz(id string, review bool) tea.Cmd {
	t, ok := m.lesson(id)
	if !ok {
		return nil
	}
	var only []int
	if review {
		only = m.progress[id].Review
		if len(only) == 0 {
			return common.Status(m.c.T("lessons.quiz.nothing_to_review"))
		}
	}
	vp := newPager()
	m.quiz = &quizState{lib: m.lib, lessonID: id, run: quiz.New(t.Quiz, only), vp: vp}
	m.mode = modeQuiz
	m.quiz.resize(m.c, m.width, m.height)
	return m.quiz.ask(m.c)
}

// question is the current question in the UI language, so a pass keeps
// going in the new language when the user switches mid-quiz.
func (q *quizState) question(c *common.Common) (content.Question, bool) {
	i, _, ok := q.run.Current()
	if !ok && q.result != nil {
		i, ok = q.result.Question, true
	}
	if !ok {
		return content.Question{}, false
	}
	return q.localized(c, i)
}

func (q *quizState) localized(c *common.Common, i int) (content.Question, bool) {
	les, ok := q.lib.Lesson(q.lessonID)
	if !ok {
		return content.Question{}, false
	}
	t, ok := les.Text[string(c.Lang)]
	if !ok || i >= len(t.Quiz.Questions) {
		return content.Question{}, false
	}
	return t.Quiz.Questions[i], true
}

func (q *quizState) title(c *common.Common) string {
	les, _ := q.lib.Lesson(q.lessonID)
	return les.Text[string(c.Lang)].Title
}

// ask builds the form for the current question.
func (q *quizState) ask(c *common.Common) tea.Cmd {
	qq, ok := q.question(c)
	if !ok {
		return nil
	}
	q.result = nil
	q.isMulti = quiz.Multi(qq)
	opts := make([]huh.Option[int], len(qq.Options))
	for i, o := range qq.Options {
		opts[i] = huh.NewOption(o.Text, i)
	}
	var field huh.Field
	if q.isMulti {
		q.multi = nil
		msg := c.T("lessons.quiz.pick_at_least_one")
		field = huh.NewMultiSelect[int]().Options(opts...).Value(&q.multi).Filterable(false).
			Validate(func(v []int) error {
				if len(v) == 0 {
					return errors.New(msg)
				}
				return nil
			})
	} else {
		q.single = -1
		field = huh.NewSelect[int]().Options(opts...).Value(&q.single)
	}
	q.form = huh.NewForm(huh.NewGroup(field)).WithTheme(theme(c)).WithShowHelp(false).WithWidth(max(10, q.w))
	q.sizeForm(c)
	return q.form.Init()
}

// theme is huh's 16-colour theme for the app's background. The focused
// option is marked by the ">" cursor and a ticked one by "[•]", so both
// stay visible without colour.
func theme(c *common.Common) huh.Theme {
	// Built once: huh asks for its theme on every frame.
	styles := huh.ThemeBase16(c.Styles.IsDark)
	return huh.ThemeFunc(func(bool) *huh.Styles { return styles })
}

func (q *quizState) resize(c *common.Common, w, h int) {
	q.w, q.h = w, h
	q.vp.SetWidth(w)
	q.vp.SetHeight(max(1, h-q.chrome()))
	if q.form != nil {
		q.form = q.form.WithWidth(max(10, w))
	}
}

// sizeForm gives the options whatever rows the prompt leaves, so a long
// question in a small window scrolls its options instead of losing them.
func (q *quizState) sizeForm(c *common.Common) {
	if q.form == nil {
		return
	}
	// The header, the prompt and a blank line when there is room.
	used := q.chrome() + strings.Count(q.promptBlock(c), "\n") + 1
	if !q.compact() {
		used++
	}
	// No taller than the options need: a form pads its height with blank
	// lines, which every frame would then measure.
	need := 1
	if qq, ok := q.question(c); ok {
		for _, o := range qq.Options {
			need += strings.Count(common.Wrap(o.Text, max(10, q.w-6)), "\n") + 1
		}
	}
	q.form = q.form.WithHeight(max(2, min(need, q.h-used)))
}

// restyle follows a language or background change while a quiz runs.
func (q *quizState) restyle(c *common.Common) tea.Cmd {
	switch {
	case q.finished:
		q.vp.SetContent(q.scoreText(c))
	case q.result != nil:
		q.vp.SetContent(q.feedbackText(c))
	case q.form != nil:
		return q.ask(c)
	}
	return nil
}

func (m *Model) updateQuiz(msg tea.Msg) tea.Cmd {
	q := m.quiz
	if q == nil {
		return m.toList()
	}
	k := m.keys()
	kp, isKey := msg.(tea.KeyPressMsg)
	switch {
	case q.finished:
		if isKey {
			switch {
			case key.Matches(kp, k.Review) && q.saved != nil && len(q.saved.Review) > 0:
				return m.startQuiz(q.lessonID, true)
			case key.Matches(kp, k.Retake):
				return m.startQuiz(q.lessonID, false)
			case key.Matches(kp, k.Continue), key.Matches(kp, k.Back):
				return m.toList()
			}
		}
		var cmd tea.Cmd
		cmd = q.vp.Update(msg)
		return cmd
	case q.result != nil:
		if isKey {
			switch {
			case key.Matches(kp, k.Continue):
				if q.run.Done() {
					return m.finishQuiz()
				}
				return q.ask(m.c)
			case key.Matches(kp, k.Stop):
				return m.toList()
			}
		}
		var cmd tea.Cmd
		cmd = q.vp.Update(msg)
		return cmd
	}
	if isKey && key.Matches(kp, k.Stop) {
		return m.toList()
	}
	f, cmd := q.form.Update(msg)
	if form, ok := f.(*huh.Form); ok {
		q.form = form
	}
	if q.form.State == huh.StateCompleted {
		chosen := []int{q.single}
		if q.isMulti {
			chosen = q.multi
		}
		res := q.run.Answer(chosen)
		q.result = &res
		q.vp.SetContent(q.feedbackText(m.c))
		q.vp.GotoTop()
		return nil
	}
	return cmd
}

func (m *Model) finishQuiz() tea.Cmd {
	q := m.quiz
	q.finished = true
	q.vp.SetContent(m.c.Styles.Muted.Render(m.c.T("lessons.quiz.saving")))
	id, attempt, s := q.lessonID, q.run.Attempt(timeNow()), m.store
	return common.To(ID, func() tea.Msg {
		p, err := s.RecordQuiz(context.Background(), id, attempt)
		return savedMsg{id: id, p: p, err: err}
	})
}

func (m *Model) saved(msg savedMsg) tea.Cmd {
	if msg.err != nil {
		return common.Fail(m.c.T("lessons.error.save"), msg.err)
	}
	m.progress[msg.id] = msg.p
	if q := m.quiz; q != nil && q.lessonID == msg.id && q.finished {
		p := msg.p
		q.saved = &p
		q.vp.SetContent(q.scoreText(m.c))
		q.vp.GotoTop()
	}
	return common.Changed(ID)
}

func (q *quizState) keys(k keyMap) []key.Binding {
	switch {
	case q.finished:
		out := []key.Binding{k.Continue}
		if q.saved != nil && len(q.saved.Review) > 0 {
			out = append(out, k.Review)
		}
		return append(out, k.Retake)
	case q.result != nil:
		return []key.Binding{k.Continue, k.Scroll, k.Stop}
	case q.isMulti:
		return []key.Binding{k.Choose, k.Toggle, k.Confirm, k.Stop}
	}
	return []key.Binding{k.Choose, k.Confirm, k.Stop}
}

// compactBelowHeight is the body height under which the quiz drops its
// blank lines and puts the title and progress on one line.
const compactBelowHeight = 14

func (q *quizState) compact() bool { return q.h < compactBelowHeight }

// chrome is the rows above the question: title and progress, and a blank
// line unless the window is small.
func (q *quizState) chrome() int {
	if q.compact() {
		return 1
	}
	return 3
}

func (q *quizState) header(c *common.Common, w int) string {
	st := c.Styles
	titleKey := "lessons.quiz.title"
	if q.run.Review() {
		titleKey = "lessons.quiz.review_title"
	}
	n := min(q.run.Pos()+1, q.run.Len())
	if q.result != nil || q.finished {
		n = q.run.Pos()
	}
	title, progress := c.T(titleKey, q.title(c)), c.T("lessons.quiz.progress", n, q.run.Len())
	if q.compact() {
		return common.Fit(st.Muted.Render(progress+" · ")+st.Title.Render(title), w, 1)
	}
	return st.Title.Render(common.Fit(title, w, 1)) + "\n" + st.Muted.Render(common.Fit(progress, w, 1)) + "\n"
}

func (q *quizState) view(c *common.Common, w, h int) string {
	st := c.Styles
	head := q.header(c, w)
	if q.finished || q.result != nil {
		return head + "\n" + q.vp.View()
	}
	block := q.promptBlock(c)
	if errs := q.form.Errors(); len(errs) > 0 {
		block += "\n" + st.Error.Render(common.Wrap(errs[0].Error(), w))
	}
	gap := "\n\n"
	if q.compact() {
		gap = "\n"
	}
	return head + "\n" + block + gap + q.form.View()
}
