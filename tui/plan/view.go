package plan

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/tui/common"
)

func (m *Model) msg(x checks.Message, accountIDs []string) string {
	x = Localize(x, accountIDs, m.c.Lang, m.data.NamesZh)
	return m.c.T(x.Key, x.Args...)
}

func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if !m.loaded {
		return m.c.Styles.Muted.Render(m.c.T("app.loading"))
	}
	var lines []string
	focus := 0
	switch m.view {
	case viewDetail:
		lines = m.detailView()
		focus = -1
	case viewFindings:
		lines = m.findingsView()
		focus = -1
	default:
		lines, focus = m.actionsView()
	}
	if focus < 0 {
		// Free scrolling: clamp so the last page stays full.
		m.scroll = max(0, min(m.scroll, len(lines)-m.height))
		lines = lines[m.scroll:]
		if len(lines) > m.height {
			lines = lines[:m.height]
		}
	} else {
		lines = common.Window(lines, focus, m.height)
	}
	return common.Fit(strings.Join(lines, "\n"), m.width, m.height)
}

// wrapped splits wrapped text into lines, each prefixed by indent.
func (m *Model) wrapped(s string, indent int) []string {
	out := strings.Split(common.Wrap(s, max(10, m.width-indent)), "\n")
	pad := strings.Repeat(" ", indent)
	for i := range out {
		out[i] = pad + out[i]
	}
	return out
}

func (m *Model) summaryLine() string {
	st := m.c.Styles
	open, done := m.counts()
	return st.Title.Render(m.c.T("inventory_ui.plan.score", m.data.Score)) +
		st.Muted.Render(" · "+m.c.T("inventory_ui.plan.counts", open, done))
}

// entry is one row of the action list before it is drawn: a heading
// (action < 0) or an action.
type entry struct {
	action  int
	heading risk.State
}

// actionsView draws only the rows in the window: a plan for a thousand
// accounts holds thousands of actions and translating them all would cost
// far more than a frame.
func (m *Model) actionsView() ([]string, int) {
	st := m.c.Styles
	lines := []string{m.summaryLine()}
	if len(m.data.Actions) == 0 {
		lines = append(lines, m.wrapped(st.Empty.Render(m.c.T("inventory_ui.plan.empty")), 0)...)
		return lines, 0
	}
	entries := make([]entry, 0, len(m.data.Actions)+3)
	focus := 0
	var last risk.State
	for i, a := range m.data.Actions {
		if a.State != last {
			entries = append(entries, entry{action: -1, heading: a.State})
			last = a.State
		}
		if i == m.cursor {
			focus = len(entries)
		}
		entries = append(entries, entry{action: i})
	}
	rows := max(1, m.height-1)
	start := 0
	if focus >= rows {
		start = focus - rows + 1
	}
	heading := map[risk.State]string{
		risk.Open: "inventory_ui.plan.heading.open", risk.Done: "inventory_ui.plan.heading.done",
		risk.Skipped: "inventory_ui.plan.heading.skipped",
	}
	paint := m.rowPainters()
	for j := start; j < len(entries) && j < start+rows; j++ {
		e := entries[j]
		if e.action < 0 {
			lines = append(lines, st.Heading.Render(m.c.T(heading[e.heading])))
			continue
		}
		lines = append(lines, m.actionRow(e.action, paint))
	}
	return lines, focus - start + 1
}

// rowPaint holds the painters one frame of the action list uses.
type rowPaint struct {
	good, muted, selected      func(string) string
	gainHigh, gainMid, gainLow func(string) string
}

func (m *Model) rowPainters() rowPaint {
	st := m.c.Styles
	return rowPaint{
		good: painter(st.Good), muted: painter(st.Muted), selected: painter(st.Selected),
		gainHigh: painter(gainStyle(st, 8)), gainMid: painter(gainStyle(st, 4)), gainLow: painter(gainStyle(st, 0)),
	}
}

func (p rowPaint) gain(g int) func(string) string {
	switch {
	case g >= 8:
		return p.gainHigh
	case g >= 4:
		return p.gainMid
	}
	return p.gainLow
}

func (m *Model) actionRow(i int, p rowPaint) string {
	a := m.data.Actions[i]
	var lead string
	switch a.State {
	case risk.Done:
		lead = p.good("✓ ") + p.muted(m.date(a.ID)+" ")
	case risk.Skipped:
		lead = p.muted("– ")
	default:
		lead = p.gain(a.Gain)(common.PadRight(m.c.T("inventory_ui.plan.gain", a.Gain), 4)) + " "
	}
	text := lead + m.msg(a.Title, a.AccountIDs)
	if a.State == risk.Open {
		text += p.muted(" · " + m.c.T("inventory_ui.plan.effort", a.Effort))
	}
	if i == m.cursor {
		// Plain text inside the reverse video, so the bar is even.
		return m.c.Styles.Cursor.Render("› ") + p.selected(common.Fit(ansi.Strip(text), max(1, m.width-2), 1))
	}
	return "  " + text
}

func gainStyle(st *common.Styles, gain int) lipgloss.Style {
	switch {
	case gain >= 8:
		return st.Bad.Bold(true)
	case gain >= 4:
		return st.Warn.Bold(true)
	}
	return st.Accent
}

func (m *Model) date(actionID string) string {
	t, ok := m.data.DoneAt[actionID]
	if !ok || t.IsZero() {
		return ""
	}
	return t.Local().Format("2006-01-02")
}

