package tui

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/store"
)

func TestPlanLessonsKeepsOpenActionsInOrder(t *testing.T) {
	got := planLessons([]risk.Action{
		{ID: "a", State: risk.Open, LessonID: "two-factor-sim-swap"},
		{ID: "b", State: risk.Done, LessonID: "passwords"},
		{ID: "c", State: risk.Open},
		{ID: "d", State: risk.Open, LessonID: "passwords"},
		{ID: "e", State: risk.Open, LessonID: "two-factor-sim-swap"},
		{ID: "f", State: risk.Skipped, LessonID: "app-permissions"},
	})
	if !slices.Equal(got, []string{"two-factor-sim-swap", "passwords"}) {
		t.Errorf("plan lessons %v", got)
	}
}

func TestAdapterLessonProgress(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "footprint.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := &Adapter{DB: db}
	if err := a.MarkLessonRead(ctx, "passwords"); err != nil {
		t.Fatal(err)
	}
	p, err := a.RecordQuiz(ctx, "passwords", store.QuizAttempt{Total: 5, Asked: []int{0, 1, 2, 3, 4}, Wrong: []int{4}})
	if err != nil || p.BestScore != 80 || !p.Passed() {
		t.Fatalf("recorded %+v, %v", p, err)
	}
	list, err := a.LessonProgress(ctx)
	if err != nil || len(list) != 1 || !list[0].Read() || !slices.Equal(list[0].Review, []int{4}) {
		t.Errorf("progress %+v, %v", list, err)
	}
	// Whatever the plan of an empty inventory links must be real lessons.
	ids, err := a.PlanLessons(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := lessons.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if _, ok := lib.Lesson(id); !ok {
			t.Errorf("the plan links lesson %q, which does not exist", id)
		}
	}
}
