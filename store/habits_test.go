package store

import (
	"context"
	"testing"
	"time"
)

func TestHabitsPutReplaceDelete(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := Habits{}
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	if err := r.Put(ctx, db, HabitAnswer{QuestionID: "sim_pin", AnswerID: "no", At: at}); err != nil {
		t.Fatal(err)
	}
	if err := r.Put(ctx, db, HabitAnswer{QuestionID: "screen_lock", AnswerID: "yes", At: at}); err != nil {
		t.Fatal(err)
	}
	if err := r.Put(ctx, db, HabitAnswer{QuestionID: "sim_pin", AnswerID: "yes", At: at.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	list, err := r.List(ctx, db)
	if err != nil || len(list) != 2 {
		t.Fatalf("list %+v, %v", list, err)
	}
	if list[1].QuestionID != "sim_pin" || list[1].AnswerID != "yes" || !list[1].At.Equal(at.Add(time.Hour)) {
		t.Errorf("replaced answer %+v", list[1])
	}
	if err := r.Delete(ctx, db, "sim_pin"); err != nil {
		t.Fatal(err)
	}
	if list, _ := r.List(ctx, db); len(list) != 1 || list[0].QuestionID != "screen_lock" {
		t.Errorf("after delete %+v", list)
	}
	if err := r.Put(ctx, db, HabitAnswer{QuestionID: "", AnswerID: "yes"}); err == nil {
		t.Error("an empty question id was accepted")
	}
}
