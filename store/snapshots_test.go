package store

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestSnapshotsRecordOnlyChanges(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := Snapshots{}
	if _, err := r.Last(ctx, db); !errors.Is(err, ErrNotFound) {
		t.Errorf("empty history: %v", err)
	}
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	bd := []AreaPoints{{ID: "passwords", Points: 20, Max: 25}}
	steps := []struct {
		score int
		want  bool
	}{{64, true}, {64, false}, {74, true}, {64, true}, {64, false}}
	for i, s := range steps {
		got, err := r.Record(ctx, db, Snapshot{At: t0.Add(time.Duration(i) * time.Hour), Score: s.score, Breakdown: bd})
		if err != nil || got != s.want {
			t.Errorf("step %d (score %d): recorded %v, %v; want %v", i, s.score, got, err, s.want)
		}
	}
	all, err := r.History(ctx, db, 0)
	if err != nil {
		t.Fatal(err)
	}
	var scores []int
	for _, s := range all {
		scores = append(scores, s.Score)
	}
	if !reflect.DeepEqual(scores, []int{64, 74, 64}) {
		t.Errorf("history %v", scores)
	}
	if !reflect.DeepEqual(all[0].Breakdown, bd) || !all[2].At.Equal(t0.Add(3*time.Hour)) {
		t.Errorf("snapshot %+v", all[2])
	}
	last2, _ := r.History(ctx, db, 2)
	if len(last2) != 2 || last2[0].Score != 74 || last2[1].Score != 64 {
		t.Errorf("newest two, oldest first: %+v", last2)
	}
	if last, _ := r.Last(ctx, db); last.Score != 64 || !last.At.Equal(t0.Add(3*time.Hour)) {
		t.Errorf("last %+v", last)
	}
	for _, bad := range []int{-1, 101} {
		if _, err := r.Record(ctx, db, Snapshot{Score: bad}); err == nil {
			t.Errorf("score %d accepted", bad)
		}
	}
}
