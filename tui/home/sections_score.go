package home

import (
	"context"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/footprint-audit/footprint/tui/common"
)

// ScoreSection shows the protection score with a bar and its breakdown by
// area, each area as points kept out of its cap.
type ScoreSection struct{ dashboardSource }

// NewScoreSection builds the score section over s.
func NewScoreSection(s DashboardStore) ScoreSection { return ScoreSection{dashboardSource{s}} }

func (s ScoreSection) Load(ctx context.Context) (any, error) { return s.load(ctx) }

func (ScoreSection) View(c *common.Common, data any, width int) string {
	d, ok := data.(Dashboard)
	if !ok {
		return ""
	}
	st := c.Styles
	if !d.Measured {
		// Nothing to score yet: a score from an empty audit would be a
		// flattering guess, and the places to go below say where to start.
		return ""
	}
	head := st.Heading.Render(c.T("inventory_ui.dash.score")) + " " + scoreStyle(st, d.Score).Render(c.T("inventory_ui.dash.score_value", d.Score))
	if bw := width - common.Width(head) - 1; bw >= 6 {
		head += " " + Bar(d.Score, 100, min(bw, 20))
	}
	parts := make([]string, 0, len(d.Breakdown))
	for _, a := range d.Breakdown {
		parts = append(parts, c.T(a.Label)+" "+st.Muted.Render(c.T("inventory_ui.dash.area", a.Points, a.Max)))
	}
	return head + "\n" + strings.Join(Flow(parts, "  ", width), "\n")
}

func scoreStyle(st *common.Styles, score int) lipgloss.Style {
	switch {
	case score >= 80:
		return st.Good.Bold(true)
	case score >= 50:
		return st.Warn.Bold(true)
	}
	return st.Bad.Bold(true)
}

// Bar draws value out of total in width cells with solid and light blocks,
// readable without colour.
func Bar(value, total, width int) string {
	if width <= 0 {
		return ""
	}
	filled := 0
	if total > 0 {
		filled = max(0, min(width, (value*width+total/2)/total))
	}
	return strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
}

// Flow joins parts into lines no wider than width, never splitting a part.
func Flow(parts []string, sep string, width int) []string {
	var lines []string
	line := ""
	for _, p := range parts {
		switch {
		case line == "":
			line = p
		case common.Width(line)+common.Width(sep)+common.Width(p) <= width:
			line += sep + p
		default:
			lines = append(lines, line)
			line = p
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
