package lessons

import (
	"testing"

	"github.com/footprint-audit/footprint/content/i18n"
)

// The design's budget is 2 ms for any screen's View at 200x60; run with
// go test ./tui/lessons -bench View -run '^$'.
func BenchmarkView(b *testing.B) {
	t := &testing.T{}
	for _, part := range []struct {
		name string
		keys []string
	}{
		{"list", nil},
		{"reader", []string{"enter", "pgdown"}},
		{"glossary", []string{"G"}},
		{"quiz", []string{"t"}},
		{"feedback", []string{"t", "enter"}},
	} {
		f := newFake()
		someProgress(f)
		m := newModel(t, f, i18n.Chinese, 200, 56)
		keys(m, part.keys...)
		b.Run(part.name, func(b *testing.B) {
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}
