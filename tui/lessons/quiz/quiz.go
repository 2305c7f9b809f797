// Package quiz runs one pass through a lesson's quiz, whatever draws it:
// the full-screen screen, the accessible line mode and the plain
// subcommand all ask, grade and save the same way.
package quiz

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/store"
)

// Run is one pass: every question, or only the ones to review.
type Run struct {
	quiz   lessons.Quiz
	order  []int // question indexes to ask, in quiz order
	pos    int
	wrong  []int
	review bool
}

// New starts a pass over quiz. With only empty every question is asked;
// otherwise only those indexes (a review), skipping any the quiz no longer
// has.
func New(q lessons.Quiz, only []int) *Run {
	r := &Run{quiz: q, review: len(only) > 0}
	if !r.review {
		for i := range q.Questions {
			r.order = append(r.order, i)
		}
		return r
	}
	seen := map[int]bool{}
	for _, i := range only {
		if i >= 0 && i < len(q.Questions) && !seen[i] {
			seen[i] = true
			r.order = append(r.order, i)
		}
	}
	slices.Sort(r.order)
	return r
}

// Review reports whether this pass asks only earlier mistakes.
func (r *Run) Review() bool { return r.review }

// Len is the number of questions this pass asks.
func (r *Run) Len() int { return len(r.order) }

// Pos is how many questions were answered so far.
func (r *Run) Pos() int { return r.pos }

// Done reports whether every question was answered.
func (r *Run) Done() bool { return r.pos >= len(r.order) }

// Current is the question to answer now and its index in the quiz.
func (r *Run) Current() (int, lessons.Question, bool) {
	if r.Done() {
		return 0, lessons.Question{}, false
	}
	i := r.order[r.pos]
	return i, r.quiz.Questions[i], true
}

// Result is the grade of one answer.
type Result struct {
	Question int   // index in the quiz
	Chosen   []int // option indexes picked, sorted
	Right    []int // option indexes that are correct
	Correct  bool
}

// Answer grades the options picked for the current question and moves on.
// An answer is right when it picks exactly the correct options.
func (r *Run) Answer(chosen []int) Result {
	i, q, ok := r.Current()
	if !ok {
		return Result{}
	}
	res := Result{Question: i, Chosen: normalise(chosen, len(q.Options)), Right: Correct(q)}
	res.Correct = slices.Equal(res.Chosen, res.Right)
	if !res.Correct {
		r.wrong = append(r.wrong, i)
	}
	r.pos++
	return res
}

// Wrong lists the questions answered wrongly so far in this pass.
func (r *Run) Wrong() []int { return slices.Clone(r.wrong) }

// Attempt is what the store records for this pass.
func (r *Run) Attempt(at time.Time) store.QuizAttempt {
	return store.QuizAttempt{Total: len(r.quiz.Questions), Asked: slices.Clone(r.order[:r.pos]), Wrong: r.Wrong(), At: at}
}

// Correct lists the indexes of q's correct options.
func Correct(q lessons.Question) []int {
	var out []int
	for i, o := range q.Options {
		if o.Correct {
			out = append(out, i)
		}
	}
	return out
}

// Multi reports whether q has more than one correct option, so it needs a
// multi-select and "pick all that apply".
func Multi(q lessons.Question) bool { return len(Correct(q)) > 1 }

func normalise(chosen []int, n int) []int {
	var out []int
	for _, c := range chosen {
		if c >= 0 && c < n && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

// ErrNoChoice means the line held no option number.
var ErrNoChoice = errors.New("no option chosen")

// ErrBadChoice means a number in the line is not an option.
var ErrBadChoice = errors.New("not an option")

// ParseChoice reads a typed answer: option numbers from 1 to n, separated
// by commas or spaces ("2", "1,3", "1 3", "１，３" with full-width digits
// and comma as a Chinese keyboard types them). It returns 0-based indexes.
func ParseChoice(line string, n int) ([]int, error) {
	line = strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '，' || r == '、' || r == ';' || r == '；' || r == ',' || r == '\t':
			return ' '
		}
		return r
	}, line)
	var out []int
	for _, f := range strings.Fields(line) {
		k, err := strconv.Atoi(f)
		if err != nil || k < 1 || k > n {
			return nil, ErrBadChoice
		}
		out = append(out, k-1)
	}
	if len(out) == 0 {
		return nil, ErrNoChoice
	}
	return normalise(out, n), nil
}
