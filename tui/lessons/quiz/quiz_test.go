package quiz

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/store"
)

func sample() lessons.Quiz {
	opt := func(ok bool) lessons.Option { return lessons.Option{Text: "o", Explanation: "e", Correct: ok} }
	return lessons.Quiz{Questions: []lessons.Question{
		{Prompt: "one right", Options: []lessons.Option{opt(false), opt(true), opt(false)}},
		{Prompt: "two right", Options: []lessons.Option{opt(true), opt(false), opt(true)}},
		{Prompt: "first right", Options: []lessons.Option{opt(true), opt(false)}},
	}}
}

func TestFullPassGradesExactSets(t *testing.T) {
	r := New(sample(), nil)
	if r.Len() != 3 || r.Review() {
		t.Fatalf("len %d review %v", r.Len(), r.Review())
	}
	if res := r.Answer([]int{1}); !res.Correct || res.Question != 0 {
		t.Errorf("right single answer graded %+v", res)
	}
	// Half of a multi-answer is not the answer.
	if res := r.Answer([]int{0}); res.Correct || !slices.Equal(res.Right, []int{0, 2}) {
		t.Errorf("half a multi answer graded %+v", res)
	}
	if res := r.Answer([]int{0, 0, 7}); !res.Correct || !slices.Equal(res.Chosen, []int{0}) {
		t.Errorf("duplicates and out-of-range picks not dropped: %+v", res)
	}
	if !r.Done() {
		t.Fatal("not done after three answers")
	}
	if res := r.Answer([]int{0}); res.Question != 0 || res.Correct {
		t.Errorf("an answer after the end counted: %+v", res)
	}
	a := r.Attempt(time.Unix(0, 0))
	if a.Total != 3 || !slices.Equal(a.Asked, []int{0, 1, 2}) || !slices.Equal(a.Wrong, []int{1}) {
		t.Errorf("attempt %+v", a)
	}
	p, err := (store.LessonProgress{}).Merge(a)
	if err != nil || p.LastScore != 66 || p.Passed() {
		t.Errorf("merged %+v, %v", p, err)
	}
}

func TestReviewAsksOnlyMistakes(t *testing.T) {
	r := New(sample(), []int{2, 1, 1, 9, -1})
	if !r.Review() || r.Len() != 2 {
		t.Fatalf("review len %d", r.Len())
	}
	if i, q, _ := r.Current(); i != 1 || q.Prompt != "two right" {
		t.Errorf("first review question %d %q", i, q.Prompt)
	}
	r.Answer([]int{2, 0})
	// Stopping half way records only what was asked.
	a := r.Attempt(time.Unix(0, 0))
	if !slices.Equal(a.Asked, []int{1}) || len(a.Wrong) != 0 {
		t.Errorf("partial attempt %+v", a)
	}
}

func TestMulti(t *testing.T) {
	q := sample().Questions
	if Multi(q[0]) || !Multi(q[1]) {
		t.Error("Multi is wrong")
	}
}

func TestParseChoice(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want []int
		err  error
	}{
		{"2", 3, []int{1}, nil},
		{" 1,3 ", 3, []int{0, 2}, nil},
		{"3 1", 3, []int{0, 2}, nil},
		{"1, 1", 3, []int{0}, nil},
		{"１，３", 3, []int{0, 2}, nil},
		{"2、3", 3, []int{1, 2}, nil},
		{"", 3, nil, ErrNoChoice},
		{" , ", 3, nil, ErrNoChoice},
		{"4", 3, nil, ErrBadChoice},
		{"0", 3, nil, ErrBadChoice},
		{"two", 3, nil, ErrBadChoice},
		{"1\xff", 3, nil, ErrBadChoice},
		{"99999999999999999999", 3, nil, ErrBadChoice},
	} {
		got, err := ParseChoice(c.in, c.n)
		if !errors.Is(err, c.err) || !slices.Equal(got, c.want) {
			t.Errorf("ParseChoice(%q) = %v, %v; want %v, %v", c.in, got, err, c.want, c.err)
		}
	}
}

// Every real quiz can be passed by picking its correct options.
func TestRealQuizzesArePassable(t *testing.T) {
	lib, err := lessons.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lib.Lessons() {
		for _, lang := range l.Langs {
			r := New(l.Text[lang].Quiz, nil)
			for !r.Done() {
				_, q, _ := r.Current()
				if !r.Answer(Correct(q)).Correct {
					t.Errorf("%s/%s: correct options graded wrong", l.ID, lang)
				}
			}
			if len(r.Wrong()) != 0 || r.Len() < 5 {
				t.Errorf("%s/%s: %d questions, wrong %v", l.ID, lang, r.Len(), r.Wrong())
			}
		}
	}
}
