package lessons

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
)

// compactBelow is the width under which the list shows short statuses.
const compactBelow = 70

func (m *Model) updateList(msg tea.Msg) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	all := m.all()
	if len(all) == 0 {
		return nil
	}
	k := m.keys()
	switch {
	case key.Matches(kp, k.Up):
		m.cursor = (m.cursor + len(all) - 1) % len(all)
	case key.Matches(kp, k.Down):
		m.cursor = (m.cursor + 1) % len(all)
	case key.Matches(kp, k.Read):
		return m.openReader(all[m.cursor].ID)
	case key.Matches(kp, k.Quiz):
		return m.startQuiz(all[m.cursor].ID, false)
	case key.Matches(kp, k.Review):
		return m.startQuiz(all[m.cursor].ID, true)
	case key.Matches(kp, k.Glossary):
		m.gloss.open(m.c, m.lib, "", modeList, m.width, m.height)
		m.mode = modeGlossary
	}
	return nil
}

// status is the progress of one lesson in words, short or long.
func (m *Model) status(p store.LessonProgress, short bool) string {
	st := m.c.Styles
	sfx := ""
	if short {
		sfx = "_short"
	}
	switch p.Status() {
	case store.LessonPassed:
		return st.Good.Render(m.c.T("lessons.status.passed"+sfx, p.BestScore))
	case store.LessonTried:
		if short {
			return st.Warn.Render(m.c.T("lessons.status.tried_short", p.BestScore))
		}
		return st.Warn.Render(m.c.T("lessons.status.tried", p.BestScore, len(p.Review)))
	case store.LessonRead:
		return st.Text.Render(m.c.T("lessons.status.read"))
	}
	return st.Muted.Render(m.c.T("lessons.status.not_started" + sfx))
}

func (m *Model) listView() string {
	st, w := m.c.Styles, m.width
	all := m.all()
	if !m.loaded {
		return st.Muted.Render(m.c.T("app.loading"))
	}
	var head []string
	head = append(head, st.Title.Render(m.c.T("lessons.heading"))+st.Muted.Render(" · "+m.c.T("lessons.summary", Passed(all, m.progress), len(all))))
	if next := Recommend(all, m.progress, m.planned); next != "" {
		l, _ := m.lib.Lesson(next)
		t, _ := m.lesson(next)
		head = append(head, st.Accent.Render(m.c.T("lessons.next", fmt.Sprintf("%d %s", l.Order, t.Title))))
	} else {
		head = append(head, st.Good.Render(m.c.T("lessons.all_passed")))
	}
	var planned []string
	for _, id := range m.planned {
		if l, ok := m.lib.Lesson(id); ok {
			planned = append(planned, fmt.Sprint(l.Order))
		}
	}
	if len(planned) > 0 {
		head = append(head, st.Muted.Render(m.c.T("lessons.from_plan", strings.Join(planned, ", "))))
	}

	short := w < compactBelow
	statusW := 0
	statuses := make([]string, len(all))
	for i, l := range all {
		statuses[i] = m.status(m.progress[l.ID], short)
		statusW = max(statusW, common.Width(statuses[i]))
	}
	const lead = 7 // cursor, plan mark, two-digit number and a space
	titleW := max(4, w-lead-2-statusW)
	rows := make([]string, len(all))
	for i, l := range all {
		t, _ := m.lesson(l.ID)
		cursor, mark := "  ", "  "
		if i == m.cursor {
			cursor = st.Cursor.Render("› ")
		}
		if slices.Contains(m.planned, l.ID) {
			mark = st.Accent.Render("◆ ")
		}
		title := common.PadRight(common.Fit(t.Title, titleW, 1), titleW)
		if i == m.cursor {
			title = st.Selected.Render(title)
		}
		rows[i] = cursor + mark + fmt.Sprintf("%2d ", l.Order) + title + "  " + statuses[i]
	}

	var about []string
	if t, ok := m.lesson(all[m.cursor].ID); ok {
		about = strings.Split(st.Muted.Render(common.Wrap(m.c.T("lessons.about", t.Summary, all[m.cursor].Minutes), w)), "\n")
	}
	// Room for the list first; the selected lesson's summary and the blank
	// separators only when they fit.
	gap := []string{""}
	if m.height-len(head)-len(rows)-len(about)-2 < 0 && m.height-len(head)-len(about)-2 < 5 {
		about = nil
	}
	if m.height-len(head)-len(about)-len(gap)*2 < 4 {
		gap = nil
	}
	rowsH := m.height - len(head) - len(gap) - len(about)
	if len(about) > 0 {
		rowsH -= len(gap)
	}
	out := append(head, gap...)
	out = append(out, common.Window(rows, m.cursor, rowsH)...)
	if len(about) > 0 {
		out = append(out, gap...)
		out = append(out, about...)
	}
	return strings.Join(out, "\n")
}
