package audit

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
)

func openDB(tb testing.TB) *store.DB {
	tb.Helper()
	db, err := store.Open(context.Background(), filepath.Join(tb.TempDir(), "footprint.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// fixedClock makes dates in the store predictable.
func fixedClock(t *testing.T, at time.Time) {
	old := now
	now = func() time.Time { return at }
	t.Cleanup(func() { now = old })
}

// addFromCatalog adds id, then lets edit change it, as a screen would.
func addFromCatalog(t *testing.T, db *store.DB, id string, edit func(*store.Account)) {
	t.Helper()
	ctx := context.Background()
	a, err := AddFromCatalog(ctx, db, id)
	if err != nil {
		t.Fatal(err)
	}
	edit(&a)
	if err := (store.Accounts{}).Update(ctx, db, a); err != nil {
		t.Fatal(err)
	}
}

// workedExample builds the example of docs/scoring.md through the same
// calls the screens and commands make.
func workedExample(t *testing.T) *store.DB {
	t.Helper()
	db := openDB(t)
	ctx := context.Background()
	addFromCatalog(t, db, "wechat", func(a *store.Account) {
		a.Holds = []checks.DataKind{checks.RealName, checks.Phone, checks.Contacts, checks.Messages}
		a.RealNameVerified, a.SecondFactor = true, risk.FactorUnknown
	})
	addFromCatalog(t, db, "alipay", func(a *store.Account) {
		a.Holds = []checks.DataKind{checks.RealName, checks.IDNumber, checks.Phone, checks.Payment}
		a.RealNameVerified, a.SecondFactor = true, risk.FactorSMS
	})
	addFromCatalog(t, db, "weibo", func(a *store.Account) {
		a.Holds = []checks.DataKind{checks.Phone, checks.Photos, checks.Face}
		a.Dormant, a.SecondFactor, a.PasswordReused, a.RealNameVerified = true, risk.FactorNone, true, false
	})
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for id, score := range map[string]int{"wechat": 3, "alipay": 4, "weibo": 2} {
		if err := (store.Verdicts{}).Put(ctx, db, store.Verdict{Account: id, Score: score, CheckedAt: at}); err != nil {
			t.Fatal(err)
		}
	}
	for q, a := range map[string]string{"password_manager": "no", "share_sms_codes": "never", "screen_lock": "yes"} {
		if err := SaveHabit(ctx, db, q, a); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func TestAssessWorkedExample(t *testing.T) {
	fixedClock(t, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	db := workedExample(t)
	ctx := context.Background()
	r, err := Assess(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if r.Score != 64 {
		t.Errorf("score %d, want 64 as in docs/scoring.md", r.Score)
	}
	if !slices.ContainsFunc(r.Findings, func(f risk.Finding) bool { return f.InstanceID == "FP-TKO-001:alipay" }) {
		t.Error("no takeover chain on Alipay")
	}
	if first := r.Next(1); len(first) != 1 || first[0].ID != "delete-dormant:weibo" || first[0].Gain != 18 {
		t.Errorf("first action %+v", first)
	}
	want := Progress{Accounts: 3, PasswordsChecked: 3, ActionsDone: 0, ActionsTotal: len(r.Actions),
		HabitsAnswered: 3, HabitsTotal: len(risk.Questions())}
	if r.Progress != want {
		t.Errorf("progress %+v, want %+v", r.Progress, want)
	}
	if len(r.History) != 1 || r.History[0].Score != 64 || len(r.History[0].Breakdown) != len(r.Breakdown) {
		t.Errorf("history %+v", r.History)
	}

	// The same state again adds no snapshot.
	if r, _ = Assess(ctx, db); len(r.History) != 1 {
		t.Errorf("unchanged score recorded again: %d snapshots", len(r.History))
	}

	chain, _ := r.Action("break-takeover-chain:alipay")
	if err := SetDone(ctx, db, chain.ID); err != nil {
		t.Fatal(err)
	}
	r2, err := Assess(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if r2.Score != r.Score+chain.Gain || r2.Score != 74 {
		t.Errorf("after the chain is broken: %d, want %d+%d = 74", r2.Score, r.Score, chain.Gain)
	}
	if got := r2.States[chain.ID]; got.State != risk.Done || !got.At.Equal(now()) {
		t.Errorf("state %+v", got)
	}
	if r2.Progress.ActionsDone != 1 {
		t.Errorf("actions done %d", r2.Progress.ActionsDone)
	}
	var scores []int
	for _, s := range r2.History {
		scores = append(scores, s.Score)
	}
	if !reflect.DeepEqual(scores, []int{64, 74}) {
		t.Errorf("history %v", scores)
	}

	// Reopening gives the points back to the plan, and skipping keeps the score.
	if err := Reopen(ctx, db, chain.ID); err != nil {
		t.Fatal(err)
	}
	if err := SetSkipped(ctx, db, chain.ID, "  I only use it for transfers \x00"); err != nil {
		t.Fatal(err)
	}
	r3, _ := Assess(ctx, db)
	if r3.Score != 64 || r3.States[chain.ID].State != risk.Skipped || r3.States[chain.ID].Reason != "I only use it for transfers" {
		t.Errorf("skipped: score %d, state %+v", r3.Score, r3.States[chain.ID])
	}
}

func TestItemsCarryCatalogueAndVerdict(t *testing.T) {
	db := workedExample(t)
	ctx := context.Background()
	if _, err := AddCustom(ctx, db, "My Gym", "health", []checks.DataKind{checks.Health}); err != nil {
		t.Fatal(err)
	}
	r, err := Assess(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	wechat, ok := r.Item("wechat")
	if !ok || !wechat.InCatalog || wechat.Verdict == nil || wechat.Verdict.Score != 3 {
		t.Fatalf("wechat %+v", wechat)
	}
	if wechat.DisplayName(i18n.Chinese) != "微信" || wechat.DisplayName(i18n.English) != "WeChat" || wechat.Category() != "messaging" {
		t.Errorf("wechat shows as %q / %q in %q", wechat.DisplayName(i18n.Chinese), wechat.DisplayName(i18n.English), wechat.Category())
	}
	gym, ok := r.Item("custom-my-gym")
	if !ok || gym.InCatalog || gym.Verdict != nil || gym.DisplayName(i18n.Chinese) != "My Gym" || gym.Category() != "health" {
		t.Errorf("custom %+v", gym)
	}
	if r.Progress.PasswordsChecked != 3 || r.Progress.Accounts != 4 {
		t.Errorf("progress %+v", r.Progress)
	}
	if fs := r.FindingsFor("custom-my-gym"); !slices.ContainsFunc(fs, func(f risk.Finding) bool { return f.ID == "FP-PWD-002" }) {
		t.Errorf("an unchecked password gives no finding: %+v", fs)
	}
	if _, ok := r.Item("nope"); ok {
		t.Error("found an account that does not exist")
	}
}

func TestBreachedOrReusedVerdictCounts(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	addFromCatalog(t, db, "weibo", func(a *store.Account) { a.PasswordReused = false })
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	if err := (store.Verdicts{}).Put(ctx, db, store.Verdict{Account: "weibo", Score: 4, Flags: []string{store.FlagBreached, store.FlagReused}, CheckedAt: at}); err != nil {
		t.Fatal(err)
	}
	r, err := Assess(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	fs := r.FindingsFor("weibo")
	for _, id := range []string{"FP-PWD-001", "FP-PWD-003"} {
		if !slices.ContainsFunc(fs, func(f risk.Finding) bool { return f.ID == id }) {
			t.Errorf("no %s for a breached password reused in the same sitting", id)
		}
	}
}

func TestAddFromCatalog(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	a, err := AddFromCatalog(ctx, db, "alipay")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(a.Holds, checks.Payment) || !a.RealNameVerified || a.SecondFactor != risk.FactorUnknown || a.CatalogID != "alipay" {
		t.Errorf("pre-filled %+v", a)
	}
	if _, err := AddFromCatalog(ctx, db, "alipay"); !errors.Is(err, store.ErrExists) {
		t.Errorf("second add: %v", err)
	}
	_, err = AddFromCatalog(ctx, db, "wechatt")
	var ue *UnknownServiceError
	if !errors.As(err, &ue) || !errors.Is(err, ErrUnknownService) {
		t.Fatalf("unknown id: %v", err)
	}
	if !slices.ContainsFunc(ue.Suggestions, func(e catalog.Entry) bool { return e.ID == "wechat" }) {
		t.Errorf("no WeChat among the suggestions for wechatt: %v", ue.Suggestions)
	}
	if _, err := AddFromCatalog(ctx, db, "\xff\xfe"); !errors.Is(err, ErrUnknownService) {
		t.Errorf("invalid UTF-8 id: %v", err)
	}
	if n, _ := (store.Accounts{}).Count(ctx, db); n != 1 {
		t.Errorf("%d accounts, want 1", n)
	}
}

func TestAddCustom(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	var ids []string
	for _, name := range []string{"My Gym", "my  gym!", "我的 健身房", "\x01\x02"} {
		a, err := AddCustom(ctx, db, name, "", nil)
		if name == "\x01\x02" {
			if !errors.Is(err, ErrEmptyName) {
				t.Errorf("a name of control characters: %v", err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	if want := []string{"custom-my-gym", "custom-my-gym-2", "custom-我的-健身房"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids %q, want %q", ids, want)
	}
	if _, err := AddCustom(ctx, db, "Gym", "spaceships", nil); err == nil {
		t.Error("an unknown category was accepted")
	}
}

func TestUnknownActionSuggestsNeighbours(t *testing.T) {
	db := workedExample(t)
	ctx := context.Background()
	err := SetDone(ctx, db, "delete-dormant:wiebo")
	var ue *UnknownActionError
	if !errors.As(err, &ue) || !errors.Is(err, ErrUnknownAction) {
		t.Fatalf("got %v", err)
	}
	if !slices.Contains(ue.Suggestions, "delete-dormant:weibo") {
		t.Errorf("suggestions %v", ue.Suggestions)
	}
	if states, _ := (store.PlanStates{}).List(ctx, db); len(states) != 0 {
		t.Errorf("an unknown action was stored: %+v", states)
	}
}

func TestSaveHabitValidates(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	for _, qa := range [][2]string{{"sim_pin", "maybe"}, {"favourite_colour", "blue"}, {"", ""}} {
		if err := SaveHabit(ctx, db, qa[0], qa[1]); !errors.Is(err, ErrUnknownHabit) {
			t.Errorf("%v: %v", qa, err)
		}
	}
	if err := SaveHabit(ctx, db, "sim_pin", "no"); err != nil {
		t.Fatal(err)
	}
	r, _ := Assess(ctx, db)
	if r.Progress.HabitsAnswered != 1 || r.Habits["sim_pin"] != "no" {
		t.Errorf("progress %+v habits %v", r.Progress, r.Habits)
	}
	if !slices.ContainsFunc(r.Findings, func(f risk.Finding) bool { return f.InstanceID == "FP-HAB-013:sim_pin" }) {
		t.Error("the risky answer gave no finding")
	}
}

func TestTextNamesAccountsInTheUsersLanguage(t *testing.T) {
	db := workedExample(t)
	r, err := Assess(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	chain, ok := r.Action("break-takeover-chain:alipay")
	if !ok {
		t.Fatal("no chain action")
	}
	zh, en := r.Text(i18n.Chinese, chain.Title), r.Text(i18n.English, chain.Title)
	if !strings.Contains(zh, "支付宝") || strings.Contains(zh, "Alipay") || !strings.Contains(en, "Alipay") {
		t.Errorf("zh %q, en %q", zh, en)
	}
}
