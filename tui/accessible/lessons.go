package accessible

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"time"

	content "github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/lessons"
	"github.com/footprint-audit/footprint/tui/lessons/quiz"
)

func init() { Register(Item{TitleKey: "lessons.a11y.title", Run: lessonsMenu, Order: 30}) }

// NewSession starts a line-by-line session outside the menu, for plain
// subcommands that ask their questions the same way.
func NewSession(o Options) *Session {
	return &Session{DB: o.DB, Lang: o.Lang, in: bufio.NewReader(o.In), Out: o.Out}
}

// ErrQuizCut means the input ended before the last question; nothing of
// that pass was saved.
var ErrQuizCut = errors.New("the answers ended before the quiz did")

func lessonsMenu(ctx context.Context, s *Session) error {
	lib, err := content.Load()
	if err != nil {
		return err
	}
	all := lib.Lessons()
	for {
		list, err := store.Lessons{}.List(ctx, s.DB)
		if err != nil {
			return err
		}
		progress := lessons.ByID(list)
		sayLine(s, "")
		sayLine(s, s.T("lessons.a11y.title")+" — "+s.T("lessons.summary", lessons.Passed(all, progress), len(all)))
		for _, l := range all {
			s.Say("%d. %s — %s", l.Order, text(s, l).Title, lessons.StatusText(s.Lang, progress[l.ID]))
		}
		if next := lessons.Recommend(all, progress, nil); next != "" {
			l, _ := lib.Lesson(next)
			sayLine(s, s.T("lessons.next", fmt.Sprintf("%d %s", l.Order, text(s, l).Title)))
		}
		k, err := s.Choose(s.T("lessons.a11y.choose_lesson"), len(all))
		if err != nil || k == 0 {
			return err
		}
		if err := lessonMenu(ctx, s, lib, all[k-1]); err != nil {
			return err
		}
	}
}

func text(s *Session, l content.Lesson) content.Localized {
	if t, ok := l.Text[string(s.Lang)]; ok {
		return t
	}
	return l.Text["en"]
}

func lessonMenu(ctx context.Context, s *Session, lib *content.Library, l content.Lesson) error {
	for {
		p, err := store.Lessons{}.Get(ctx, s.DB, l.ID)
		if err != nil {
			return err
		}
		t := text(s, l)
		sayLine(s, "")
		s.Say("%d. %s — %s", l.Order, t.Title, lessons.StatusText(s.Lang, p))
		sayLine(s, t.Summary)
		type action struct {
			label string
			run   func() error
		}
		actions := []action{
			{s.T("lessons.a11y.read"), func() error { return ReadLesson(ctx, s, l) }},
			{s.T("lessons.a11y.quiz"), func() error { _, err := Quiz(ctx, s, l, false); return err }},
		}
		if n := len(p.Review); n > 0 {
			actions = append(actions, action{s.T("lessons.a11y.review", n), func() error { _, err := Quiz(ctx, s, l, true); return err }})
		}
		actions = append(actions,
			action{s.T("lessons.a11y.terms"), func() error { sayTerms(s, lib, t.Terms); return nil }},
			action{s.T("lessons.a11y.glossary"), func() error { sayTerms(s, lib, nil); return nil }})
		for i, a := range actions {
			s.Say("%d. %s", i+1, a.label)
		}
		k, err := s.Choose(s.T("accessible.choose_or_back"), len(actions))
		if err != nil || k == 0 {
			return err
		}
		if err := actions[k-1].run(); err != nil {
			return err
		}
	}
}

// ReadLesson prints the lesson as plain text and records it as read.
func ReadLesson(ctx context.Context, s *Session, l content.Lesson) error {
	sayLine(s, "")
	sayLine(s, content.PlainText(text(s, l).Body))
	return store.Lessons{}.MarkRead(ctx, s.DB, l.ID, time.Now())
}

// sayTerms prints the glossary terms with these ids, or all of them.
func sayTerms(s *Session, lib *content.Library, ids []string) {
	terms := lib.Glossary(string(s.Lang))
	if ids != nil {
		terms = nil
		for _, id := range ids {
			if t, ok := lib.Term(string(s.Lang), id); ok {
				terms = append(terms, t)
			}
		}
	}
	if len(terms) == 0 {
		sayLine(s, s.T("lessons.glossary.none"))
		return
	}
	for _, t := range terms {
		sayLine(s, "")
		sayLine(s, t.Term)
		sayLine(s, t.Definition)
	}
}

