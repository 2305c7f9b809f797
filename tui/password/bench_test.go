package password

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/content/i18n"
)

// BenchmarkPaste1MB is the UI side of a huge paste: bounding it and the
// input's update, without the scoring, which runs in a command.
func BenchmarkPaste1MB(b *testing.B) {
	big := strings.Repeat("Tr0ub4dour&3 ", 1<<20/13)
	m := New(newCommonForBench(), &fakeStore{}, Options{})
	m.SetSize(80, 24)
	m.mode = modeTyping
	m.input.Focus()
	b.ReportAllocs()
	for b.Loop() {
		m.input.Reset()
		m.value = ""
		m.inflight = true // keep the scoring command out of the measure
		m.Update(tea.PasteMsg{Content: big})
	}
}

// BenchmarkView200x60 measures a full verdict frame at a large size; the
// budget for any screen's View is 2 ms.
func BenchmarkView200x60(b *testing.B) {
	m := newModel(b, &fakeStore{}, i18n.Chinese, Options{})
	typeIn(m, "zhangwei-1990-0517-qwerty")
	send(m, press("enter"))
	m.SetSize(200, 60)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}
