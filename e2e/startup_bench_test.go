//go:build !windows

package e2e

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/footprint-audit/footprint/audit"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/store"
)

// seedAccounts writes a database with n inventory accounts (catalogue
// entries reused under numbered ids) and the welcome already seen.
func seedAccounts(b *testing.B, path string, n int) {
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	entries := catalog.All()
	err = db.Tx(ctx, func(h store.Handle) error {
		if err := (store.Settings{}).Set(ctx, h, store.SettingWelcomed, "1"); err != nil {
			return err
		}
		for i := range n {
			a, err := audit.FromCatalog(entries[i%len(entries)].ID)
			if err != nil {
				return err
			}
			a.ID = fmt.Sprintf("%s-%04d", a.ID, i)
			a.Dormant = i%5 == 0
			if err := (store.Accounts{}).Add(ctx, h, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// BenchmarkStartToFirstFrame starts the real binary in a pseudo-terminal
// over a database of 1,000 accounts and measures, per start, the time to the
// first frame (the tab bar drawn) and to the filled dashboard (the score
// shown). Budget: first frame under 100 ms. Reported as medians.
//
//	go test -run '^$' -bench StartToFirstFrame -benchtime 20x ./e2e
func BenchmarkStartToFirstFrame(b *testing.B) {
	env := Fresh(b)
	db := filepath.Join(env.Home, "footprint.db")
	seedAccounts(b, db, 1000)
	Binary(b)
	old := PollInterval
	PollInterval = time.Millisecond
	defer func() { PollInterval = old }()
	var first, full []time.Duration
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		term := Start(b, env, "--db", db)
		term.WaitFor("1 Home")
		first = append(first, time.Since(start))
		term.WaitFor("/100")
		full = append(full, time.Since(start))
		term.Close()
	}
	b.StopTimer()
	b.ReportMetric(float64(median(first).Microseconds())/1000, "ms-first-frame")
	b.ReportMetric(float64(median(full).Microseconds())/1000, "ms-dashboard")
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}