// Quiz asks a lesson's questions as numbered prompts, one answer a line
// ("2", or "1,3" where several are right), explains every answer, and saves
// the pass when the last question is answered. With review only the
// questions missed before are asked.
func Quiz(ctx context.Context, s *Session, l content.Lesson, review bool) (store.LessonProgress, error) {
	prev, err := store.Lessons{}.Get(ctx, s.DB, l.ID)
	if err != nil {
		return store.LessonProgress{}, err
	}
	t := text(s, l)
	var only []int
	if review {
		if only = prev.Review; len(only) == 0 {
			sayLine(s, s.T("lessons.quiz.nothing_to_review"))
			return prev, nil
		}
	}
	run := quiz.New(t.Quiz, only)
	title := "lessons.quiz.title"
	if review {
		title = "lessons.quiz.review_title"
	}
	sayLine(s, "")
	sayLine(s, s.T(title, t.Title))
	for !run.Done() {
		_, q, _ := run.Current()
		sayLine(s, "")
		sayLine(s, s.T("lessons.quiz.progress", run.Pos()+1, run.Len()))
		sayLine(s, q.Prompt)
		for i, o := range q.Options {
			s.Say("%d. %s", i+1, o.Text)
		}
		prompt := s.T("lessons.a11y.answer")
		if quiz.Multi(q) {
			sayLine(s, s.T("lessons.a11y.pick_all"))
			prompt = s.T("lessons.a11y.answer_multi")
		}
		chosen, err := askChoice(s, prompt, len(q.Options))
		if err != nil {
			sayLine(s, s.T("lessons.a11y.end_of_input", run.Pos(), run.Len()))
			return prev, ErrQuizCut
		}
		sayFeedback(s, q, run.Answer(chosen))
	}
	p, err := recordQuiz(ctx, s.DB, l.ID, run.Attempt(time.Now()))
	if err != nil {
		return prev, err
	}
	asked, right := run.Len(), run.Len()-len(run.Wrong())
	sayLine(s, "")
	if review {
		sayLine(s, s.T("lessons.quiz.review_score", right, asked, p.LastScore))
	} else {
		sayLine(s, s.T("lessons.quiz.score", right, asked, p.LastScore))
	}
	if p.LastScore >= store.PassPercent {
		sayLine(s, s.T("lessons.quiz.passed", store.PassPercent))
	} else {
		sayLine(s, s.T("lessons.quiz.failed", store.PassPercent))
	}
	if n := len(p.Review); n > 0 {
		sayLine(s, s.T("lessons.a11y.to_review", n, l.ID))
	}
	return p, nil
}

func recordQuiz(ctx context.Context, db *store.DB, id string, a store.QuizAttempt) (store.LessonProgress, error) {
	var p store.LessonProgress
	err := db.Tx(ctx, func(h store.Handle) error {
		var err error
		p, err = store.Lessons{}.Record(ctx, h, id, a)
		return err
	})
	return p, err
}

// askChoice asks until the line holds valid option numbers; only the end
// of the input stops it.
func askChoice(s *Session, prompt string, n int) ([]int, error) {
	for {
		line, err := s.Ask(prompt)
		if err != nil {
			return nil, err
		}
		chosen, err := quiz.ParseChoice(line, n)
		if err == nil {
			return chosen, nil
		}
		sayLine(s, s.T("lessons.a11y.bad_answer", n))
	}
}

func sayFeedback(s *Session, q content.Question, r quiz.Result) {
	if r.Correct {
		sayLine(s, s.T("lessons.quiz.right"))
	} else {
		sayLine(s, s.T("lessons.quiz.wrong"))
	}
	option := func(i int) {
		mark := "✗"
		if q.Options[i].Correct {
			mark = "✓"
		}
		s.Say("%s %d. %s", mark, i+1, q.Options[i].Text)
		s.Say("  %s", q.Options[i].Explanation)
	}
	sayLine(s, s.T("lessons.quiz.you_chose"))
	for _, i := range r.Chosen {
		option(i)
	}
	if r.Correct {
		return
	}
	label := s.T("lessons.quiz.correct_is")
	if len(r.Right) > 1 {
		label = s.T("lessons.quiz.correct_are")
	}
	sayLine(s, label)
	for _, i := range r.Right {
		if !contains(r.Chosen, i) {
			option(i)
		}
	}
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// sayLine prints text that is already formatted: a translated sentence may
// hold a "%" (a score), which Say would read as a verb.
func sayLine(s *Session, text string) { s.Say("%s", text) }
