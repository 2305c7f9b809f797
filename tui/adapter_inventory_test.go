package tui

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/inventory"
)

func openAdapter(t *testing.T) *Adapter {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "footprint.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &Adapter{DB: db}
}

func findAccount(t *testing.T, as []inventory.Account, id string) inventory.Account {
	t.Helper()
	i := slices.IndexFunc(as, func(a inventory.Account) bool { return a.ID == id })
	if i < 0 {
		t.Fatalf("no %s in %+v", id, as)
	}
	return as[i]
}

// The newcomer's path through the adapter on a real file: add, refine,
// plan, mark the best step done, and see the score rise.
func TestAdapterInventoryPlanAndDashboard(t *testing.T) {
	ctx := context.Background()
	a := openAdapter(t)
	for _, id := range []string{"wechat", "alipay", "weibo"} {
		if err := a.AddFromCatalog(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	custom, err := a.AddCustom(ctx, "Gym 健身房")
	if err != nil {
		t.Fatal(err)
	}
	if err := a.PutVerdict(ctx, store.Verdict{Account: "alipay", Score: 1, CheckedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	as, err := a.Inventory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 4 || !findAccount(t, as, custom).Custom() || findAccount(t, as, "wechat").NameZh != "微信" {
		t.Fatalf("inventory %+v", as)
	}
	if v := findAccount(t, as, "alipay").Verdict; !v.Checked || v.Score != 1 {
		t.Errorf("verdict not attached: %+v", v)
	}

	weibo := findAccount(t, as, "weibo")
	weibo.Dormant = true
	weibo.Holds = append(weibo.Holds, checks.Face)
	weibo.Note = "old account"
	if err := a.UpdateAccount(ctx, weibo); err != nil {
		t.Fatal(err)
	}
	as, _ = a.Inventory(ctx)
	if got := findAccount(t, as, "weibo"); !got.Dormant || !got.HoldsKind(checks.Face) || got.Note != "old account" {
		t.Errorf("update lost: %+v", got)
	}

	d, err := a.Dashboard(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Measured || d.Accounts != 4 || d.PasswordsChecked != 1 || len(d.Next) != 3 || len(d.History) == 0 {
		t.Errorf("dashboard %+v", d)
	}
	p, err := a.Plan(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(p.Findings, func(f risk.Finding) bool { return f.Rule == "takeover-chain" }) {
		t.Error("no takeover chain for Alipay")
	}
	for _, act := range p.Actions {
		if act.Kind == risk.KindDeleteDormant {
			if p.Difficulty[act.ID] == "" || act.URL == "" {
				t.Errorf("deleting Weibo has no difficulty or link: %q %q", p.Difficulty[act.ID], act.URL)
			}
		}
	}
	best := p.Actions[0]
	if err := a.SetDone(ctx, best.ID); err != nil {
		t.Fatal(err)
	}
	after, _ := a.Plan(ctx)
	if after.Score <= p.Score || after.DoneAt[best.ID].IsZero() {
		t.Errorf("score %d → %d, done at %v", p.Score, after.Score, after.DoneAt[best.ID])
	}
	d2, _ := a.Dashboard(ctx)
	if d2.Score != after.Score || d2.History[len(d2.History)-1] != after.Score || d2.ActionsDone != 1 {
		t.Errorf("the dashboard does not show the rise: %+v", d2)
	}
	if err := a.Reopen(ctx, best.ID); err != nil {
		t.Fatal(err)
	}
	if err := a.SetSkipped(ctx, best.ID); err != nil {
		t.Fatal(err)
	}
}

func TestAdapterDeleteUndoAndHabits(t *testing.T) {
	ctx := context.Background()
	a := openAdapter(t)
	if _, err := a.UndoDelete(ctx); !errors.Is(err, inventory.ErrNothingToUndo) {
		t.Errorf("undo with nothing deleted: %v", err)
	}
	if err := a.AddFromCatalog(ctx, "weibo"); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteAccount(ctx, "weibo"); err != nil {
		t.Fatal(err)
	}
	if as, _ := a.Inventory(ctx); len(as) != 0 {
		t.Fatalf("delete left %v", as)
	}
	if id, err := a.UndoDelete(ctx); err != nil || id != "weibo" {
		t.Fatalf("undo: %q %v", id, err)
	}
	q := risk.Questions()[0]
	if err := a.SaveHabit(ctx, q.ID, q.Options[1].ID); err != nil {
		t.Fatal(err)
	}
	if err := a.SaveHabit(ctx, q.ID, "no-such-answer"); err == nil {
		t.Error("an unknown answer was saved")
	}
	h, err := a.Habits(ctx)
	if err != nil || h[q.ID] != q.Options[1].ID {
		t.Errorf("habits %v %v", h, err)
	}
}
