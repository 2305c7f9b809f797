package home

import (
	"context"
	"strings"

	"github.com/footprint-audit/footprint/tui/common"
)

// HistorySection draws the score over time as a sparkline.
type HistorySection struct{ dashboardSource }

// NewHistorySection builds the history section over s.
func NewHistorySection(s DashboardStore) HistorySection { return HistorySection{dashboardSource{s}} }

func (s HistorySection) Load(ctx context.Context) (any, error) { return s.load(ctx) }

func (HistorySection) View(c *common.Common, data any, width int) string {
	d, ok := data.(Dashboard)
	if !ok || !d.Measured || len(d.History) < 2 {
		return ""
	}
	label := c.T("inventory_ui.dash.history") + " "
	first, last := d.History[0], d.History[len(d.History)-1]
	tail := " " + c.Styles.Muted.Render(c.T("inventory_ui.dash.history_range", first, last))
	n := width - common.Width(label) - common.Width(tail)
	if n < 4 {
		return ""
	}
	return label + c.Styles.Accent.Render(Sparkline(d.History, n)) + tail
}

var sparks = []rune("▁▂▃▄▅▆▇█")

// Sparkline draws the last width values on the 0–100 scale of the score,
// so a rise of ten points always looks the same.
func Sparkline(values []int, width int) string {
	if len(values) > width {
		values = values[len(values)-width:]
	}
	var b strings.Builder
	for _, v := range values {
		v = max(0, min(100, v))
		b.WriteRune(sparks[v*(len(sparks)-1)/100])
	}
	return b.String()
}
