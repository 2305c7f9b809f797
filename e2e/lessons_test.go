//go:build !windows

package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	content "github.com/footprint-audit/footprint/content/lessons"
)

// quizOf is the English quiz of lesson id.
func quizOf(t *testing.T, id string) []content.Question {
	t.Helper()
	lib, err := content.Load()
	if err != nil {
		t.Fatal(err)
	}
	l, ok := lib.Lesson(id)
	if !ok {
		t.Fatalf("no lesson %s", id)
	}
	return l.Text["en"].Quiz.Questions
}

func rightOptions(q content.Question) []int {
	var out []int
	for i, o := range q.Options {
		if o.Correct {
			out = append(out, i)
		}
	}
	return out
}

func firstWrongOption(q content.Question) int {
	for i, o := range q.Options {
		if !o.Correct {
			return i
		}
	}
	return -1
}

// pick answers the question on screen by moving the cursor as a person
// does: down to each option, space to tick it where several are right.
func pick(term *Term, q content.Question, chosen []int) {
	if len(rightOptions(q)) > 1 {
		for i := range q.Options {
			for _, c := range chosen {
				if c == i {
					term.Type(" ")
				}
			}
			if i < len(q.Options)-1 {
				term.Press(Down)
			}
		}
	} else {
		for i := 0; i < chosen[0]; i++ {
			term.Press(Down)
		}
	}
	term.Press(Enter)
}

// firstWords is the start of a text, short enough to sit on one line.
func firstWords(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(3, len(f))], " ")
}

// Open a lesson, scroll it, take its quiz with one wrong answer, read the
// explanation, pass on review, and find the progress on the lesson list
// and on Home.
func TestLessonQuizReviewAndProgress(t *testing.T) {
	env := Fresh(t)
	term := Start(t, env, "--db", filepath.Join(env.Home, "f.db"))
	term.WaitFor("Welcome")
	term.Press(Enter)
	term.WaitFor("Where to go", "0 of 12 quizzes passed")

	// Go to Lessons through Home's list, wherever it sits in it.
	var targets []string
	after := false
	for _, line := range strings.Split(term.Screen(), "\n") {
		switch {
		case strings.Contains(line, "Where to go"):
			after = true
		case after && strings.Contains(line, " — "):
			targets = append(targets, line)
		}
	}
	n := -1
	for i, l := range targets {
		if strings.Contains(l, "Lessons —") {
			n = i
		}
	}
	if n < 0 {
		t.Fatalf("Lessons is not in Home's list:\n%s", term.Screen())
	}
	for i := 0; i < n; i++ {
		term.Press(Down)
	}
	term.Press(Enter)
	term.WaitFor("Lessons and quizzes", "Next: 1 What counts as personal information")

	// Lesson 6: read and scroll.
	for i := 0; i < 5; i++ {
		term.Press(Down)
	}
	term.Press(Enter)
	term.WaitFor("0% · 5 min", "A password is something you know")
	term.Type(" ")
	term.Type(" ")
	term.WaitGone("A password is something you know")
	term.WaitGone("0% · 5 min")

	// The quiz, with question 1 answered wrongly.
	qs := quizOf(t, "two-factor-sim-swap")
	term.Type("t")
	for i, q := range qs {
		term.WaitFor(fmt.Sprintf("Question %d of %d", i+1, len(qs)))
		if i == 0 {
			wrong := firstWrongOption(q)
			pick(term, q, []int{wrong})
			term.WaitFor("✗ Not quite.", firstWords(q.Options[wrong].Explanation), "The right answer")
		} else {
			pick(term, q, rightOptions(q))
			term.WaitFor("✓ Right.")
		}
		term.Press(Enter)
	}
	right := len(qs) - 1
	term.WaitFor(fmt.Sprintf("%d of %d right: %d%%.", right, len(qs), right*100/len(qs)), "1 question(s) still to review")

	// The review asks question 1 only.
	term.Type("r")
	term.WaitFor("Review · Two-factor", "Question 1 of 1")
	pick(term, qs[0], rightOptions(qs[0]))
	term.WaitFor("✓ Right.")
	term.Press(Enter)
	term.WaitFor("1 of 1 mistakes now right. Your quiz score is 100%.", "✓ Passed")

	term.Press(Enter)
	term.WaitFor("Lessons and quizzes · 1 of 12 passed", "✓ passed 100%")
	term.Type("1")
	term.WaitFor("1 of 12 quizzes passed")
	term.Quit()
}

// Answers piped into the real binary, one per line, "1,3" where several
// are right, are graded and saved.
func TestPipedQuizThroughTheBinary(t *testing.T) {
	env := Fresh(t)
	db := filepath.Join(env.Home, "f.db")
	qs := quizOf(t, "app-permissions")
	var lines []string
	for i, q := range qs {
		chosen := rightOptions(q)
		if i == len(qs)-1 {
			chosen = []int{firstWrongOption(q)}
		}
		var nums []string
		for _, c := range chosen {
			nums = append(nums, fmt.Sprint(c+1))
		}
		lines = append(lines, strings.Join(nums, ","))
	}

	cmd := exec.Command(Binary(t), "--db", db, "lessons", "quiz", "app-permissions")
	cmd.Env, cmd.Dir = env.Vars, env.Home
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	io.WriteString(stdin, strings.Join(lines, "\n")+"\n")
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("quiz: %v\n%s", err, out.String())
	}
	score := (len(qs) - 1) * 100 / len(qs)
	if want := fmt.Sprintf("%d of %d right: %d%%.", len(qs)-1, len(qs), score); !strings.Contains(out.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, out.String())
	}

	list := exec.Command(Binary(t), "--db", db, "lessons", "list", "--json")
	list.Env, list.Dir = env.Vars, env.Home
	b, err := list.Output()
	if err != nil {
		t.Fatal(err)
	}
	var lessons []struct {
		ID       string
		Progress struct {
			Attempts  int
			BestScore int   `json:"best_score"`
			Review    []int `json:"review"`
		}
	}
	if err := json.Unmarshal(b, &lessons); err != nil {
		t.Fatal(err)
	}
	for _, l := range lessons {
		if l.ID == "app-permissions" {
			if l.Progress.Attempts != 1 || l.Progress.BestScore != score || len(l.Progress.Review) != 1 || l.Progress.Review[0] != len(qs) {
				t.Errorf("saved progress %+v", l.Progress)
			}
			return
		}
	}
	t.Error("app-permissions is not listed")
}
