package audit

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/store"
)

// seed1000 fills a real database with 1,000 accounts built from the
// catalogue (its entries reused under numbered ids), a verdict for two in
// three, every fifth dormant, a full habits checkup and 50 actions done.
func seed1000(b *testing.B) *store.DB {
	db := openDB(b)
	ctx := context.Background()
	entries := catalog.All()
	factors := []risk.SecondFactor{risk.FactorNone, risk.FactorSMS, risk.FactorApp, risk.FactorKey, risk.FactorUnknown}
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	err := db.Tx(ctx, func(h store.Handle) error {
		for i := range 1000 {
			a, err := FromCatalog(entries[i%len(entries)].ID)
			if err != nil {
				return err
			}
			a.ID = fmt.Sprintf("%s-%04d", a.ID, i)
			a.Dormant = i%5 == 0
			a.SecondFactor = factors[i%len(factors)]
			a.PasswordReused = i%7 == 0
			if err := (store.Accounts{}).Add(ctx, h, a); err != nil {
				return err
			}
			if i%3 != 0 {
				if err := (store.Verdicts{}).Put(ctx, h, store.Verdict{Account: a.ID, Score: i % 5, CheckedAt: at}); err != nil {
					return err
				}
			}
		}
		for _, q := range risk.Questions() {
			if err := SaveHabit(ctx, h, q.ID, q.Options[len(q.Options)-1].ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	r, err := Assess(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range r.Actions[:50] {
		if err := (store.PlanStates{}).Set(ctx, db, store.ActionState{ActionID: a.ID, State: risk.Done, At: at}); err != nil {
			b.Fatal(err)
		}
	}
	return db
}

// BenchmarkAssess1000 is what `footprint plan` and `footprint score` cost
// beyond start-up: read 1,000 accounts, score them, check the snapshot.
func BenchmarkAssess1000(b *testing.B) {
	db := seed1000(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r, err := Assess(ctx, db)
		if err != nil {
			b.Fatal(err)
		}
		if r.Progress.Accounts != 1000 {
			b.Fatalf("%d accounts", r.Progress.Accounts)
		}
	}
}

// BenchmarkSetDone1000 marks an action done, which first checks the id
// against the current plan.
func BenchmarkSetDone1000(b *testing.B) {
	db := seed1000(b)
	ctx := context.Background()
	r, err := Assess(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	id := r.Next(1)[0].ID
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := SetDone(ctx, db, id); err != nil {
			b.Fatal(err)
		}
	}
}
