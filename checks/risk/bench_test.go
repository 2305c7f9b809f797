package risk

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkEvaluate1000 scores an inventory of 1,000 accounts with habits
// answered and some actions done, the size the home screen must handle.
func BenchmarkEvaluate1000(b *testing.B) {
	in := randomInput(rand.New(rand.NewPCG(11, 12)), 1000)
	for i := range in.Accounts {
		in.Accounts[i].ID = "svc" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
	}
	b.ReportAllocs()
	for b.Loop() {
		Evaluate(in)
	}
}
