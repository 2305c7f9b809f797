package tui

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

// fakeScreen records what reaches it.
type fakeScreen struct {
	id        common.ScreenID
	capturing bool
	got       []tea.Msg
	w, h      int
	inits     int
}

func (f *fakeScreen) ID() common.ScreenID { return f.id }
func (f *fakeScreen) TitleKey() string    { return "home.title" }
func (f *fakeScreen) Init() tea.Cmd       { f.inits++; return nil }
func (f *fakeScreen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	f.got = append(f.got, msg)
	return f, nil
}
func (f *fakeScreen) View() string {
	// A body deliberately larger than any window: the router must cut it.
	return strings.Repeat(string(f.id)+" 中文宽字符 ", 40) + strings.Repeat("\nline", 100)
}
func (f *fakeScreen) SetSize(w, h int)    { f.w, f.h = w, h }
func (f *fakeScreen) KeyMap() help.KeyMap { return keys{} }
func (f *fakeScreen) Capturing() bool     { return f.capturing }

type keys struct{}

func (keys) ShortHelp() []key.Binding  { return nil }
func (keys) FullHelp() [][]key.Binding { return nil }

func press(s string) tea.KeyPressMsg {
	switch s {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

func newTestApp(screens ...common.Screen) *App {
	c := common.NewCommon(i18n.English, "/tmp/x.db")
	a := New(c, nil, nil, screens...)
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return a
}

func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

func TestRouterNavigation(t *testing.T) {
	a, b, c := &fakeScreen{id: "a"}, &fakeScreen{id: "b"}, &fakeScreen{id: "c"}
	app := newTestApp(a, b, c)
	steps := []struct {
		key  string
		want common.ScreenID
	}{{"tab", "b"}, {"tab", "c"}, {"tab", "a"}, {"shift+tab", "c"}, {"1", "a"}, {"2", "b"}, {"9", "b"}}
	for _, s := range steps {
		app.Update(press(s.key))
		if got := app.Active().ID(); got != s.want {
			t.Fatalf("after %s: active %s, want %s", s.key, got, s.want)
		}
	}
	app.Update(common.NavigateMsg{To: "c"})
	if app.Active().ID() != "c" {
		t.Error("NavigateMsg did not switch")
	}
	if a.w != 80 || a.h != 24-chrome {
		t.Errorf("screens sized %dx%d, want 80x%d", a.w, a.h, 24-chrome)
	}
}

// While a screen takes typing, q and digits belong to it; ctrl+c still quits.
func TestCapturingScreenGetsLetters(t *testing.T) {
	s := &fakeScreen{id: "s", capturing: true}
	app := newTestApp(s, &fakeScreen{id: "t"})
	for _, k := range []string{"q", "2", "?"} {
		if _, cmd := app.Update(press(k)); isQuit(cmd) {
			t.Fatalf("%q quit while typing", k)
		}
	}
	if app.Active().ID() != "s" || app.fullHelp {
		t.Error("global keys acted while the screen was capturing")
	}
	if len(s.got) < 3 {
		t.Errorf("the screen got %d key presses, want 3", len(s.got))
	}
	if bar := ansi.Strip(app.render()); strings.Contains(bar, "q quit") || !strings.Contains(bar, "ctrl+c quit now") {
		t.Errorf("while typing, the help bar must offer ctrl+c, not q:\n%s", bar)
	}
	if _, cmd := app.Update(press("ctrl+c")); !isQuit(cmd) || !app.Aborted() {
		t.Error("ctrl+c did not abort")
	}
}

func TestQuitAndHelp(t *testing.T) {
	app := newTestApp(&fakeScreen{id: "a"})
	app.Update(press("?"))
	if !app.fullHelp || !strings.Contains(app.render(), "All keys") {
		t.Fatal("? did not open the full help")
	}
	if _, cmd := app.Update(press("q")); isQuit(cmd) {
		t.Fatal("q while the help is open should close the help, not quit")
	}
	if _, cmd := app.Update(press("q")); !isQuit(cmd) || app.Aborted() {
		t.Fatal("q did not quit cleanly")
	}
}

func TestForScreenReachesItsScreenOnly(t *testing.T) {
	a, b := &fakeScreen{id: "a"}, &fakeScreen{id: "b"}
	app := newTestApp(a, b)
	type ping struct{}
	app.Update(common.ForScreen{To: "b", Msg: ping{}})
	if len(a.got) != 0 || len(b.got) != 1 {
		t.Errorf("a got %d, b got %d messages", len(a.got), len(b.got))
	}
	app.Update(common.DataChangedMsg{})
	if len(a.got) != 1 || len(b.got) != 2 {
		t.Error("DataChangedMsg was not broadcast")
	}
}

func TestSetLangBroadcasts(t *testing.T) {
	a := &fakeScreen{id: "a"}
	app := newTestApp(a)
	_, cmd := app.Update(common.SetLangMsg{Lang: i18n.Chinese})
	if app.c.Lang != i18n.Chinese {
		t.Fatal("language not switched")
	}
	drain(app, cmd)
	found := false
	for _, m := range a.got {
		if lc, ok := m.(common.LangChangedMsg); ok && lc.Lang == i18n.Chinese {
			found = true
		}
	}
	if !found {
		t.Error("screens were not told the language changed")
	}
	if !strings.Contains(app.render(), "退出") {
		t.Error("the help bar is not in Chinese")
	}
}

// drain runs cmd and feeds what it returns back into the app.
func drain(app *App, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			drain(app, c)
		}
		return
	}
	if msg != nil {
		_, next := app.Update(msg)
		drain(app, next)
	}
}

