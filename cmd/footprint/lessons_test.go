package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	content "github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/tui/lessons/quiz"
)

// answers are the lines that answer lesson id's quiz rightly, except the
// questions in wrong, which get the first wrong option.
func answers(t *testing.T, id string, wrong ...int) []string {
	t.Helper()
	lib, err := content.Load()
	if err != nil {
		t.Fatal(err)
	}
	l, ok := lib.Lesson(id)
	if !ok {
		t.Fatalf("no lesson %s", id)
	}
	var out []string
	for i, q := range l.Text["en"].Quiz.Questions {
		var nums []string
		if contains(wrong, i) {
			for j, o := range q.Options {
				if !o.Correct {
					nums = []string{fmt.Sprint(j + 1)}
					break
				}
			}
		} else {
			for _, j := range quiz.Correct(q) {
				nums = append(nums, fmt.Sprint(j+1))
			}
		}
		out = append(out, strings.Join(nums, ","))
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func listJSON(t *testing.T, home, db string) map[string]lessonJSON {
	t.Helper()
	r := runCmd(t, home, "", "--db", db, "lessons", "list", "--json")
	if r.code != 0 {
		t.Fatalf("list --json: exit %d: %s", r.code, r.stderr)
	}
	var list []lessonJSON
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil {
		t.Fatalf("list --json is not JSON: %v\n%s", err, r.stdout)
	}
	out := map[string]lessonJSON{}
	for _, l := range list {
		out[l.ID] = l
	}
	return out
}

// The quiz answered through a pipe, one line per question, with one
// mistake; then a review that fixes it.
func TestLessonsQuizWithPipedAnswers(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "f.db")
	ans := answers(t, "passwords", 0)
	r := runCmd(t, home, strings.Join(ans, "\n")+"\n", "--db", db, "lessons", "quiz", "passwords")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"Question 1 of 7", "Question 7 of 7", "✗ Not quite.", "The right answer:",
		"lantern cabbage orbit velvet river", // the right option of question 1, shown after the mistake
		"Several answers are right",          // question 6 has two
		"6 of 7 right: 85%.", "✓ Passed: the pass mark is 80%.",
		"footprint lessons quiz passwords --review",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	got := listJSON(t, home, db)["passwords"]
	p := got.Progress
	if p.Attempts != 1 || p.BestScore == nil || *p.BestScore != 85 || !p.Passed || len(p.Review) != 1 || p.Review[0] != 1 || p.Status != "passed" {
		t.Fatalf("progress after the quiz: %+v", p)
	}

	r = runCmd(t, home, answers(t, "passwords")[0]+"\n", "--db", db, "lessons", "quiz", "passwords", "--review")
	if r.code != 0 || !strings.Contains(r.stdout, "Question 1 of 1") || !strings.Contains(r.stdout, "1 of 1 mistakes now right. Your quiz score is 100%.") {
		t.Fatalf("review: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	p = listJSON(t, home, db)["passwords"].Progress
	if p.Attempts != 2 || *p.BestScore != 100 || len(p.Review) != 0 {
		t.Errorf("progress after the review: %+v", p)
	}
	// Nothing left to review is said, not asked.
	r = runCmd(t, home, "", "--db", db, "lessons", "quiz", "5", "--review")
	if r.code != 0 || !strings.Contains(r.stdout, "Nothing left to review") {
		t.Errorf("empty review: exit %d %q", r.code, r.stdout)
	}
}

// Lines that are not option numbers are answered with a hint and asked
// again; they do not count as answers.
func TestLessonsQuizRepeatsBadAnswers(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "f.db")
	ans := answers(t, "consent-and-purpose")
	in := "banana\n0\n99\n\xff\xfe\n" + strings.Join(ans, "\n") // no final newline: the last line still counts
	r := runCmd(t, home, in, "--db", db, "lessons", "quiz", "consent-and-purpose")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n := strings.Count(r.stdout, "Please type option numbers"); n != 4 {
		t.Errorf("%d hints for 4 bad lines:\n%s", n, r.stdout)
	}
	if p := listJSON(t, home, db)["consent-and-purpose"].Progress; p.Attempts != 1 || *p.BestScore != 100 {
		t.Errorf("progress: %+v", p)
	}
}

// Input that ends early saves nothing and says so.
func TestLessonsQuizCutShortSavesNothing(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "f.db")
	r := runCmd(t, home, "1\n2\n", "--db", db, "lessons", "quiz", "phishing-fraud")
	if r.code != exitError {
		t.Fatalf("exit %d, want 1", r.code)
	}
	oneSentence(t, r.stderr)
	if !strings.Contains(r.stderr, "nothing was saved") {
		t.Errorf("stderr %q", r.stderr)
	}
	if p := listJSON(t, home, db)["phishing-fraud"].Progress; p.Attempts != 0 || p.Status != "not_started" {
		t.Errorf("a cut quiz was saved: %+v", p)
	}
}

func TestLessonsListJSON(t *testing.T) {
	home := t.TempDir()
	list := listJSON(t, home, filepath.Join(home, "f.db"))
	if len(list) != 12 {
		t.Fatalf("%d lessons", len(list))
	}
	lib, _ := content.Load()
	for _, l := range lib.Lessons() {
		got := list[l.ID]
		if got.Title != l.Text["en"].Title || got.Questions != len(l.Text["en"].Quiz.Questions) || got.Questions < 5 ||
			strings.Join(got.Languages, ",") != "en,zh" || got.Progress.Status != "not_started" || got.Progress.BestScore != nil {
			t.Errorf("%s: %+v", l.ID, got)
		}
	}
}

func TestLessonsListTextAndChinese(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "f.db")
	r := runCmd(t, home, "", "--db", db, "lessons", "list")
	if r.code != 0 || !strings.Contains(r.stdout, " 5  Passwords that actually protect you  (passwords)  not started") ||
		!strings.Contains(r.stdout, "0 of 12 passed") || !strings.Contains(r.stdout, "Next: 1 ") {
		t.Errorf("exit %d:\n%s", r.code, r.stdout)
	}
	r = runCmd(t, home, "", "--db", db, "--lang", "zh", "lessons", "list")
	if !strings.Contains(r.stdout, "真正能保护你的密码") || !strings.Contains(r.stdout, "未开始") {
		t.Errorf("Chinese list:\n%s", r.stdout)
	}
}

