package plan

import (
	"fmt"
	"testing"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

func thousand(n int) []risk.Account {
	all := catalog.All()
	out := make([]risk.Account, n)
	for i := range out {
		e := all[i%len(all)]
		a := risk.Account{ID: fmt.Sprintf("%s-%d", e.ID, i), Name: e.Name, Category: e.Category,
			SecondFactor: risk.FactorSMS, SMSRecovery: e.SMSRecovery, Dormant: i%3 == 0, PasswordReused: i%5 == 0,
			DeletionURL: e.Deletion.URL, DeletionDifficulty: e.Deletion.Difficulty}
		for _, h := range e.Holds {
			if k, ok := checks.ParseDataKind(h); ok {
				a.Holds = append(a.Holds, k)
			}
		}
		out[i] = a
	}
	return out
}

func benchPlan(b *testing.B, key string) {
	fs := newFake(thousand(1000)...)
	m := New(common.NewCommon(i18n.Chinese, ""), fs)
	m.SetSize(200, 60)
	run(m, m.Init()())
	m.cursor = len(m.data.Actions) / 2
	if key != "" {
		run(m, press(key))
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

func BenchmarkViewPlan1000(b *testing.B)     { benchPlan(b, "") }
func BenchmarkViewDetail1000(b *testing.B)   { benchPlan(b, "enter") }
func BenchmarkViewFindings1000(b *testing.B) { benchPlan(b, "f") }
