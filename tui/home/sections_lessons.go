package home

import (
	"context"
	"strings"

	content "github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/lessons"
)

// LessonsStore is what the lessons section reads.
type LessonsStore interface {
	LessonProgress(ctx context.Context) ([]store.LessonProgress, error)
}

// LessonsSection is the dashboard's lesson progress: quizzes passed out of
// all lessons, and how many missed questions wait for a review.
func LessonsSection(s LessonsStore) Section { return lessonsSection{s} }

type lessonsSection struct{ s LessonsStore }

type lessonsSummary struct {
	passed, total, review int
}

func (l lessonsSection) Load(ctx context.Context) (any, error) {
	lib, err := content.Load()
	if err != nil {
		return nil, err
	}
	list, err := l.s.LessonProgress(ctx)
	if err != nil {
		return nil, err
	}
	all, byID := lib.Lessons(), lessons.ByID(list)
	sum := lessonsSummary{passed: lessons.Passed(all, byID), total: len(all)}
	for _, les := range all {
		sum.review += len(byID[les.ID].Review)
	}
	return sum, nil
}

func (lessonsSection) View(c *common.Common, data any, width int) string {
	sum, ok := data.(lessonsSummary)
	if !ok || sum.total == 0 {
		return ""
	}
	st := c.Styles
	line := lessonsBar(c, sum.passed, sum.total, min(20, max(5, width/4))) + " " + c.T("lessons.home.passed", sum.passed, sum.total)
	out := []string{st.Heading.Render(c.T("lessons.home.heading")), common.Fit(line, width, 1)}
	if sum.review > 0 {
		out = append(out, st.Muted.Render(common.Fit(c.T("lessons.home.review", sum.review), width, 1)))
	}
	return strings.Join(out, "\n")
}

// lessonsBar draws done out of total in cells; the filled part differs in shape,
// not only colour, so it reads under NO_COLOR.
func lessonsBar(c *common.Common, done, total, cells int) string {
	n := done * cells / total
	return c.Styles.Good.Render(strings.Repeat("█", n)) + c.Styles.Muted.Render(strings.Repeat("░", cells-n))
}
