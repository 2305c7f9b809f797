package home

import (
	"fmt"
	"testing"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

// The dashboard of a 1,000-account audit: the sections only show totals
// and three actions, so the frame should not grow with the inventory.
func BenchmarkViewDashboard1000(b *testing.B) {
	var as []risk.Account
	for i := 0; i < 1000; i++ {
		as = append(as, risk.Account{ID: fmt.Sprint("s", i), Name: fmt.Sprint("Service ", i), Category: "payment",
			SMSRecovery: "yes", SecondFactor: risk.FactorSMS, Dormant: i%3 == 0,
			Holds: []checks.DataKind{checks.Phone, checks.Payment, checks.Face}})
	}
	a := risk.Evaluate(risk.Input{Accounts: as})
	hist := make([]int, 120)
	for i := range hist {
		hist[i] = i % 100
	}
	d := Dashboard{Score: a.Score, Breakdown: a.Breakdown, Measured: true, Accounts: 1000, ActionsTotal: len(a.Actions),
		HabitsTotal: 15, Next: a.Next(NextCount), History: hist}
	c := common.NewCommon(i18n.Chinese, "")
	targets := []common.ScreenInfo{{ID: "settings", TitleKey: "settings.title", BlurbKey: "settings.blurb"}}
	m := New(c, &fakeStore{welcomed: true}, targets, sections(&fakeDashboard{d: d})...)
	m.SetSize(200, 56)
	deliver(m, m.Init())
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}
