package lessons

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"

	"github.com/footprint-audit/footprint/tui/common"
)

// maxReadWidth keeps lines short enough to read on a wide terminal.
const maxReadWidth = 100

// renderKey is everything a rendered lesson depends on; a result whose key
// is no longer the wanted one is thrown away.
type renderKey struct {
	id, lang string
	width    int
	dark     bool
}

type renderedMsg struct {
	key renderKey
	out string
	err error
}

// resizedMsg says the window changed size while a lesson may be showing.
type resizedMsg struct{}

type reader struct {
	id      string
	vp      pager
	want    renderKey // the last render asked for
	have    renderKey // what the viewport holds
	ready   bool
	marking bool
	resized chan struct{}
}

func newReader() reader {
	vp := newPager()
	return reader{vp: vp, resized: make(chan struct{}, 1)}
}

// signalResize is called from SetSize, which cannot return a command: a
// long-lived command waiting on the channel turns it into a message, so the
// lesson is rendered again at the new width in the background.
func (r *reader) signalResize() {
	select {
	case r.resized <- struct{}{}:
	default:
	}
}

func (m *Model) waitResize() tea.Cmd {
	ch := m.reader.resized
	return common.To(ID, func() tea.Msg {
		<-ch
		return resizedMsg{}
	})
}

func (m *Model) readerWidth() int { return max(10, min(m.width, maxReadWidth)) }

func (m *Model) openReader(id string) tea.Cmd {
	m.mode = modeReader
	if m.reader.id != id {
		m.reader.id = id
		m.reader.ready = false
		m.reader.vp.SetContent("")
	}
	m.reader.vp.GotoTop()
	m.layoutReader()
	return m.requestRender()
}

func (m *Model) layoutReader() {
	m.reader.vp.SetWidth(m.width)
	m.reader.vp.SetHeight(max(1, m.height-2))
}

// requestRender asks for the open lesson at the current width, language
// and background, unless that is already on its way or shown.
func (m *Model) requestRender() tea.Cmd {
	if m.reader.id == "" {
		return nil
	}
	t, ok := m.lesson(m.reader.id)
	if !ok {
		return nil
	}
	k := renderKey{id: m.reader.id, lang: string(m.c.Lang), width: m.readerWidth(), dark: m.c.Styles.IsDark}
	if k == m.reader.want {
		return nil
	}
	m.reader.want = k
	body := unwrapLists(t.Body)
	return common.To(ID, func() tea.Msg {
		out, err := render(body, k.width, k.dark)
		return renderedMsg{key: k, out: out, err: err}
	})
}

// render draws lesson Markdown with Glamour. Bubble Tea later downsamples
// its colours to what the terminal has, and strips them under NO_COLOR.
func render(md string, width int, dark bool) (string, error) {
	style := "light"
	if dark {
		style = "dark"
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(width))
	if err != nil {
		return "", err
	}
	out, err := r.Render(md)
	return strings.Trim(out, "\n"), err
}

func (m *Model) rendered(msg renderedMsg) tea.Cmd {
	if msg.key != m.reader.want {
		return nil
	}
	if msg.err != nil {
		return common.Fail(m.c.T("lessons.error.content"), msg.err)
	}
	// Keep the reader at the same place in the text across a resize.
	frac := 0.0
	if m.reader.ready && m.reader.have.id == msg.key.id {
		frac = m.reader.vp.ScrollPercent()
	}
	m.reader.have, m.reader.ready = msg.key, true
	m.layoutReader()
	m.reader.vp.SetContent(msg.out)
	if frac > 0 {
		m.reader.vp.SetYOffset(int(frac*float64(m.reader.vp.TotalLineCount()-m.reader.vp.Height()) + 0.5))
	}
	return m.markIfAtEnd()
}

// markIfAtEnd records the lesson as read once its last line has been on
// screen.
func (m *Model) markIfAtEnd() tea.Cmd {
	id := m.reader.id
	if m.mode != modeReader || !m.reader.ready || !m.reader.vp.AtBottom() || m.reader.marking || m.progress[id].Read() {
		return nil
	}
	return m.markRead(id)
}

func (m *Model) markRead(id string) tea.Cmd {
	m.reader.marking = true
	s := m.store
	return common.To(ID, func() tea.Msg {
		return markedMsg{id: id, err: s.MarkLessonRead(context.Background(), id)}
	})
}

func (m *Model) updateReader(msg tea.Msg) tea.Cmd {
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		k := m.keys()
		switch {
		case key.Matches(kp, k.Back):
			return m.toList()
		case key.Matches(kp, k.Terms):
			m.gloss.open(m.c, m.lib, m.reader.id, modeReader, m.width, m.height)
			m.mode = modeGlossary
			return nil
		case key.Matches(kp, k.Glossary):
			m.gloss.open(m.c, m.lib, "", modeReader, m.width, m.height)
			m.mode = modeGlossary
			return nil
		case key.Matches(kp, k.Quiz):
			return m.startQuiz(m.reader.id, false)
		case key.Matches(kp, k.MarkRead):
			if !m.progress[m.reader.id].Read() && !m.reader.marking {
				return m.markRead(m.reader.id)
			}
			return nil
		}
	}
	cmd := m.reader.vp.Update(msg)
	return tea.Batch(cmd, m.markIfAtEnd())
}

func (m *Model) readerView() string {
	st, w := m.c.Styles, m.width
	t, _ := m.lesson(m.reader.id)
	l, _ := m.lib.Lesson(m.reader.id)
	head := st.Title.Render(common.Fit(t.Title, w, 1))
	if !m.reader.ready {
		return head + "\n" + st.Muted.Render(m.c.T("lessons.reader.rendering"))
	}
	pct := int(m.reader.vp.ScrollPercent()*100 + 0.5)
	foot := []string{m.c.T("lessons.reader.position", pct, l.Minutes)}
	if m.progress[m.reader.id].Read() {
		foot = append(foot, m.c.T("lessons.reader.is_read"))
	}
	if m.reader.vp.AtBottom() {
		foot = append(foot, m.c.T("lessons.reader.end"))
	}
	return head + "\n" + m.reader.vp.View() + "\n" + st.Muted.Render(common.Fit(strings.Join(foot, " · "), w, 1))
}
