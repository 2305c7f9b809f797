package tui

import (
	"context"
	"slices"
	"time"

	"github.com/footprint-audit/footprint/audit"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/store"
)

// LessonProgress lists every lesson the user has opened or tested on.
func (a *Adapter) LessonProgress(ctx context.Context) ([]store.LessonProgress, error) {
	return store.Lessons{}.List(ctx, a.DB)
}

// MarkLessonRead records that the reader reached the end of lesson id.
func (a *Adapter) MarkLessonRead(ctx context.Context, id string) error {
	return store.Lessons{}.MarkRead(ctx, a.DB, id, time.Now())
}

// RecordQuiz saves one quiz pass and returns the lesson's new progress.
func (a *Adapter) RecordQuiz(ctx context.Context, id string, at store.QuizAttempt) (store.LessonProgress, error) {
	var p store.LessonProgress
	err := a.DB.Tx(ctx, func(h store.Handle) error {
		var err error
		p, err = store.Lessons{}.Record(ctx, h, id, at)
		return err
	})
	return p, err
}

// PlanLessons are the lessons the open actions of the plan link to, in the
// plan's order, each once.
func (a *Adapter) PlanLessons(ctx context.Context) ([]string, error) {
	r, err := audit.Assess(ctx, a.DB)
	if err != nil {
		return nil, err
	}
	return planLessons(r.Actions), nil
}

func planLessons(actions []risk.Action) []string {
	var out []string
	for _, act := range actions {
		if act.State == risk.Open && act.LessonID != "" && !slices.Contains(out, act.LessonID) {
			out = append(out, act.LessonID)
		}
	}
	return out
}
