package exposure

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/tui/common"
)

// colLabel is the width of a column's label; a column is one gap more.
const (
	colLabel = 4
	colWidth = colLabel + 1
)

var levelKeys = [...]string{"none", "held", "held_at_risk", "sensitive", "sensitive_at_risk"}

// levelStyles shade each level; the symbol already tells them apart, so
// the shade only adds emphasis.
func (m *Model) levelStyles() [5]lipgloss.Style {
	st := m.c.Styles
	return [5]lipgloss.Style{st.Muted, st.Text, st.Warn, st.Warn.Bold(true), st.Bad.Bold(true)}
}

func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.c.Styles
	if !m.loaded {
		return st.Muted.Render(m.c.T("app.loading"))
	}
	title := st.Title.Render(m.c.T("inventory_ui.map.heading", len(m.rows)))
	if len(m.rows) == 0 {
		return common.Fit(title+"\n"+st.Empty.Render(common.Wrap(m.c.T("inventory_ui.map.empty"), m.width)), m.width, m.height)
	}
	legend := m.legend()
	if m.showLegend {
		return common.Fit(title+"\n"+strings.Join(legend, "\n"), m.width, m.height)
	}
	nw, first, ncols := m.columns()
	// title, two header rows and the detail line surround the grid; the
	// legend follows when there is room for a few rows as well.
	avail := m.height - 4 - len(legend)
	if avail < 3 {
		legend = []string{st.Muted.Render(m.c.T("inventory_ui.map.legend_hint"))}
		avail = m.height - 5
	}
	avail = max(1, avail)
	if first > 0 || first+ncols < len(checks.AllDataKinds) {
		title += st.Muted.Render(" " + m.c.T("inventory_ui.map.columns", first+1, first+ncols, len(checks.AllDataKinds)))
	}
	lines := make([]string, 0, m.height)
	lines = append(lines, title)
	lines = append(lines, m.header(nw, first, ncols)...)
	start := 0
	if m.cur >= avail {
		start = m.cur - avail + 1
	}
	styles := m.levelStyles()
	var cells [5]string
	for lv := range cells {
		cells[lv] = " " + styles[lv].Render(" "+Symbols[lv]+"  ")
	}
	var b strings.Builder
	for i := start; i < len(m.rows) && i < start+avail; i++ {
		r := m.rows[i]
		b.Reset()
		name := cell(r.acc.DisplayName(m.c.Lang), nw)
		if i == m.cur {
			b.WriteString(st.Cursor.Render("› ") + st.Selected.Render(name))
		} else {
			b.WriteString("  " + name)
		}
		for j := first; j < first+ncols; j++ {
			if i == m.cur && j == m.col {
				b.WriteString(" " + st.Selected.Render(" "+Symbols[r.cells[j]]+"  "))
				continue
			}
			b.WriteString(cells[r.cells[j]])
		}
		lines = append(lines, b.String())
	}
	lines = append(lines, m.detail())
	lines = append(lines, legend...)
	return common.Fit(strings.Join(lines, "\n"), m.width, m.height)
}

// columns returns the name column's width and the run of kind columns
// that fit, scrolled so the focused kind is among them.
func (m *Model) columns() (nw, first, n int) {
	nw = 0
	for _, r := range m.rows {
		nw = max(nw, common.Width(r.acc.DisplayName(m.c.Lang)))
		if nw >= 16 {
			break
		}
	}
	nw = max(4, min(nw, 16, m.width/4))
	total := len(checks.AllDataKinds)
	n = max(1, min(total, (m.width-2-nw)/colWidth))
	first = 0
	if m.col >= n {
		first = m.col - n + 1
	}
	return nw, first, n
}

func (m *Model) header(nw, first, n int) []string {
	st := m.c.Styles
	var labels, marks strings.Builder
	labels.WriteString(strings.Repeat(" ", nw+2))
	// The row's caption goes in the name column only when it fits there;
	// the legend explains "!" anyway.
	caption := m.c.T("inventory_ui.map.sensitive_row")
	if common.Width(caption) > nw+1 {
		caption = ""
	}
	marks.WriteString(common.PadRight(st.Muted.Render(caption), nw+2))
	for j := first; j < first+n; j++ {
		k := checks.AllDataKinds[j]
		l := cell(m.c.T("inventory_ui.kind_short."+string(k)), colLabel)
		if j == m.col {
			l = st.Heading.Underline(true).Render(l)
		}
		labels.WriteString(" " + l)
		mark := "    "
		if k.Sensitive() {
			mark = st.Warn.Render(" !  ")
		}
		marks.WriteString(" " + mark)
	}
	return []string{labels.String(), marks.String()}
}

// detail says in words what the focused cell means.
func (m *Model) detail() string {
	st := m.c.Styles
	r := m.rows[m.cur]
	k := checks.AllDataKinds[m.col]
	lv := r.cells[m.col]
	text := r.acc.DisplayName(m.c.Lang) + " · " + m.c.T("inventory_ui.kind."+string(k)) + m.c.T("inventory_ui.label_sep") +
		m.c.T("inventory_ui.map.level."+levelKeys[lv])
	if lv == HeldAtRisk || lv == SensitiveAtRisk {
		text += " (" + m.reasons(r) + ")"
	}
	return st.Accent.Render(text)
}

func (m *Model) reasons(r row) string {
	var rs []string
	a := r.acc
	if a.Dormant {
		rs = append(rs, m.c.T("inventory_ui.dormant_short"))
	}
	if a.Verdict.Checked && a.Verdict.Score <= 2 {
		rs = append(rs, m.c.T("inventory_ui.pw.weak"))
	}
	if a.Reused {
		rs = append(rs, m.c.T("inventory_ui.reused_short"))
	}
	return strings.Join(rs, m.c.T("inventory_ui.list_sep"))
}

// legend lists each symbol with its meaning, wrapped between entries so
// no entry is split across lines.
func (m *Model) legend() []string {
	styles := m.levelStyles()
	parts := make([]string, 0, 6)
	for lv, k := range levelKeys {
		parts = append(parts, styles[lv].Render(Symbols[lv])+" "+m.c.T("inventory_ui.map.level."+k))
	}
	parts = append(parts, m.c.Styles.Warn.Render("!")+" "+m.c.T("inventory_ui.map.sensitive_kind"))
	var lines []string
	line := ""
	for _, p := range parts {
		switch {
		case line == "":
			line = p
		case common.Width(line)+3+common.Width(p) <= m.width:
			line += "   " + p
		default:
			lines = append(lines, line)
			line = p
		}
	}
	return append(lines, line)
}

func cell(s string, w int) string { return common.PadRight(common.Fit(s, w, 1), w) }
