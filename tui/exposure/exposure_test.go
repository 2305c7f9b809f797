package exposure

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/inventory"
)

type fakeStore struct {
	accounts []inventory.Account
	err      error
}

func (f *fakeStore) Inventory(context.Context) ([]inventory.Account, error) { return f.accounts, f.err }

var (
	wechat = inventory.Account{ID: "wechat", Name: "WeChat", NameZh: "微信",
		Holds: []checks.DataKind{checks.RealName, checks.Phone, checks.Payment}}
	weibo = inventory.Account{ID: "weibo", Name: "Weibo", NameZh: "微博", Dormant: true,
		Holds: []checks.DataKind{checks.Phone, checks.Face}}
	notes = inventory.Account{ID: "custom-notes", Name: "Notes", NameZh: "Notes"}
)

func newModel(lang i18n.Lang, fs *fakeStore, w, h int) *Model {
	m := New(common.NewCommon(lang, ""), fs)
	m.SetSize(w, h)
	run(m, m.Init()())
	return m
}

func TestCellLevels(t *testing.T) {
	weak := wechat
	weak.Verdict = risk.Verdict{Checked: true, Score: 2}
	strong := wechat
	strong.Verdict = risk.Verdict{Checked: true, Score: 4}
	reused := wechat
	reused.Reused = true
	for _, tc := range []struct {
		name string
		a    inventory.Account
		k    checks.DataKind
		want Level
	}{
		{"not held", wechat, checks.Email, None},
		{"held", wechat, checks.Phone, Held},
		{"sensitive", wechat, checks.Payment, Sensitive},
		{"held, dormant", weibo, checks.Phone, HeldAtRisk},
		{"sensitive, dormant", weibo, checks.Face, SensitiveAtRisk},
		{"sensitive, weak password", weak, checks.Payment, SensitiveAtRisk},
		{"sensitive, strong password", strong, checks.Payment, Sensitive},
		{"held, reused password", reused, checks.RealName, HeldAtRisk},
		{"nothing held on a dormant account", weibo, checks.Email, None},
	} {
		if got := CellLevel(tc.a, tc.k); got != tc.want {
			t.Errorf("%s: level %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestMapShowsSymbolsMostExposedFirst(t *testing.T) {
	m := newModel(i18n.English, &fakeStore{accounts: []inventory.Account{notes, wechat, weibo}}, 120, 20)
	v := ansi.Strip(m.View())
	lines := strings.Split(v, "\n")
	row := func(name string) int {
		for i, l := range lines {
			if strings.Contains(l, name) && (strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "› ")) {
				return i
			}
		}
		t.Fatalf("no row for %s:\n%s", name, v)
		return -1
	}
	if !(row("Weibo") < row("WeChat") && row("WeChat") < row("Notes")) {
		t.Errorf("rows are not ordered by exposure:\n%s", v)
	}
	weiboRow := lines[row("Weibo")]
	if !strings.Contains(weiboRow, Symbols[SensitiveAtRisk]) || !strings.Contains(weiboRow, Symbols[HeldAtRisk]) {
		t.Errorf("Weibo's row lacks its symbols: %q", weiboRow)
	}
	if !strings.Contains(lines[row("WeChat")], Symbols[Sensitive]) {
		t.Errorf("WeChat's payment is not marked sensitive: %q", lines[row("WeChat")])
	}
	for _, want := range []string{"Name", "Face", "sensitive kind", "held by an account at risk"} {
		if !strings.Contains(v, want) {
			t.Errorf("the map lacks %q:\n%s", want, v)
		}
	}
}

func TestSensitiveColumnsAreMarked(t *testing.T) {
	m := newModel(i18n.English, &fakeStore{accounts: []inventory.Account{wechat}}, 200, 20)
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	labels, marks := lines[1], lines[2]
	for _, k := range checks.AllDataKinds {
		label := i18n.T(i18n.English, "inventory_ui.kind_short."+string(k))
		at := strings.Index(labels, " "+label) + 1
		if at <= 0 {
			t.Fatalf("no column for %s in %q", k, labels)
		}
		marked := at+1 < len(marks) && marks[at+1] == '!'
		if marked != k.Sensitive() {
			t.Errorf("%s: marked %v, sensitive %v\n%s\n%s", k, marked, k.Sensitive(), labels, marks)
		}
	}
}

func TestCursorMovesAndDescribesTheCell(t *testing.T) {
	m := newModel(i18n.English, &fakeStore{accounts: []inventory.Account{wechat, weibo}}, 120, 20)
	keys(m, "right", "right", "right", "right", "right", "right", "right") // Face
	v := ansi.Strip(m.View())
	if !strings.Contains(v, "Weibo · Face (biometric): sensitive, held by an account at risk (dormant)") {
		t.Errorf("the focused cell is not described:\n%s", v)
	}
	keys(m, "down", "down", "down")
	if !strings.Contains(ansi.Strip(m.View()), "WeChat · Face (biometric): not held") {
		t.Errorf("down did not move, or ran past the end:\n%s", ansi.Strip(m.View()))
	}
}

func TestScrollsBothWaysInASmallWindow(t *testing.T) {
	var as []inventory.Account
	for i := 0; i < 50; i++ {
		a := wechat
		a.ID, a.Name = fmt.Sprintf("s%02d", i), fmt.Sprintf("Service %02d", i)
		as = append(as, a)
	}
	m := newModel(i18n.English, &fakeStore{accounts: as}, 40, 8)
	for i := 0; i < 49; i++ {
		run(m, press("down"))
	}
	for i := 0; i < 15; i++ {
		run(m, press("right"))
	}
	v := ansi.Strip(m.View())
	checkFits(t, m.View(), 40, 8)
	if !strings.Contains(v, "› Servic") || !strings.Contains(v, "Msgs") {
		t.Errorf("the last row or the last column is not in view:\n%s", v)
	}
	if !strings.Contains(v, "12–16/16") {
		t.Errorf("no hint that columns are scrolled:\n%s", v)
	}
	if strings.Contains(v, "not held   ○ held") {
		t.Errorf("the full legend crowds out the rows at 40x8:\n%s", v)
	}
	run(m, press("i"))
	if !strings.Contains(ansi.Strip(m.View()), "sensitive kind") {
		t.Errorf("i does not show the legend:\n%s", ansi.Strip(m.View()))
	}
}

func TestEveryStateFitsAnySize(t *testing.T) {
	for _, lang := range i18n.Langs {
		for _, fs := range []*fakeStore{{}, {accounts: []inventory.Account{wechat, weibo, notes}}} {
			m := newModel(lang, fs, 80, 24)
			for _, s := range [][2]int{{1, 1}, {10, 5}, {40, 12}, {57, 13}, {80, 24}, {200, 60}} {
				m.SetSize(s[0], s[1])
				checkFits(t, m.View(), s[0], s[1])
				run(m, press("i"))
				checkFits(t, m.View(), s[0], s[1])
				run(m, press("i"))
			}
		}
	}
}

func TestEmptyAndErrors(t *testing.T) {
	m := newModel(i18n.English, &fakeStore{}, 80, 24)
	if !strings.Contains(ansi.Strip(m.View()), "Nothing to map yet") {
		t.Errorf("empty map:\n%s", m.View())
	}
	m = New(common.NewCommon(i18n.English, ""), &fakeStore{err: errors.New("locked")})
	m.SetSize(80, 24)
	if out := run(m, m.Init()()); !strings.Contains(statusOf(out), "Could not read") {
		t.Errorf("a failed load says %q", statusOf(out))
	}
}

// Under NO_COLOR every level keeps its own symbol and the focused cell
// stays reversed, so nothing rests on colour.
func TestNoColorMapReadsWithSymbols(t *testing.T) {
	m := New(common.NewCommon(i18n.English, ""), &fakeStore{accounts: []inventory.Account{wechat, weibo}})
	frame := runGolden(t, m, 80, 16, step{WaitOn: "Who holds what", Keys: []string{"right", "right"}}, step{WaitOn: "Phone number"})
	var out strings.Builder
	w := &colorprofile.Writer{Forward: &out, Profile: colorprofile.Ascii}
	if _, err := w.WriteString(frame); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, sgr := range []string{"38;2;", "38;5;", "[91m", "[93m", "[96m"} {
		if strings.Contains(s, sgr) {
			t.Errorf("a colour (%s) survived NO_COLOR", sgr)
		}
	}
	if !strings.Contains(s, "\x1b[7m ◐  ") && !strings.Contains(s, "\x1b[1;7m ◐  ") && !strings.Contains(s, "\x1b[7;1m ◐  ") {
		t.Errorf("the focused cell is not reversed under NO_COLOR:\n%q", s)
	}
	plain := ansi.Strip(s)
	for _, sym := range Symbols {
		if !strings.Contains(plain, sym) {
			t.Errorf("symbol %s missing without colour", sym)
		}
	}
}

func TestGoldenMapChinese(t *testing.T) {
	m := New(common.NewCommon(i18n.Chinese, ""), &fakeStore{accounts: []inventory.Account{wechat, weibo, notes}})
	runGolden(t, m, 80, 24, step{WaitOn: "谁持有什么", Keys: []string{"down"}}, step{WaitOn: "微信 ·"})
}

func TestGoldenMapSmall(t *testing.T) {
	m := New(common.NewCommon(i18n.English, ""), &fakeStore{accounts: []inventory.Account{wechat, weibo, notes}})
	runGolden(t, m, 40, 8, step{WaitOn: "Who holds what"})
}
