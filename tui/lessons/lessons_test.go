package lessons

import (
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/footprint-audit/footprint/content/i18n"
	content "github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/lessons/quiz"
)

func someProgress(f *fakeStore) {
	read := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	f.progress["personal-information"] = store.LessonProgress{LessonID: "personal-information", ReadAt: read}
	f.progress["passwords"] = store.LessonProgress{LessonID: "passwords", ReadAt: read, Attempts: 2, BestScore: 100, LastScore: 100}
	f.progress["consent-and-purpose"] = store.LessonProgress{LessonID: "consent-and-purpose", Attempts: 1, BestScore: 60, LastScore: 60, Review: []int{1, 2}}
}

func TestListShowsProgressNextAndPlan(t *testing.T) {
	f := newFake()
	someProgress(f)
	f.planned = []string{"passwords", "two-factor-sim-swap", "no-such-lesson"}
	m := newModel(t, f, i18n.English, 100, 30)
	v := m.View()
	for _, want := range []string{
		"1 of 12 passed",
		"Next: 6 Two-factor authentication and SIM swap", // the plan's first unpassed lesson
		"◆ Linked from your plan: 5, 6",
		"✓ passed 100%", "✗ 60%, 2 to review", "read", "not started",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("list lacks %q:\n%s", want, v)
		}
	}
	fits(t, v, 100, 30)
	// Narrow windows show short statuses.
	m.SetSize(50, 20)
	v = m.View()
	if !strings.Contains(v, "✓ 100%") || !strings.Contains(v, "✗ 60%") || strings.Contains(v, "to review") {
		t.Errorf("compact list:\n%s", v)
	}
	fits(t, v, 50, 20)
}

