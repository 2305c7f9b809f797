package store

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"
)

func TestMergeAttempt(t *testing.T) {
	at := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	all := func(n int) []int {
		var out []int
		for i := 0; i < n; i++ {
			out = append(out, i)
		}
		return out
	}
	cases := []struct {
		name              string
		prev              LessonProgress
		a                 QuizAttempt
		review            []int
		last, best, tries int
		passed            bool
	}{
		{"first try, one of five wrong: exactly the pass mark", LessonProgress{},
			QuizAttempt{Total: 5, Asked: all(5), Wrong: []int{3}}, []int{3}, 80, 80, 1, true},
		{"first try, two of six wrong", LessonProgress{},
			QuizAttempt{Total: 6, Asked: all(6), Wrong: []int{0, 4}}, []int{0, 4}, 66, 66, 1, false},
		{"review fixes one of two mistakes", LessonProgress{Attempts: 1, BestScore: 66, LastScore: 66, Review: []int{0, 4}},
			QuizAttempt{Total: 6, Asked: []int{0, 4}, Wrong: []int{4}}, []int{4}, 83, 83, 2, true},
		{"review fixes everything", LessonProgress{Attempts: 2, BestScore: 83, LastScore: 83, Review: []int{4}},
			QuizAttempt{Total: 6, Asked: []int{4}}, nil, 100, 100, 3, true},
		{"a worse retake keeps the best score", LessonProgress{Attempts: 1, BestScore: 100, LastScore: 100},
			QuizAttempt{Total: 5, Asked: all(5), Wrong: []int{0, 1, 2}}, []int{0, 1, 2}, 40, 100, 2, true},
		{"a review before any attempt counts the rest as not yet right", LessonProgress{},
			QuizAttempt{Total: 5, Asked: []int{1}}, []int{0, 2, 3, 4}, 20, 20, 1, false},
		{"a quiz that shrank drops mistakes past its end", LessonProgress{Attempts: 1, Review: []int{2, 7}},
			QuizAttempt{Total: 5, Asked: []int{2}}, nil, 100, 100, 2, true},
	}
	for _, c := range cases {
		c.a.At = at
		got, err := c.prev.Merge(c.a)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !slices.Equal(got.Review, c.review) || got.LastScore != c.last || got.BestScore != c.best ||
			got.Attempts != c.tries || got.Passed() != c.passed || !got.LastQuizAt.Equal(at) {
			t.Errorf("%s: got review %v last %d best %d attempts %d passed %v", c.name,
				got.Review, got.LastScore, got.BestScore, got.Attempts, got.Passed())
		}
	}
}

func TestMergeRefusesAttemptsThatDoNotFit(t *testing.T) {
	for _, a := range []QuizAttempt{
		{Total: 0, Asked: []int{0}},
		{Total: 5},
		{Total: 5, Asked: []int{5}},
		{Total: 5, Asked: []int{-1}},
		{Total: 5, Asked: []int{1}, Wrong: []int{2}},
		{Total: MaxQuizQuestions + 1, Asked: []int{0}},
	} {
		if _, err := (LessonProgress{}).Merge(a); !errors.Is(err, ErrBadAttempt) {
			t.Errorf("%+v: err %v, want ErrBadAttempt", a, err)
		}
	}
}

func TestLessonStatus(t *testing.T) {
	read := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		p    LessonProgress
		want LessonStatus
	}{
		{LessonProgress{}, LessonNotStarted},
		{LessonProgress{ReadAt: read}, LessonRead},
		{LessonProgress{ReadAt: read, Attempts: 1, BestScore: 79}, LessonTried},
		{LessonProgress{Attempts: 1, BestScore: 80}, LessonPassed},
	} {
		if got := c.p.Status(); got != c.want {
			t.Errorf("%+v: status %d, want %d", c.p, got, c.want)
		}
	}
}

