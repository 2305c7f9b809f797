package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestVerdictsRoundTrip(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	at := time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC)
	r := Verdicts{}
	if err := r.Put(ctx, db, Verdict{Account: "wechat", Score: 1, GuessesLog10: 5.2, Flags: []string{FlagReused, FlagBreached}, CheckedAt: at}); err != nil {
		t.Fatal(err)
	}
	v, err := r.Get(ctx, db, "wechat")
	if err != nil || v.Score != 1 || !v.Has(FlagReused) || !v.Has(FlagBreached) || !v.CheckedAt.Equal(at) {
		t.Fatalf("got %+v, %v", v, err)
	}
	if err := r.Put(ctx, db, Verdict{Account: "wechat", Score: 4, GuessesLog10: 14, CheckedAt: at.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	vs, _ := r.List(ctx, db)
	if len(vs) != 1 || vs[0].Score != 4 || len(vs[0].Flags) != 0 {
		t.Errorf("after replace: %+v", vs)
	}
	if err := r.Put(ctx, db, Verdict{Account: "x", Score: 5, CheckedAt: at}); err == nil {
		t.Error("a score of 5 was accepted")
	}
	r.Delete(ctx, db, "wechat")
	if _, err := r.Get(ctx, db, "wechat"); !errors.Is(err, ErrNotFound) {
		t.Errorf("after delete: %v", err)
	}
}