func TestRecommend(t *testing.T) {
	lib, _ := content.Load()
	all := lib.Lessons()
	passed := store.LessonProgress{Attempts: 1, BestScore: 80}
	everything := map[string]store.LessonProgress{}
	for _, l := range all {
		everything[l.ID] = passed
	}
	for _, c := range []struct {
		name     string
		progress map[string]store.LessonProgress
		planned  []string
		want     string
	}{
		{"fresh start", nil, nil, "personal-information"},
		{"plan first", nil, []string{"phishing-fraud"}, "phishing-fraud"},
		{"passed plan lessons are skipped", map[string]store.LessonProgress{"phishing-fraud": passed}, []string{"phishing-fraud", "app-permissions"}, "app-permissions"},
		{"unknown plan ids are skipped", nil, []string{"gone"}, "personal-information"},
		{"a failed quiz is not passed", map[string]store.LessonProgress{"personal-information": {Attempts: 3, BestScore: 79}}, nil, "personal-information"},
		{"all passed", everything, []string{"passwords"}, ""},
	} {
		if got := Recommend(all, c.progress, c.planned); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	if n := Passed(all, everything); n != len(all) {
		t.Errorf("Passed = %d", n)
	}
}

func TestReaderScrollsToTheEndAndMarksRead(t *testing.T) {
	f := newFake()
	m := newModel(t, f, i18n.English, 80, 20)
	keys(m, "enter")
	if m.mode != modeReader || !m.reader.ready {
		t.Fatalf("the reader did not open and render (mode %d)", m.mode)
	}
	v := m.View()
	if !strings.Contains(v, "What counts as personal information") || !strings.Contains(v, "0% · 5 min") {
		t.Errorf("reader top:\n%s", v)
	}
	fits(t, v, 80, 20)
	if len(f.marks) != 0 {
		t.Fatal("marked read before the end was reached")
	}
	for i := 0; i < 200 && len(f.marks) == 0; i++ {
		keys(m, "pgdown")
	}
	if len(f.marks) != 1 || f.marks[0] != "personal-information" {
		t.Fatalf("marks %v", f.marks)
	}
	v = m.View()
	if !strings.Contains(v, "100%") || !strings.Contains(v, "✓ read") || !strings.Contains(v, "press t for its quiz") {
		t.Errorf("reader end:\n%s", v)
	}
	// Reaching the end again does not mark twice.
	keys(m, "up", "pgdown")
	if len(f.marks) != 1 {
		t.Errorf("marked %d times", len(f.marks))
	}
	keys(m, "esc")
	if m.mode != modeList || !strings.Contains(m.View(), "read") {
		t.Error("esc did not return to the list")
	}
}

func TestMarkReadKey(t *testing.T) {
	f := newFake()
	m := newModel(t, f, i18n.English, 80, 20)
	keys(m, "down", "enter")
	out := keys(m, "m")
	if len(f.marks) != 1 || f.marks[0] != "sensitive-information" {
		t.Fatalf("m did not mark: %v", f.marks)
	}
	var status string
	for _, o := range out {
		if s, ok := o.(common.StatusMsg); ok {
			status = s.Text
		}
	}
	if !strings.Contains(status, "as read") {
		t.Errorf("status %q", status)
	}
}

func TestReaderRerendersAtTheNewWidth(t *testing.T) {
	m := newModel(t, newFake(), i18n.Chinese, 100, 24)
	keys(m, "enter")
	wide := m.reader.vp.GetContent()
	m.SetSize(44, 14)
	// SetSize cannot return a command; the resize listener turns it into
	// a message, as it does in the running app.
	drive(m, m.waitResize()())
	narrow := m.reader.vp.GetContent()
	if narrow == wide {
		t.Fatal("the lesson was not rendered again after the resize")
	}
	for _, l := range strings.Split(narrow, "\n") {
		if lipgloss.Width(l) > 44 {
			t.Fatalf("line of %d cells after resizing to 44: %q", lipgloss.Width(l), l)
		}
	}
	fits(t, m.View(), 44, 14)
	// A render that arrives for an old size is ignored.
	drive(m, renderedMsg{key: renderKey{id: "personal-information", lang: "zh", width: 100}, out: "stale"})
	if m.reader.vp.GetContent() == "stale" {
		t.Error("a stale render replaced the current one")
	}
}

func TestGlossaryFromTheReader(t *testing.T) {
	m := newModel(t, newFake(), i18n.English, 80, 40)
	keys(m, "enter", "g")
	v := m.View()
	if m.mode != modeGlossary || !strings.Contains(v, "Terms in “What counts as personal information”") || !strings.Contains(v, "Personal information†") {
		t.Fatalf("lesson terms:\n%s", v)
	}
	lessonTerms := len(lesson(t, "personal-information").Text["en"].Terms)
	keys(m, "G")
	if !strings.HasPrefix(ansi.Strip(m.View()), "Glossary") {
		t.Fatalf("G did not show every term:\n%s", m.View())
	}
	lib, _ := content.Load()
	if all := len(lib.Glossary("en")); all <= lessonTerms {
		t.Fatalf("the glossary (%d) is not larger than one lesson's terms (%d)", all, lessonTerms)
	}
	keys(m, "esc")
	if m.mode != modeReader {
		t.Errorf("esc went to mode %d, want the reader", m.mode)
	}
	keys(m, "esc", "G")
	if m.mode != modeGlossary || m.gloss.back != modeList {
		t.Error("G from the list")
	}
}

// answer picks options by moving the cursor as a person would.
func answer(t *testing.T, m *Model, chosen []int) {
	t.Helper()
	_, q, ok := m.quiz.run.Current()
	if !ok {
		t.Fatal("no question to answer")
	}
	if quiz.Multi(q) {
		for i := range q.Options {
			if contains(chosen, i) {
				keys(m, "space")
			}
			if i < len(q.Options)-1 {
				keys(m, "down")
			}
		}
	} else {
		for i := 0; i < chosen[0]; i++ {
			keys(m, "down")
		}
	}
	keys(m, "enter")
	if m.quiz.result == nil {
		t.Fatalf("the answer was not taken:\n%s", m.View())
	}
}

func firstWrong(q content.Question) int {
	for i, o := range q.Options {
		if !o.Correct {
			return i
		}
	}
	return -1
}

func TestQuizWithOneMistakeThenReview(t *testing.T) {
	f := newFake()
	m := newModel(t, f, i18n.English, 80, 30)
	keys(m, "down", "down", "down", "down", "t") // lesson 5
	if m.mode != modeQuiz || !m.Capturing() {
		t.Fatal("t did not start a capturing quiz")
	}
	qs := lesson(t, "passwords").Text["en"].Quiz.Questions
	if v := m.View(); !strings.Contains(v, "Question 1 of 7") || !strings.Contains(v, qs[0].Prompt) || !strings.Contains(v, "Pick one answer.") {
		t.Fatalf("first question:\n%s", v)
	}
	wrong := firstWrong(qs[0])
	answer(t, m, []int{wrong})
	v := m.View()
	if !strings.Contains(v, "✗ Not quite.") || !strings.Contains(v, qs[0].Options[wrong].Text) || m.Capturing() {
		t.Fatalf("feedback:\n%s", v)
	}
	// The explanation may wrap; its first words are on screen.
	if first := strings.Join(strings.Fields(qs[0].Options[wrong].Explanation)[:4], " "); !strings.Contains(v, first) {
		t.Errorf("the chosen option's explanation is missing (%q):\n%s", first, v)
	}
	if !strings.Contains(v, "The right answer:") {
		t.Errorf("the right answer is not shown:\n%s", v)
	}
	for i := 1; i < len(qs); i++ {
		keys(m, "enter")
		if i == 5 && !strings.Contains(m.View(), "Pick every answer that applies") {
			t.Errorf("question 6 has two right answers but no multi-select hint:\n%s", m.View())
		}
		answer(t, m, quiz.Correct(qs[i]))
		if !strings.Contains(m.View(), "✓ Right.") {
			t.Fatalf("question %d graded wrong:\n%s", i+1, m.View())
		}
	}
	routed := keys(m, "enter")
	if hasError(routed) {
		t.Fatal("saving failed")
	}
	p := f.progress["passwords"]
	if p.Attempts != 1 || p.BestScore != 85 || len(p.Review) != 1 || p.Review[0] != 0 {
		t.Fatalf("saved %+v", p)
	}
	if v := m.View(); !strings.Contains(v, "6 of 7 right: 85%.") || !strings.Contains(v, "1 question(s) still to review") {
		t.Errorf("score:\n%s", v)
	}

	keys(m, "r")
	if v := m.View(); !strings.Contains(v, "Review · Passwords") || !strings.Contains(v, "Question 1 of 1") || !strings.Contains(v, qs[0].Prompt) {
		t.Fatalf("review:\n%s", v)
	}
	answer(t, m, quiz.Correct(qs[0]))
	keys(m, "enter")
	if p := f.progress["passwords"]; p.BestScore != 100 || len(p.Review) != 0 || p.Attempts != 2 {
		t.Fatalf("after the review: %+v", p)
	}
	if v := m.View(); !strings.Contains(v, "1 of 1 mistakes now right. Your quiz score is 100%.") {
		t.Errorf("review score:\n%s", v)
	}
	keys(m, "enter")
	if v := m.View(); m.mode != modeList || !strings.Contains(v, "✓ passed 100%") || !strings.Contains(v, "1 of 12 passed") {
		t.Errorf("list after the quiz:\n%s", v)
	}
}

func TestMultiSelectNeedsATick(t *testing.T) {
	m := newModel(t, newFake(), i18n.English, 80, 30)
	keys(m, "down", "down", "down", "down", "t")
	qs := lesson(t, "passwords").Text["en"].Quiz.Questions
	for i := 0; i < 5; i++ {
		answer(t, m, quiz.Correct(qs[i]))
		keys(m, "enter")
	}
	keys(m, "enter") // question 6, nothing ticked
	if m.quiz.result != nil || !strings.Contains(m.View(), "Tick at least one answer.") {
		t.Fatalf("an empty multi-select was accepted:\n%s", m.View())
	}
	// Half of the right answers is a wrong answer.
	answer(t, m, quiz.Correct(qs[5])[:1])
	if m.quiz.result.Correct {
		t.Error("half the answers counted as right")
	}
}

func TestStoppingAQuizSavesNothing(t *testing.T) {
	f := newFake()
	m := newModel(t, f, i18n.English, 80, 30)
	keys(m, "t")
	answer(t, m, []int{0})
	keys(m, "esc")
	if m.mode != modeList || len(f.progress) != 0 {
		t.Errorf("mode %d, progress %v", m.mode, f.progress)
	}
	// r with nothing to review says so instead of starting an empty quiz.
	out := keys(m, "r")
	if m.mode != modeList || len(out) != 1 {
		t.Errorf("review with nothing to review: mode %d, %v", m.mode, out)
	}
}

func TestSaveFailureIsReported(t *testing.T) {
	f := newFake()
	f.failSave = true
	m := newModel(t, f, i18n.English, 80, 30)
	keys(m, "t")
	qs := lesson(t, "personal-information").Text["en"].Quiz.Questions
	var routed []any
	for i := range qs {
		answer(t, m, quiz.Correct(qs[i]))
		for _, r := range keys(m, "enter") {
			routed = append(routed, r)
		}
	}
	found := false
	for _, r := range routed {
		if e, ok := r.(common.ErrorMsg); ok && strings.Contains(e.Text, "Could not save") {
			found = true
		}
	}
	if !found {
		t.Errorf("no error after a failed save: %v", routed)
	}
}

func TestLanguageSwitchFollowsEverywhere(t *testing.T) {
	m := newModel(t, newFake(), i18n.English, 80, 30)
	keys(m, "t")
	m.c.Lang = i18n.Chinese
	drive(m, common.LangChangedMsg{Lang: i18n.Chinese})
	zh := lesson(t, "personal-information").Text["zh"].Quiz.Questions[0].Prompt
	if v := m.View(); !strings.Contains(v, zh) || !strings.Contains(v, "第 1 题，共") {
		t.Errorf("quiz after switching to Chinese:\n%s", v)
	}
	keys(m, "esc")
	if !strings.Contains(m.View(), "课程与测验") {
		t.Errorf("list after switching:\n%s", m.View())
	}
}

// No size, however small or large, makes any part overflow or panic.
func TestEverySizeFits(t *testing.T) {
	for _, sz := range [][2]int{{0, 0}, {1, 1}, {10, 5}, {40, 8}, {80, 20}, {200, 56}} {
		f := newFake()
		someProgress(f)
		m := newModel(t, f, i18n.Chinese, sz[0], sz[1])
		check := func(where string) {
			t.Helper()
			if sz[0] > 0 && sz[1] > 0 {
				fits(t, m.View(), max(sz[0], 10), max(sz[1], 1))
			} else {
				m.View()
			}
		}
		check("list")
		keys(m, "enter")
		check("reader")
		keys(m, "g")
		check("glossary")
		keys(m, "esc", "t")
		check("quiz")
		answer(t, m, []int{0})
		check("feedback")
	}
}
