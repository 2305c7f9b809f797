package habits

import (
	"testing"

	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

func benchHabits(b *testing.B, ask bool) {
	m := New(common.NewCommon(i18n.Chinese, ""), &fakeStore{answers: risk.HabitAnswers{"screen_lock": "yes"}})
	m.SetSize(200, 60)
	drive(m, m.Init()())
	if ask {
		drive(m, press("s"))
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

func BenchmarkViewList(b *testing.B) { benchHabits(b, false) }
func BenchmarkViewForm(b *testing.B) { benchHabits(b, true) }
