package exposure

import (
	"fmt"
	"testing"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/inventory"
)

func thousand(n int) []inventory.Account {
	all := catalog.All()
	out := make([]inventory.Account, n)
	for i := range out {
		e := all[i%len(all)]
		a := inventory.Account{ID: fmt.Sprintf("%s-%d", e.ID, i), CatalogID: e.ID, Name: e.Name, NameZh: e.NameZh,
			Dormant: i%3 == 0, Reused: i%5 == 0}
		for _, h := range e.Holds {
			if k, ok := checks.ParseDataKind(h); ok {
				a.Holds = append(a.Holds, k)
			}
		}
		if i%2 == 0 {
			a.Verdict = risk.Verdict{Checked: true, Score: i % 5}
		}
		out[i] = a
	}
	return out
}

func BenchmarkViewMap1000(b *testing.B) {
	m := New(common.NewCommon(i18n.Chinese, ""), &fakeStore{accounts: thousand(1000)})
	m.SetSize(200, 60)
	run(m, m.Init()())
	m.cur = 500
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// Loading grades every cell and sorts; it runs once per change, off the
// frame, but should stay small too.
func BenchmarkLoadMap1000(b *testing.B) {
	as := thousand(1000)
	m := New(common.NewCommon(i18n.Chinese, ""), &fakeStore{})
	b.ReportAllocs()
	for b.Loop() {
		m.setAccounts(as)
	}
}
