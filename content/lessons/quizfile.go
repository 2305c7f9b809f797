package lessons

import "strings"

// quizFile is a parsed NN-<id>.quiz.md with the line of each part, so the
// cross-language checks can point at the exact question.
type quizFile struct {
	path  string
	quiz  Quiz
	qLine []int   // line of each question's "##"
	oLine [][]int // line of each option's "- ["
}

const (
	minQuestions = 5
	minOptions   = 2
	maxOptions   = 5
)

// parseQuiz reads a quiz: "## prompt" lines, "- [ ] text" or "- [x] text"
// options, and "  > explanation" lines that may continue over several
// lines. Anything else is a mistake, reported rather than guessed at.
func parseQuiz(q *quizFile, lines []string, errs *errList) {
	var expl []string // explanation lines of the option being read
	flush := func() {
		if len(expl) == 0 {
			return
		}
		qs := q.quiz.Questions
		opts := qs[len(qs)-1].Options
		opts[len(opts)-1].Explanation = joinWrapped(expl)
		expl = nil
	}
	for i, raw := range lines {
		n := i + 1
		line := strings.TrimSpace(raw)
		switch {
		case line == "":
		case strings.HasPrefix(line, "## "):
			flush()
			prompt := strings.TrimSpace(line[3:])
			if prompt == "" {
				errs.add(q.path, n, "question has no text")
			}
			q.quiz.Questions = append(q.quiz.Questions, Question{Prompt: prompt})
			q.qLine = append(q.qLine, n)
			q.oLine = append(q.oLine, nil)
		case strings.HasPrefix(line, "- ["):
			flush()
			if len(q.quiz.Questions) == 0 {
				errs.add(q.path, n, "option comes before any \"## question\"")
				continue
			}
			opt, ok := parseOption(line)
			if !ok {
				errs.add(q.path, n, "option must start with \"- [ ] \" (wrong) or \"- [x] \" (right)")
				continue
			}
			if opt.Text == "" {
				errs.add(q.path, n, "option has no text")
			}
			last := len(q.quiz.Questions) - 1
			q.quiz.Questions[last].Options = append(q.quiz.Questions[last].Options, opt)
			q.oLine[last] = append(q.oLine[last], n)
		case strings.HasPrefix(line, ">"):
			last := len(q.quiz.Questions) - 1
			if last < 0 || len(q.quiz.Questions[last].Options) == 0 {
				errs.add(q.path, n, "explanation comes before any option")
				continue
			}
			expl = append(expl, strings.TrimPrefix(line, ">"))
		case strings.HasPrefix(line, "#"):
			errs.add(q.path, n, "a question heading is \"## \" followed by the question")
		default:
			errs.add(q.path, n, "unexpected line: expected \"## question\", \"- [ ] option\" or \"  > explanation\"")
		}
	}
	flush()
	checkQuiz(q, errs)
}

func parseOption(line string) (Option, bool) {
	rest := strings.TrimPrefix(line, "- ")
	var correct bool
	switch {
	case strings.HasPrefix(rest, "[ ]"):
	case strings.HasPrefix(rest, "[x]"), strings.HasPrefix(rest, "[X]"):
		correct = true
	default:
		return Option{}, false
	}
	return Option{Text: strings.TrimSpace(rest[3:]), Correct: correct}, true
}

func checkQuiz(q *quizFile, errs *errList) {
	qs := q.quiz.Questions
	if len(qs) < minQuestions {
		errs.add(q.path, 1, "the quiz has %d questions; it needs at least %d", len(qs), minQuestions)
	}
	for i, question := range qs {
		n := len(question.Options)
		if n < minOptions || n > maxOptions {
			errs.add(q.path, q.qLine[i], "question has %d options; it needs %d to %d", n, minOptions, maxOptions)
		}
		correct := 0
		for j, opt := range question.Options {
			if opt.Correct {
				correct++
			}
			if opt.Explanation == "" {
				errs.add(q.path, q.oLine[i][j], "option has no explanation")
			}
		}
		if n > 0 && correct == 0 {
			errs.add(q.path, q.qLine[i], "question has no correct option (mark one with \"- [x]\")")
		}
	}
}
