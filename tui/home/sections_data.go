package home

import (
	"context"
	"sync"

	"github.com/footprint-audit/footprint/checks/risk"
)

// Dashboard is what the protection-score sections show: the score and its
// breakdown, progress counts, the next actions and the score history.
type Dashboard struct {
	Score     int
	Breakdown []risk.Area
	// Measured is false until there is anything to score (no account and
	// no habit answer yet): the sections then invite instead of scoring.
	Measured         bool
	Accounts         int
	PasswordsChecked int
	ActionsDone      int
	ActionsTotal     int
	HabitsAnswered   int
	HabitsTotal      int
	Next             []risk.Action // up to three open actions, best first
	History          []int         // scores, oldest first
	// NamesZh is each account's Chinese name, for the actions' titles.
	NamesZh map[string]string
}

// DashboardStore gives the dashboard its data.
type DashboardStore interface {
	Dashboard(ctx context.Context) (Dashboard, error)
}

type memoKey struct{}

type memo struct {
	mu   sync.Mutex
	vals map[string]memoVal
}

type memoVal struct {
	v   any
	err error
}

// Memo runs fn once per dashboard load for key, so sections that show the
// same data (score, progress, next actions) share a single read.
func Memo(ctx context.Context, key string, fn func() (any, error)) (any, error) {
	m, ok := ctx.Value(memoKey{}).(*memo)
	if !ok {
		return fn()
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.vals[key]; ok {
		return v.v, v.err
	}
	v, err := fn()
	m.vals[key] = memoVal{v, err}
	return v, err
}

func withMemo(ctx context.Context) context.Context {
	return context.WithValue(ctx, memoKey{}, &memo{vals: map[string]memoVal{}})
}

// dashboardSource is shared by the score sections.
type dashboardSource struct{ store DashboardStore }

func (d dashboardSource) load(ctx context.Context) (any, error) {
	return Memo(ctx, "dashboard", func() (any, error) { return d.store.Dashboard(ctx) })
}