func TestLessonProgressRoundTrip(t *testing.T) {
	db, path := openTemp(t)
	ctx := context.Background()
	r := Lessons{}
	first := time.Date(2026, 11, 29, 8, 30, 0, 0, time.UTC)

	p, err := r.Get(ctx, db, "passwords")
	if err != nil || p.Status() != LessonNotStarted || p.LessonID != "passwords" {
		t.Fatalf("unopened lesson: %+v, %v", p, err)
	}
	if err := r.MarkRead(ctx, db, "passwords", first); err != nil {
		t.Fatal(err)
	}
	if err := r.MarkRead(ctx, db, "passwords", first.Add(48*time.Hour)); err != nil {
		t.Fatal(err)
	}
	var saved LessonProgress
	err = db.Tx(ctx, func(h Handle) error {
		saved, err = r.Record(ctx, h, "passwords", QuizAttempt{Total: 7, Asked: []int{0, 1, 2, 3, 4, 5, 6}, Wrong: []int{1, 5}, At: first.Add(time.Hour)})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}

	// A second connection pool on the same file sees what the first wrote.
	db.Close()
	db2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	got, err := r.Get(ctx, db2, "passwords")
	if err != nil {
		t.Fatal(err)
	}
	if !got.ReadAt.Equal(first) {
		t.Errorf("read date %v, want the first one %v", got.ReadAt, first)
	}
	if got.Attempts != 1 || got.LastScore != 71 || got.BestScore != 71 || !slices.Equal(got.Review, []int{1, 5}) ||
		!got.LastQuizAt.Equal(first.Add(time.Hour)) || got.Status() != LessonTried {
		t.Errorf("after one attempt: %+v", got)
	}
	if !slices.Equal(got.Review, saved.Review) || got.LastScore != saved.LastScore {
		t.Errorf("Record returned %+v but stored %+v", saved, got)
	}

	if _, err := r.Record(ctx, db2, "passwords", QuizAttempt{Total: 7, Asked: []int{1, 5}, At: first.Add(2 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Record(ctx, db2, "consent-and-purpose", QuizAttempt{Total: 5, Asked: []int{0, 1, 2, 3, 4}, Wrong: []int{2}, At: first}); err != nil {
		t.Fatal(err)
	}
	list, err := r.List(ctx, db2)
	if err != nil || len(list) != 2 {
		t.Fatalf("list: %+v, %v", list, err)
	}
	if list[0].LessonID != "consent-and-purpose" || !slices.Equal(list[0].Review, []int{2}) || !list[0].Passed() {
		t.Errorf("first listed: %+v", list[0])
	}
	if list[1].LessonID != "passwords" || list[1].Attempts != 2 || list[1].BestScore != 100 || len(list[1].Review) != 0 || !list[1].Passed() {
		t.Errorf("after the review: %+v", list[1])
	}
}

func TestRecordRefusalChangesNothing(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := Lessons{}
	if _, err := r.Record(ctx, db, "passwords", QuizAttempt{Total: 5, Asked: []int{0, 1, 2, 3, 4}, Wrong: []int{0}}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Record(ctx, db, "passwords", QuizAttempt{Total: 5, Asked: []int{9}}); !errors.Is(err, ErrBadAttempt) {
		t.Fatalf("bad attempt: %v", err)
	}
	if _, err := r.Record(ctx, db, "", QuizAttempt{Total: 5, Asked: []int{0}}); err == nil {
		t.Error("an empty lesson id was stored")
	}
	got, _ := r.Get(ctx, db, "passwords")
	if got.Attempts != 1 || !slices.Equal(got.Review, []int{0}) {
		t.Errorf("a refused attempt changed the progress: %+v", got)
	}
}

// Two attempts saved at the same moment, each in its own transaction, are
// both counted.
func TestConcurrentAttemptsAreBothCounted(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- db.Tx(ctx, func(h Handle) error {
				_, err := Lessons{}.Record(ctx, h, "phishing-fraud", QuizAttempt{Total: 5, Asked: []int{0, 1, 2, 3, 4}, At: time.Now()})
				return err
			})
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	got, _ := Lessons{}.Get(ctx, db, "phishing-fraud")
	if got.Attempts != 8 {
		t.Errorf("attempts %d, want 8", got.Attempts)
	}
}

func TestLessonProgressInGuestMode(t *testing.T) {
	ctx := context.Background()
	db, err := OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r := Lessons{}
	r.MarkRead(ctx, db, "a", time.Now())
	r.Record(ctx, db, "b", QuizAttempt{Total: 5, Asked: []int{0, 1, 2, 3, 4}, Wrong: []int{1}})
	list, err := r.List(ctx, db)
	if err != nil || len(list) != 2 || !slices.Equal(list[1].Review, []int{1}) {
		t.Errorf("guest list: %+v, %v", list, err)
	}
}