// Every size, from nothing to huge, renders without a panic and within
// the window; below 40x12 a notice asks for a larger window.
func TestAnySizeFits(t *testing.T) {
	app := newTestApp(&fakeScreen{id: "a"}, &fakeScreen{id: "b"})
	sizes := [][2]int{{0, 0}, {1, 1}, {10, 5}, {39, 12}, {40, 11}, {40, 12}, {80, 24}, {200, 60}, {1000, 3}}
	for w := 0; w < 90; w += 7 {
		for h := 0; h < 30; h += 5 {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for _, sz := range sizes {
		app.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		out := app.render()
		lines := strings.Split(out, "\n")
		if sz[1] > 0 && len(lines) > sz[1] {
			t.Errorf("%dx%d: %d lines", sz[0], sz[1], len(lines))
		}
		for _, l := range lines {
			if w := lipgloss.Width(l); w > sz[0] {
				t.Errorf("%dx%d: a line is %d cells wide", sz[0], sz[1], w)
				break
			}
		}
		small := sz[0] < MinWidth || sz[1] < MinHeight
		if small && sz[0] >= 20 && sz[1] >= 3 && !strings.Contains(out, "enlarge") {
			t.Errorf("%dx%d: no enlarge notice:\n%s", sz[0], sz[1], out)
		}
		if !small && !strings.Contains(out, "footprint") {
			t.Errorf("%dx%d: no tab bar", sz[0], sz[1])
		}
	}
}

func TestTabBarCollapsesWhenNarrow(t *testing.T) {
	var screens []common.Screen
	for i := 0; i < 8; i++ {
		screens = append(screens, &fakeScreen{id: common.ScreenID(fmt.Sprint("s", i))})
	}
	app := newTestApp(screens...)
	app.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	app.Update(press("3"))
	bar := ansi.Strip(app.tabBar())
	if !strings.Contains(bar, "3 Home") || !strings.Contains(bar, "‹") || !strings.Contains(bar, "›") {
		t.Errorf("a narrow tab bar must keep the active tab and show there are more:\n%s", bar)
	}
	if w := lipgloss.Width(strings.Split(bar, "\n")[0]); w > 40 {
		t.Errorf("tab bar is %d cells wide in 40", w)
	}
}

// A screen starts (Init) when first shown, once: the first frame does not
// wait for every screen's loading.
func TestScreensStartWhenFirstShown(t *testing.T) {
	a, b, c := &fakeScreen{id: "a"}, &fakeScreen{id: "b"}, &fakeScreen{id: "c"}
	app := newTestApp(a, b, c)
	app.Init()
	if a.inits != 1 || b.inits != 0 || c.inits != 0 {
		t.Fatalf("after Init: a=%d b=%d c=%d starts", a.inits, b.inits, c.inits)
	}
	for _, k := range []string{"tab", "1", "2", "3", "shift+tab"} {
		drain(app, func() tea.Cmd { _, cmd := app.Update(press(k)); return cmd }())
	}
	app.Update(common.NavigateMsg{To: "c"})
	if a.inits != 1 || b.inits != 1 || c.inits != 1 {
		t.Errorf("each screen must start exactly once: a=%d b=%d c=%d", a.inits, b.inits, c.inits)
	}
}

// manyKeys is a screen with more bindings than a small window shows.
type manyKeys struct{ fakeScreen }

func (m *manyKeys) KeyMap() help.KeyMap { return manyKeyMap{} }

type manyKeyMap struct{}

func (manyKeyMap) ShortHelp() []key.Binding { return nil }
func (manyKeyMap) FullHelp() [][]key.Binding {
	var bs []key.Binding
	for i := 0; i < 20; i++ {
		k := fmt.Sprintf("f%d", i+1)
		bs = append(bs, key.NewBinding(key.WithKeys(k), key.WithHelp(k, "action "+k)))
	}
	return [][]key.Binding{bs}
}

// At 40x12 the full help lists one binding per row and scrolls with ↓;
// any other key closes it.
func TestFullHelpScrollsInSmallWindow(t *testing.T) {
	app := newTestApp(&manyKeys{fakeScreen{id: "a"}})
	app.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	app.Update(press("?"))
	if out := ansi.Strip(app.render()); !strings.Contains(out, "action f1 ") || strings.Contains(out, "quit now") {
		t.Fatalf("first page:\n%s", out)
	}
	for i := 0; i < 40; i++ {
		app.Update(press("j"))
	}
	if out := ansi.Strip(app.render()); !strings.Contains(out, "quit now") || strings.Contains(out, "action f1 ") {
		t.Fatalf("after scrolling to the end:\n%s", out)
	}
	for _, l := range strings.Split(app.render(), "\n") {
		if lipgloss.Width(l) > 40 {
			t.Errorf("a help row is %d wide", lipgloss.Width(l))
		}
	}
	app.Update(press("x"))
	if app.fullHelp {
		t.Error("another key did not close the help")
	}
}
