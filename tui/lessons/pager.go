package lessons

import (
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
)

// pager is a viewport whose content is already wrapped to its width. Its
// View only slices the visible lines: the viewport's own View restyles
// every line on each frame, which cost a 200x60 lesson over 4 ms.
type pager struct {
	viewport.Model
	lines []string
}

func newPager() pager {
	vp := viewport.New()
	vp.KeyMap.Left.SetEnabled(false)
	vp.KeyMap.Right.SetEnabled(false)
	vp.MouseWheelEnabled = true
	return pager{Model: vp}
}

func (p *pager) SetContent(s string) {
	p.lines = strings.Split(s, "\n")
	p.Model.SetContent(s)
}

func (p *pager) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.Model, cmd = p.Model.Update(msg)
	return cmd
}

func (p pager) View() string {
	start := min(max(0, p.YOffset()), len(p.lines))
	end := min(len(p.lines), start+p.Height())
	return strings.Join(p.lines[start:end], "\n")
}
