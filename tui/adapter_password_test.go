package tui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
)

func TestPasswordAdapterOnARealFile(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "footprint.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := &Adapter{DB: db}

	if got, err := a.Accounts(ctx); err != nil || len(got) != 0 {
		t.Fatalf("empty inventory: %v, %v", got, err)
	}
	if err := (store.Accounts{}).Add(ctx, db, store.Account{ID: "wechat", CatalogID: "wechat", Name: "WeChat", SecondFactor: "unknown"}); err != nil {
		t.Fatal(err)
	}
	got, err := a.Accounts(ctx)
	if err != nil || len(got) != 1 || got[0].ID != "wechat" || got[0].Name != "WeChat" {
		t.Fatalf("accounts: %+v, %v", got, err)
	}

	if p, err := a.HIBPFile(ctx); err != nil || p != "" {
		t.Fatalf("unset HIBP file: %q, %v", p, err)
	}
	if err := a.SetHIBPFile(ctx, "/data/pwned.txt"); err != nil {
		t.Fatal(err)
	}
	if p, _ := a.HIBPFile(ctx); p != "/data/pwned.txt" {
		t.Errorf("HIBP file %q", p)
	}
	if err := a.SetHIBPFile(ctx, ""); err != nil {
		t.Fatal(err)
	}
	if p, _ := a.HIBPFile(ctx); p != "" {
		t.Errorf("cleared HIBP file still %q", p)
	}

	at := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	if err := a.PutVerdict(ctx, store.Verdict{Account: "wechat", Score: 1, GuessesLog10: 4.2, Flags: []string{store.FlagReused}, CheckedAt: at}); err != nil {
		t.Fatal(err)
	}
	v, err := store.Verdicts{}.Get(ctx, db, "wechat")
	if err != nil || v.Score != 1 || !v.Has(store.FlagReused) || !v.CheckedAt.Equal(at) {
		t.Errorf("verdict %+v, %v", v, err)
	}
}

// runApp drives the real app like runGolden but returns the final frame
// without comparing it to a file: these frames hold the engine's figures,
// which its tuning may change; the screen's own golden frames, with a
// pinned score, are in tui/password.
func runApp(t *testing.T, lang i18n.Lang, w, h int, steps ...step) string {
	t.Helper()
	frame := ansi.Strip(drive(t, lang, w, h, welcomed, steps...))
	lines := strings.Split(frame, "\n")
	if len(lines) > h {
		t.Errorf("%d rows in a %dx%d window", len(lines), w, h)
	}
	for _, l := range lines {
		if lipgloss.Width(l) > w {
			t.Errorf("row wider than %d: %q", w, l)
		}
	}
	return frame
}

// The whole app: Home, then 2 for the password check, typing, the verdict.
func TestPasswordScreenInApp(t *testing.T) {
	frame := runApp(t, i18n.English, 80, 24,
		step{waitOn: "Where to go", keys: "2"},
		step{waitOn: "Press enter to type", keys: "\rCorrect-Horse-Battery-Staple\r"},
		step{waitOn: "very strong"})
	for _, want := range []string{"Password check", strings.Repeat("•", len("Correct-Horse-Battery-Staple")), "(4 of 4)", "Time to crack it", "stolen, fast hash"} {
		if !strings.Contains(frame, want) {
			t.Errorf("frame lacks %q:\n%s", want, frame)
		}
	}
	if strings.Contains(frame, "Correct-Horse") || strings.Contains(frame, "Battery") {
		t.Errorf("the password is on screen:\n%s", frame)
	}
}

func TestPasswordScreenChineseSmall(t *testing.T) {
	frame := runApp(t, i18n.Chinese, 40, 12,
		step{waitOn: "footprint", keys: "2"},
		step{waitOn: "按回车输入密码", keys: "\rwoaini1314"},
		step{waitOn: "攻击者大约需要猜", settled: true})
	for _, want := range []string{"密码检查", "••••••••••", "（1 / 4）"} {
		if !strings.Contains(frame, want) {
			t.Errorf("frame lacks %q:\n%s", want, frame)
		}
	}
}
