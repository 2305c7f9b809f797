package home

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
)

type lessonsFake struct {
	list []store.LessonProgress
	err  error
}

func (f lessonsFake) LessonProgress(context.Context) ([]store.LessonProgress, error) {
	return f.list, f.err
}

func TestLessonsSection(t *testing.T) {
	passed := func(id string) store.LessonProgress {
		return store.LessonProgress{LessonID: id, Attempts: 1, BestScore: 100, LastScore: 100}
	}
	s := LessonsSection(lessonsFake{list: []store.LessonProgress{
		passed("passwords"), passed("phishing-fraud"), passed("no-longer-a-lesson"),
		{LessonID: "consent-and-purpose", Attempts: 1, BestScore: 40, Review: []int{0, 2, 3}},
	}})
	data, err := s.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c := common.NewCommon(i18n.English, "")
	v := ansi.Strip(s.View(c, data, 80))
	// A lesson id the content no longer has is not counted.
	if !strings.Contains(v, "2 of 12 quizzes passed") || !strings.Contains(v, "3 question(s) waiting for review") {
		t.Errorf("section:\n%s", v)
	}
	if !strings.Contains(v, strings.Repeat("█", 3)+strings.Repeat("░", 17)) {
		t.Errorf("bar for 2 of 12 in 20 cells:\n%s", v)
	}
	c.Lang = i18n.Chinese
	for _, w := range []int{40, 10} {
		for _, line := range strings.Split(s.View(c, data, w), "\n") {
			if common.Width(line) > w {
				t.Errorf("line wider than %d: %q", w, line)
			}
		}
	}
	if !strings.Contains(s.View(c, data, 40), "已通过 2 / 12 个测验") {
		t.Error("no Chinese summary")
	}
}

func TestLessonsSectionError(t *testing.T) {
	s := LessonsSection(lessonsFake{err: errors.New("locked")})
	if _, err := s.Load(context.Background()); err == nil {
		t.Error("a store error was swallowed")
	}
	if v := s.View(common.NewCommon(i18n.English, ""), nil, 80); v != "" {
		t.Errorf("a section with no data drew %q", v)
	}
}
