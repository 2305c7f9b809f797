package lessons

import (
	"strings"

	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
)

// promptBlock is the question as shown above its options.
func (q *quizState) promptBlock(c *common.Common) string {
	st := c.Styles
	qq, _ := q.question(c)
	hint := c.T("lessons.quiz.pick_one")
	if q.isMulti {
		hint = c.T("lessons.quiz.pick_all")
	}
	return st.Heading.Render(common.Wrap(qq.Prompt, q.w)) + "\n" + st.Muted.Render(common.Wrap(hint, q.w))
}

func (q *quizState) feedbackText(c *common.Common) string {
	st, w, r := c.Styles, q.w, q.result
	qq, _ := q.localized(c, r.Question)
	var b strings.Builder
	b.WriteString(st.Heading.Render(common.Wrap(qq.Prompt, w)) + "\n\n")
	if r.Correct {
		b.WriteString(st.Good.Render(c.T("lessons.quiz.right")) + "\n\n")
	} else {
		b.WriteString(st.Bad.Render(c.T("lessons.quiz.wrong")) + "\n\n")
	}
	option := func(i int) {
		o := qq.Options[i]
		mark := st.Bad.Render("✗ ")
		if o.Correct {
			mark = st.Good.Render("✓ ")
		}
		b.WriteString(mark + indent(common.Wrap(o.Text, max(10, w-2)), "  ")[2:] + "\n")
		b.WriteString(st.Muted.Render(indent(common.Wrap(o.Explanation, max(10, w-4)), "    ")) + "\n")
	}
	b.WriteString(st.Label.Render(c.T("lessons.quiz.you_chose")) + "\n")
	for _, i := range r.Chosen {
		option(i)
	}
	if !r.Correct {
		var missed []int
		for _, i := range r.Right {
			if !contains(r.Chosen, i) {
				missed = append(missed, i)
			}
		}
		if len(missed) > 0 {
			label := c.T("lessons.quiz.correct_is")
			if len(r.Right) > 1 {
				label = c.T("lessons.quiz.correct_are")
			}
			b.WriteString("\n" + st.Label.Render(label) + "\n")
			for _, i := range missed {
				option(i)
			}
		}
	}
	b.WriteString("\n" + st.Accent.Render(common.Wrap(c.T("lessons.quiz.continue"), w)))
	return b.String()
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func (q *quizState) scoreText(c *common.Common) string {
	st, w := c.Styles, q.w
	if q.saved == nil {
		return st.Muted.Render(c.T("lessons.quiz.saving"))
	}
	p := q.saved
	asked, wrong := q.run.Len(), len(q.run.Wrong())
	var b strings.Builder
	if q.run.Review() {
		b.WriteString(common.Wrap(c.T("lessons.quiz.review_score", asked-wrong, asked, p.LastScore), w) + "\n\n")
	} else {
		b.WriteString(common.Wrap(c.T("lessons.quiz.score", asked-wrong, asked, p.LastScore), w) + "\n\n")
	}
	if p.LastScore >= store.PassPercent {
		b.WriteString(st.Good.Render(common.Wrap(c.T("lessons.quiz.passed", store.PassPercent), w)) + "\n\n")
	} else {
		b.WriteString(st.Warn.Render(common.Wrap(c.T("lessons.quiz.failed", store.PassPercent), w)) + "\n\n")
	}
	if n := len(p.Review); n > 0 {
		b.WriteString(st.Accent.Render(common.Wrap(c.T("lessons.quiz.to_review", n), w)) + "\n")
	} else {
		b.WriteString(common.Wrap(c.T("lessons.quiz.nothing_to_review"), w) + "\n")
	}
	b.WriteString(st.Muted.Render(common.Wrap(c.T("lessons.quiz.done_keys"), w)))
	return b.String()
}
