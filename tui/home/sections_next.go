package home

import (
	"context"

	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/plan"
)

// NextCount is how many actions the dashboard suggests.
const NextCount = 3

// NextSection lists the next actions, best gain per effort first.
type NextSection struct{ dashboardSource }

// NewNextSection builds the next-actions section over s.
func NewNextSection(s DashboardStore) NextSection { return NextSection{dashboardSource{s}} }

func (s NextSection) Load(ctx context.Context) (any, error) { return s.load(ctx) }

func (NextSection) View(c *common.Common, data any, width int) string {
	d, ok := data.(Dashboard)
	if !ok || !d.Measured || len(d.Next) == 0 {
		return ""
	}
	st := c.Styles
	out := st.Heading.Render(c.T("inventory_ui.dash.next"))
	for i, a := range d.Next {
		if i == NextCount {
			break
		}
		gain := st.Accent.Render(common.PadRight(c.T("inventory_ui.plan.gain", a.Gain), 4))
		title := plan.Localize(a.Title, a.AccountIDs, c.Lang, d.NamesZh)
		out += "\n" + common.Fit(gain+" "+c.T(title.Key, title.Args...), width, 1)
	}
	return out
}