func (m *Model) detailView() []string {
	st := m.c.Styles
	a := m.data.Actions[m.cursor]
	lines := m.wrapped(st.Title.Render(m.msg(a.Title, a.AccountIDs)), 0)
	state := m.c.T("inventory_ui.plan.state." + string(a.State))
	if d := m.date(a.ID); d != "" {
		state += " " + d
	}
	meta := m.c.T("inventory_ui.plan.gain_points", a.Gain) + " · " + m.c.T("inventory_ui.plan.effort", a.Effort) + " · " + state
	lines = append(lines, m.wrapped(st.Muted.Render(meta), 0)...)
	lines = append(lines, st.Heading.Render(m.c.T("inventory_ui.plan.why")))
	lines = append(lines, m.wrapped(m.msg(a.Why, a.AccountIDs), 2)...)
	lines = append(lines, st.Heading.Render(m.c.T("inventory_ui.plan.how")))
	lines = append(lines, m.wrapped(m.msg(a.How, a.AccountIDs), 2)...)
	if diff, ok := m.data.Difficulty[a.ID]; ok || a.URL != "" {
		lines = append(lines, st.Heading.Render(m.c.T("inventory_ui.plan.deletion")))
		if ok {
			lines = append(lines, m.wrapped(m.c.T("catalog.difficulty."+diff), 2)...)
		}
		if a.URL != "" {
			lines = append(lines, m.wrapped(st.Accent.Render(a.URL), 2)...)
		}
	}
	if fs := m.fixes(a); len(fs) > 0 {
		lines = append(lines, st.Heading.Render(m.c.T("inventory_ui.plan.fixes")))
		for _, f := range fs {
			lines = append(lines, m.wrapped(m.findingLine(f), 2)...)
		}
	}
	return lines
}

func (m *Model) fixes(a risk.Action) []risk.Finding {
	var out []risk.Finding
	for _, id := range a.FindingIDs {
		for _, f := range m.data.Findings {
			if f.InstanceID == id {
				out = append(out, f)
			}
		}
	}
	return out
}

// severityStyle marks a severity by shade; its word says it without colour.
func severityStyle(st *common.Styles, s risk.Severity) lipgloss.Style {
	switch s {
	case risk.Critical:
		return st.Bad.Bold(true)
	case risk.High:
		return st.Bad
	case risk.Medium:
		return st.Warn
	}
	return st.Muted
}

func (m *Model) findingLine(f risk.Finding) string {
	st := m.c.Styles
	if f.Resolved {
		return st.Good.Render("✓ ") + st.Muted.Render(m.msg(f.Title, f.AccountIDs))
	}
	sev := severityStyle(st, f.Severity).Render("[" + m.c.T(f.Severity.LabelKey()) + "]")
	text := sev + " " + m.msg(f.Title, f.AccountIDs)
	if f.Points > 0 {
		text += st.Muted.Render(" " + m.c.T("inventory_ui.plan.points_lost", f.Points))
	}
	return text
}

// findingsView draws findings only until the window is full.
func (m *Model) findingsView() []string {
	st := m.c.Styles
	lines := []string{m.summaryLine(), st.Heading.Render(m.c.T("inventory_ui.plan.findings", len(m.data.Findings)))}
	for _, a := range m.data.Breakdown {
		lines = append(lines, "  "+common.PadRight(m.c.T(a.Label), 20)+" "+m.c.T("inventory_ui.plan.area_points", a.Points, a.Max))
	}
	if len(m.data.Findings) == 0 {
		return append(lines, st.Empty.Render(m.c.T("inventory_ui.plan.no_findings")))
	}
	// A long plan fills the window with findings: styling each through
	// lipgloss measured every line again and cost more than a frame.
	muted := painter(st.Muted)
	sev := map[risk.Severity]func(string) string{}
	for _, s := range []risk.Severity{risk.Info, risk.Low, risk.Medium, risk.High, risk.Critical} {
		sev[s] = painter(severityStyle(st, s))
	}
	good := painter(st.Good)
	enough := m.scroll + m.height
	width := max(10, m.width)
	for _, f := range m.data.Findings {
		if len(lines) >= enough {
			break
		}
		var title string
		if f.Resolved {
			title = good("✓ ") + muted(m.msg(f.Title, f.AccountIDs))
		} else {
			title = sev[f.Severity]("["+m.c.T(f.Severity.LabelKey())+"]") + " " + m.msg(f.Title, f.AccountIDs)
			if f.Points > 0 {
				title += muted(" " + m.c.T("inventory_ui.plan.points_lost", f.Points))
			}
		}
		lines = append(lines, strings.Split(common.Wrap(title, width), "\n")...)
		if !f.Resolved {
			for _, l := range strings.Split(common.Wrap(m.msg(f.Detail, f.AccountIDs), width-2), "\n") {
				lines = append(lines, "  "+muted(l))
			}
		}
	}
	return lines
}

// painter styles single lines like st.Render would, by reusing the codes
// it puts around a sample, without measuring every line again.
func painter(st lipgloss.Style) func(string) string {
	sample := st.Render("x")
	i := strings.Index(sample, "x")
	if i < 0 {
		return func(s string) string { return s }
	}
	pre, post := sample[:i], sample[i+1:]
	return func(s string) string { return pre + s + post }
}
