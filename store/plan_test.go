package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/footprint-audit/footprint/checks/risk"
)

func TestPlanStatesKeepFirstDate(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := PlanStates{}
	day1 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	day2 := day1.AddDate(0, 0, 7)
	if err := r.Set(ctx, db, ActionState{ActionID: "delete-dormant:weibo", State: risk.Done, At: day1}); err != nil {
		t.Fatal(err)
	}
	if err := r.Set(ctx, db, ActionState{ActionID: "delete-dormant:weibo", State: risk.Done, At: day2}); err != nil {
		t.Fatal(err)
	}
	s, err := r.Get(ctx, db, "delete-dormant:weibo")
	if err != nil || s.State != risk.Done || !s.At.Equal(day1) {
		t.Errorf("done twice: %+v, %v (want the first date)", s, err)
	}
	// A change of state is a new decision with its own date.
	if err := r.Set(ctx, db, ActionState{ActionID: "delete-dormant:weibo", State: risk.Skipped, Reason: "still use it", At: day2}); err != nil {
		t.Fatal(err)
	}
	s, _ = r.Get(ctx, db, "delete-dormant:weibo")
	if s.State != risk.Skipped || s.Reason != "still use it" || !s.At.Equal(day2) {
		t.Errorf("skipped: %+v", s)
	}
	r.Set(ctx, db, ActionState{ActionID: "habit:sim_pin", State: risk.Done, At: day1})
	list, err := r.List(ctx, db)
	if err != nil || len(list) != 2 || list[0].ActionID != "delete-dormant:weibo" || list[1].ActionID != "habit:sim_pin" {
		t.Errorf("list %+v, %v", list, err)
	}
	if err := r.Clear(ctx, db, "delete-dormant:weibo"); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Get(ctx, db, "delete-dormant:weibo"); !errors.Is(err, ErrNotFound) {
		t.Errorf("after reopen: %v", err)
	}
	if err := r.Clear(ctx, db, "never-set"); err != nil {
		t.Errorf("clearing an open action: %v", err)
	}
}

func TestPlanStatesRejectBadValues(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	for _, s := range []ActionState{
		{ActionID: "a", State: risk.Open},
		{ActionID: "a", State: "maybe"},
		{ActionID: "", State: risk.Done},
		{ActionID: "a", State: risk.Skipped, Reason: string(make([]byte, MaxReasonLen+1))},
	} {
		if err := (PlanStates{}).Set(ctx, db, s); err == nil {
			t.Errorf("accepted %+v", s.State)
		}
	}
}
