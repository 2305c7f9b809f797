package habits

import (
	"strings"

	"github.com/footprint-audit/footprint/tui/common"
)

func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.c.Styles
	if !m.loaded {
		return st.Muted.Render(m.c.T("app.loading"))
	}
	if m.form != nil {
		head := st.Muted.Render(m.c.T("inventory_ui.habits.progress", m.asking+1, len(m.questions)))
		return common.Fit(head+"\n\n"+m.form.View(), m.width, m.height)
	}
	lines := []string{st.Title.Render(m.c.T("inventory_ui.habits.heading", m.Answered(), len(m.questions)))}
	if m.Answered() == 0 {
		lines = append(lines, strings.Split(st.Muted.Render(common.Wrap(m.c.T("inventory_ui.habits.intro"), m.width)), "\n")...)
	}
	// The answer of the focused question stays on the last line, so the
	// list above it gets the rest of the height.
	rows := make([]string, len(m.questions))
	for i, q := range m.questions {
		mark := st.Muted.Render("· ")
		if m.valid(q, m.answers[q.ID]) {
			mark = st.Good.Render("✓ ")
		}
		text := m.c.T(q.Text.Key, q.Text.Args...)
		if i == m.cursor {
			rows[i] = st.Cursor.Render("› ") + mark + st.Selected.Render(text)
		} else {
			rows[i] = "  " + mark + text
		}
	}
	avail := max(1, m.height-len(lines)-1)
	lines = append(lines, common.Window(rows, m.cursor, avail)...)
	lines = append(lines, st.Accent.Render(m.answerLine()))
	return common.Fit(strings.Join(lines, "\n"), m.width, m.height)
}

func (m *Model) answerLine() string {
	q := m.questions[m.cursor]
	a := m.answers[q.ID]
	if !m.valid(q, a) {
		return m.c.T("inventory_ui.habits.unanswered")
	}
	for _, o := range q.Options {
		if o.ID == a {
			return m.c.T("inventory_ui.habits.answer", m.c.T(o.Text.Key, o.Text.Args...))
		}
	}
	return ""
}
