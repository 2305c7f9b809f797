package tui

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/password"
	"github.com/footprint-audit/footprint/tui/settings"
)

// scenario drives the real app over a real database, waits for each text
// before the next key, and compares the final frame with a golden file
// (refresh with: go test ./tui -run Golden -update).
type step struct {
	keys   string // typed as key presses; "\r" is enter
	waitOn string // text that must be on screen before the keys are typed
	// settled waits, after waitOn, until the password screen shows the
	// verdict for what is typed (live scoring runs in the background).
	settled bool
}

// drive runs the real app over a real database, waits for each step's
// text before typing its keys, quits, and returns the final frame (styled).
func drive(t *testing.T, lang i18n.Lang, w, h int, prepare func(ctx context.Context, db *store.DB), steps ...step) string {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "footprint.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if prepare != nil {
		prepare(ctx, db)
	}
	app := NewApp(Options{DB: db, Lang: lang})
	app.c.DataPath = "/home/user/.local/share/footprint/footprint.db" // stable in golden files
	watched := &watchedApp{App: app}
	tm := teatest.NewTestModel(t, watched, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitFor := func(ok func(frame string, settled bool) bool) {
		teatest.WaitFor(t, tm.Output(), func([]byte) bool { return ok(watched.last()) },
			teatest.WithDuration(5*time.Second))
	}
	for _, s := range steps {
		if s.waitOn != "" {
			waitFor(func(frame string, _ bool) bool { return strings.Contains(frame, s.waitOn) })
		}
		if s.settled {
			waitFor(func(_ string, settled bool) bool { return settled })
		}
		for _, r := range s.keys {
			if r == '\r' {
				tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
				continue
			}
			tm.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*watchedApp)
	return fm.View().Content
}

// watchedApp notes, each time the program draws, what a test waits on, so
// the test reads a copy instead of the model another goroutine changes.
type watchedApp struct {
	*App
	mu      sync.Mutex
	frame   string
	settled bool // the password screen shows the verdict for what is typed
}

func (w *watchedApp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := w.App.Update(msg)
	return w, cmd
}

func (w *watchedApp) View() tea.View {
	v := w.App.View()
	ps, ok := w.App.Active().(*password.Model)
	w.mu.Lock()
	w.frame, w.settled = v.Content, ok && ps.Settled()
	w.mu.Unlock()
	return v
}

func (w *watchedApp) last() (string, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.frame, w.settled
}

// runGolden drives the app and compares the final frame with a golden file
// (refresh with: go test ./tui -run Golden -update).
func runGolden(t *testing.T, lang i18n.Lang, w, h int, prepare func(ctx context.Context, db *store.DB), steps ...step) string {
	t.Helper()
	frame := drive(t, lang, w, h, prepare, steps...)
	// Golden files hold what a person reads; styling is checked apart
	// (TestNoColorKeepsSelectionVisible).
	golden.RequireEqual(t, ansi.Strip(frame))
	return frame
}

func welcomed(ctx context.Context, db *store.DB) {
	store.Settings{}.Set(ctx, db, store.SettingWelcomed, "1")
}

func TestGoldenWelcomeEnglish(t *testing.T) {
	runGolden(t, i18n.English, 80, 24, nil, step{waitOn: "Welcome to footprint"})
}

func TestGoldenWelcomeChinese(t *testing.T) {
	runGolden(t, i18n.English, 80, 24, nil, step{waitOn: "Welcome", keys: "l"}, step{waitOn: "欢迎使用"})
}

// jumpTo is the digit key that shows screen id.
func jumpTo(t *testing.T, id common.ScreenID) string {
	for i, s := range registry {
		if s.info.ID == id && i < 9 {
			return string(rune('1' + i))
		}
	}
	t.Fatalf("screen %s has no digit key", id)
	return ""
}

func TestGoldenDashboardSmall(t *testing.T) {
	runGolden(t, i18n.English, 40, 12, welcomed, step{waitOn: "Your privacy dashboard"})
}

func TestGoldenSettingsChinese(t *testing.T) {
	runGolden(t, i18n.Chinese, 80, 24, func(ctx context.Context, db *store.DB) {
		welcomed(ctx, db)
		store.Profiles{}.SetField(ctx, db, store.FieldFullName, "张伟")
	}, step{waitOn: "你的隐私总览", keys: jumpTo(t, settings.ID)}, step{waitOn: "张伟", keys: "jj"})
}

func TestGoldenSettingsEditing(t *testing.T) {
	runGolden(t, i18n.English, 80, 24, welcomed,
		step{waitOn: "Your privacy dashboard", keys: jumpTo(t, settings.ID)}, step{waitOn: "Display name", keys: "jjjj\r"},
		step{keys: "13800138000"}, step{waitOn: "13800138000"})
}

func TestGoldenTooSmall(t *testing.T) {
	frame := runGolden(t, i18n.English, 30, 8, nil)
	if !strings.Contains(frame, "enlarge") {
		t.Errorf("no notice at 30x8:\n%s", frame)
	}
}

// Under NO_COLOR (the Ascii profile) colours go, but the selected row stays
// reversed, so the choice is visible without colour.
func TestNoColorKeepsSelectionVisible(t *testing.T) {
	frame := runGolden(t, i18n.English, 80, 24, welcomed, step{waitOn: "Where to go"})
	var out strings.Builder
	w := &colorprofile.Writer{Forward: &out, Profile: colorprofile.Ascii}
	if _, err := w.WriteString(frame); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if !strings.Contains(s, "\x1b[1;7m› ") && !strings.Contains(s, "\x1b[7;1m› ") {
		t.Errorf("the selected row is not reversed under NO_COLOR:\n%q", s)
	}
	for _, sgr := range []string{"38;2;", "38;5;", "[96m", "[37m", "[93m"} {
		if strings.Contains(s, sgr) {
			t.Errorf("a colour (%s) survived the Ascii profile", sgr)
		}
	}
}
