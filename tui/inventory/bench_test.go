package inventory

import (
	"fmt"
	"testing"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

// Thousand returns n accounts cycling through the catalogue, with a mix of
// dormant, reused and checked passwords, for benchmarks.
func thousand(n int) []Account {
	all := catalog.All()
	out := make([]Account, n)
	for i := range out {
		e := all[i%len(all)]
		a := Account{ID: fmt.Sprintf("%s-%d", e.ID, i), CatalogID: e.ID, Name: e.Name, NameZh: e.NameZh,
			Category: e.Category, SecondFactor: risk.FactorSMS, Dormant: i%3 == 0, Reused: i%5 == 0}
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

func benchView(b *testing.B, prepare func(m *Model)) {
	fs := &fakeStore{accounts: thousand(1000)}
	m := New(common.NewCommon(i18n.Chinese, ""), fs)
	m.SetSize(200, 60)
	run(m, m.Init()())
	prepare(m)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

func BenchmarkViewList1000(b *testing.B) {
	benchView(b, func(m *Model) {
		for i := 0; i < 500; i++ {
			m.cursor++
		}
	})
}

func BenchmarkViewEditor1000(b *testing.B) {
	benchView(b, func(m *Model) { run(m, press("enter")) })
}

func BenchmarkViewChecklist(b *testing.B) {
	benchView(b, func(m *Model) { run(m, press("p")) })
}

// The first frame after loading builds the name column and the styled
// words; this measures it with nothing cached.
func BenchmarkFirstViewList1000(b *testing.B) {
	fs := &fakeStore{accounts: thousand(1000)}
	m := New(common.NewCommon(i18n.Chinese, ""), fs)
	m.SetSize(200, 60)
	run(m, m.Init()())
	b.ReportAllocs()
	for b.Loop() {
		m.names, m.frags = nil, nil
		_ = m.View()
	}
}