func TestLessonsShowPlainText(t *testing.T) {
	home := t.TempDir()
	r := runCmd(t, home, "", "lessons", "show", "05", "--lang", "zh")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "真正能保护你的密码") {
		t.Errorf("does not start with the Chinese title: %.80q", r.stdout)
	}
	for _, markup := range []string{"**", "](", "glossary:", "\x1b["} {
		if strings.Contains(r.stdout, markup) {
			t.Errorf("markup %q left in the plain text", markup)
		}
	}
	for _, line := range strings.Split(r.stdout, "\n") {
		if w := displayWidth(line); w > content.PlainWidth {
			t.Errorf("line of %d columns: %q", w, line)
		}
	}
	// Printing a lesson creates no database.
	if files := listFiles(t, home); len(files) != 0 {
		t.Errorf("show created files: %v", files)
	}
	r = runCmd(t, home, "", "lessons", "show", "passwords")
	if !strings.HasPrefix(r.stdout, "Passwords that actually protect you") {
		t.Errorf("English: %.80q", r.stdout)
	}
}

func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115f || (r >= 0x2e80 && r <= 0xa4cf) || (r >= 0xac00 && r <= 0xd7a3) || (r >= 0xf900 && r <= 0xfaff) || (r >= 0xfe30 && r <= 0xfe4f) || (r >= 0xff00 && r <= 0xff60) || (r >= 0xffe0 && r <= 0xffe6)) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func TestLessonsUnknownLessonIsAUsageError(t *testing.T) {
	for _, args := range [][]string{
		{"lessons", "show", "nope"},
		{"lessons", "quiz", "13"},
		{"lessons", "show"},
	} {
		home := t.TempDir()
		r := runCmd(t, home, "", args...)
		if r.code != exitUsage {
			t.Errorf("%v: exit %d, want 2", args, r.code)
		}
		oneSentence(t, r.stderr)
		if files := listFiles(t, home); len(files) != 0 {
			t.Errorf("%v created files: %v", args, files)
		}
	}
}

// The accessible mode reads a lesson as plain text and takes its quiz as
// numbered prompts, all from piped lines.
func TestAccessibleLessonAndQuiz(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "f.db")
	menu := runCmd(t, home, "q\n", "--db", db, "--accessible")
	item := ""
	for _, line := range strings.Split(menu.stdout, "\n") {
		if n, title, ok := strings.Cut(line, ". "); ok && title == "Lessons and quizzes" {
			item = n
		}
	}
	if item == "" {
		t.Fatalf("no lessons item in the menu:\n%s", menu.stdout)
	}
	// Lesson 6, read it (1), take the quiz (2) with question 2 wrong, then
	// review (3), back, back, quit.
	ans := answers(t, "two-factor-sim-swap", 1)
	in := []string{item, "6", "1", "2"}
	in = append(in, ans...)
	in = append(in, "3", answers(t, "two-factor-sim-swap")[1], "", "", "q")
	r := runCmd(t, home, strings.Join(in, "\n")+"\n", "--db", db, "--accessible")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"Two-factor authentication and SIM swap", // the lesson's text
		"✗ Not quite.",
		"3. Review the questions you missed (1)",
		"1 of 1 mistakes now right. Your quiz score is 100%.",
		"6. Two-factor authentication and SIM swap — ✓ passed 100%",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(r.stdout, "\x1b[") || strings.Contains(r.stdout, "%!") {
		t.Error("escape codes or a broken format in line mode")
	}
	p := listJSON(t, home, db)["two-factor-sim-swap"].Progress
	if !p.Read || p.Attempts != 2 || *p.BestScore != 100 {
		t.Errorf("progress: %+v", p)
	}
}
