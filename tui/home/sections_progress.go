package home

import (
	"context"

	"github.com/footprint-audit/footprint/tui/common"
)

// InventoryGoal is the number of services that counts as a useful first
// inventory: most people hold ten or more accounts that matter.
const InventoryGoal = 10

// ProgressSection shows progress bars: inventory, passwords checked,
// actions done, habits answered and lessons read.
type ProgressSection struct{ dashboardSource }

// NewProgressSection builds the progress section over s.
func NewProgressSection(s DashboardStore) ProgressSection {
	return ProgressSection{dashboardSource{s}}
}

func (s ProgressSection) Load(ctx context.Context) (any, error) { return s.load(ctx) }

func (ProgressSection) View(c *common.Common, data any, width int) string {
	d, ok := data.(Dashboard)
	if !ok || !d.Measured {
		return ""
	}
	type bar struct {
		label       string
		value, goal int
		count       string
	}
	bars := []bar{
		{c.T("inventory_ui.dash.bar.inventory"), min(d.Accounts, InventoryGoal), InventoryGoal, c.T("inventory_ui.dash.services", d.Accounts)},
		{c.T("inventory_ui.dash.bar.passwords"), d.PasswordsChecked, d.Accounts, c.T("inventory_ui.dash.of", d.PasswordsChecked, d.Accounts)},
		{c.T("inventory_ui.dash.bar.actions"), d.ActionsDone, d.ActionsTotal, c.T("inventory_ui.dash.of", d.ActionsDone, d.ActionsTotal)},
		{c.T("inventory_ui.dash.bar.habits"), d.HabitsAnswered, d.HabitsTotal, c.T("inventory_ui.dash.of", d.HabitsAnswered, d.HabitsTotal)},
	}
	lw, cw := 0, 0
	for _, b := range bars {
		lw = max(lw, common.Width(b.label))
		cw = max(cw, common.Width(b.count))
	}
	bw := min(20, width-lw-cw-4)
	out := ""
	for i, b := range bars {
		line := common.PadRight(b.label, lw) + "  "
		if bw >= 4 {
			line += Bar(b.value, b.goal, bw) + " "
		}
		line += c.Styles.Muted.Render(b.count)
		if i > 0 {
			out += "\n"
		}
		out += line
	}
	return out
}
