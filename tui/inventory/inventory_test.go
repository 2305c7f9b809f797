package inventory

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

// fakeStore keeps the inventory in memory the way the real store does:
// sorted by id, one undo slot, ids unique.
type fakeStore struct {
	accounts []Account
	deleted  *Account
	fail     error
	writes   int
}

func (f *fakeStore) Inventory(context.Context) ([]Account, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	out := slices.Clone(f.accounts)
	slices.SortFunc(out, func(a, b Account) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

func (f *fakeStore) add(a Account) error {
	if f.fail != nil {
		return f.fail
	}
	if slices.ContainsFunc(f.accounts, func(x Account) bool { return x.ID == a.ID }) {
		return fmt.Errorf("%s exists", a.ID)
	}
	f.writes++
	f.accounts = append(f.accounts, a)
	return nil
}

func (f *fakeStore) AddFromCatalog(_ context.Context, id string) error {
	e, ok := catalog.ByID(id)
	if !ok {
		return fmt.Errorf("no %s", id)
	}
	a := Account{ID: e.ID, CatalogID: e.ID, Name: e.Name, NameZh: e.NameZh, Category: e.Category, SecondFactor: risk.FactorUnknown}
	for _, h := range e.Holds {
		if k, ok := checks.ParseDataKind(h); ok {
			a.Holds = append(a.Holds, k)
		}
	}
	return f.add(a)
}

func (f *fakeStore) AddCustom(_ context.Context, name string) (string, error) {
	a := Account{ID: "custom-" + strings.ToLower(name), Name: name, SecondFactor: risk.FactorUnknown}
	return a.ID, f.add(a)
}

func (f *fakeStore) UpdateAccount(_ context.Context, a Account) error {
	if f.fail != nil {
		return f.fail
	}
	for i := range f.accounts {
		if f.accounts[i].ID == a.ID {
			f.writes++
			f.accounts[i] = a
			return nil
		}
	}
	return errors.New("not found")
}

func (f *fakeStore) DeleteAccount(_ context.Context, id string) error {
	i := slices.IndexFunc(f.accounts, func(a Account) bool { return a.ID == id })
	if i < 0 {
		return errors.New("not found")
	}
	gone := f.accounts[i]
	f.deleted = &gone
	f.accounts = slices.Delete(f.accounts, i, i+1)
	return nil
}

func (f *fakeStore) UndoDelete(context.Context) (string, error) {
	if f.deleted == nil {
		return "", ErrNothingToUndo
	}
	a := *f.deleted
	f.deleted = nil
	return a.ID, f.add(a)
}

func (f *fakeStore) get(id string) (Account, bool) {
	i := slices.IndexFunc(f.accounts, func(a Account) bool { return a.ID == id })
	if i < 0 {
		return Account{}, false
	}
	return f.accounts[i], true
}

func newModel(lang i18n.Lang, fs *fakeStore, w, h int) *Model {
	c := common.NewCommon(lang, "")
	m := New(c, fs)
	m.SetSize(w, h)
	run(m, m.Init()())
	return m
}

func withAccounts(ids ...string) *fakeStore {
	fs := &fakeStore{}
	for _, id := range ids {
		if err := fs.AddFromCatalog(context.Background(), id); err != nil {
			panic(err)
		}
	}
	return fs
}

func plain(m *Model) string { return ansi.Strip(m.View()) }

func TestFirstRunOpensChecklistOfPopularServices(t *testing.T) {
	fs := &fakeStore{}
	m := newModel(i18n.English, fs, 80, 24)
	if !strings.Contains(plain(m), "Common services") {
		t.Fatalf("an empty inventory does not offer the checklist:\n%s", plain(m))
	}
	if m.Capturing() {
		t.Error("the checklist captures keys, so tab and q would not work")
	}
	keys(m, "space", "down", "space", "down", "space", "space") // third ticked then unticked
	out := run(m, press("enter"))
	popular := catalog.Popular("global", PopularCount)
	if len(fs.accounts) != 2 {
		t.Fatalf("added %d accounts, want 2", len(fs.accounts))
	}
	for _, e := range popular[:2] {
		if _, ok := fs.get(e.ID); !ok {
			t.Errorf("%s was ticked but not added", e.ID)
		}
	}
	if !strings.Contains(statusOf(out), "Added 2 services") {
		t.Errorf("status %q", statusOf(out))
	}
	if !hasChanged(out) {
		t.Error("adding did not tell other screens the data changed")
	}
	if !strings.Contains(plain(m), popular[0].Name) || strings.Contains(plain(m), "Common services") {
		t.Errorf("the list does not show the added services:\n%s", plain(m))
	}
}

func hasChanged(msgs []tea.Msg) bool {
	for _, m := range msgs {
		if d, ok := m.(common.DataChangedMsg); ok && d.Source == ID {
			return true
		}
	}
	return false
}

func TestChecklistFollowsTheLanguageRegion(t *testing.T) {
	m := newModel(i18n.Chinese, &fakeStore{}, 80, 24)
	first := catalog.Popular("cn", 1)[0]
	lines := strings.Split(plain(m), "\n")
	found := false
	for _, l := range lines {
		if strings.Contains(l, "› [ ] "+first.NameZh) {
			found = true
		}
	}
	if !found {
		t.Errorf("the Chinese checklist does not start with %s:\n%s", first.NameZh, plain(m))
	}
}

func TestChecklistMarksWhatIsAlreadyThere(t *testing.T) {
	fs := withAccounts("google")
	m := newModel(i18n.English, fs, 80, 24)
	run(m, press("p"))
	if !strings.Contains(plain(m), "[✓] Google") {
		t.Fatalf("an account already held is not marked:\n%s", plain(m))
	}
	keys(m, "space", "enter") // ticking it again does nothing
	if len(fs.accounts) != 1 {
		t.Errorf("a held account was added twice: %d", len(fs.accounts))
	}
}

func TestSearchFindsByPinyinInitialsChineseAndEnglish(t *testing.T) {
	for _, tc := range []struct{ query, want string }{
		{"zfb", "alipay"}, {"微博", "weibo"}, {"wechat", "wechat"},
	} {
		fs := withAccounts("google")
		m := newModel(i18n.English, fs, 80, 24)
		run(m, press("a"))
		if !m.Capturing() {
			t.Fatal("the search field does not capture keys")
		}
		typeText(m, tc.query)
		out := run(m, press("enter"))
		if _, ok := fs.get(tc.want); !ok {
			t.Errorf("%q: %s not added; have %v (status %q)", tc.query, tc.want, fs.accounts, statusOf(out))
		}
		if m.Capturing() {
			t.Errorf("%q: still capturing after adding", tc.query)
		}
	}
}

func TestSearchAddsACustomServiceWhenNothingMatches(t *testing.T) {
	fs := withAccounts("google")
	m := newModel(i18n.English, fs, 80, 24)
	run(m, press("a"))
	typeText(m, "Qqxzzv Gym")
	if !strings.Contains(plain(m), "as your own entry") {
		t.Errorf("no offer to add a custom entry:\n%s", plain(m))
	}
	run(m, press("enter"))
	a, ok := fs.get("custom-qqxzzv gym")
	if !ok || !a.Custom() || a.Name != "Qqxzzv Gym" {
		t.Fatalf("custom service not added: %+v", fs.accounts)
	}
	if !strings.Contains(plain(m), "Qqxzzv Gym") {
		t.Errorf("custom service not listed:\n%s", plain(m))
	}
}

func TestCtrlNAddsWhatWasTypedEvenWithMatches(t *testing.T) {
	fs := withAccounts("google")
	m := newModel(i18n.English, fs, 80, 24)
	run(m, press("a"))
	typeText(m, "wechat")
	run(m, press("ctrl+n"))
	if _, ok := fs.get("wechat"); ok {
		t.Error("ctrl+n added the catalogue entry")
	}
	if _, ok := fs.get("custom-wechat"); !ok {
		t.Errorf("ctrl+n did not add a custom entry: %+v", fs.accounts)
	}
}

func TestSearchEscLeavesWithoutAdding(t *testing.T) {
	fs := withAccounts("google")
	m := newModel(i18n.English, fs, 80, 24)
	run(m, press("a"))
	typeText(m, "zfb")
	run(m, press("esc"))
	if len(fs.accounts) != 1 || m.Capturing() {
		t.Errorf("esc added or kept the search open: %d accounts", len(fs.accounts))
	}
}

func TestEditorTogglesKindsAndFactsAndSavesAtOnce(t *testing.T) {
	fs := withAccounts("alipay")
	m := newModel(i18n.English, fs, 80, 24)
	run(m, press("enter"))
	if !strings.Contains(plain(m), "What it holds about you") {
		t.Fatalf("enter did not open the editor:\n%s", plain(m))
	}
	before, _ := fs.get("alipay")
	run(m, press("space")) // real name
	after, _ := fs.get("alipay")
	if before.HoldsKind(checks.RealName) == after.HoldsKind(checks.RealName) {
		t.Error("space did not toggle real name")
	}
	for i := 0; i < rowDormant; i++ {
		run(m, press("down"))
	}
	run(m, press("space"))
	keys(m, "down", "space", "space", "space") // factor: unknown → none → sms → app
	keys(m, "down", "space", "down", "space")  // reused, real-name verified
	a, _ := fs.get("alipay")
	if !a.Dormant || a.SecondFactor != risk.FactorApp || !a.Reused || a.RealNameVerified == before.RealNameVerified {
		t.Errorf("facts not saved: %+v", a)
	}
	for _, want := range []string{"[x]", "authenticator app"} {
		if !strings.Contains(plain(m), want) {
			t.Errorf("the editor does not show %q:\n%s", want, plain(m))
		}
	}
}

func TestEditorNoteCapturesAndSaves(t *testing.T) {
	fs := withAccounts("alipay")
	m := newModel(i18n.English, fs, 80, 24)
	run(m, press("enter"))
	run(m, press("up")) // wraps to the note
	run(m, press("enter"))
	if !m.Capturing() {
		t.Fatal("typing a note does not capture keys")
	}
	typeText(m, "main bank q1")
	out := run(m, press("enter"))
	a, _ := fs.get("alipay")
	if a.Note != "main bank q1" {
		t.Errorf("note %q", a.Note)
	}
	if m.Capturing() || !strings.Contains(statusOf(out), "Note saved") {
		t.Errorf("after saving: capturing %v, status %q", m.Capturing(), statusOf(out))
	}
	run(m, press("esc"))
	if strings.Contains(plain(m), "What it holds") {
		t.Error("esc did not go back to the list")
	}
}

func TestEditorShowsCatalogueHonesty(t *testing.T) {
	var unverified, unknownDeletion catalog.Entry
	for _, e := range catalog.All() {
		if unverified.ID == "" && e.IsUnverified("holds") {
			unverified = e
		}
		if unknownDeletion.ID == "" && e.Deletion.Difficulty == "unknown" {
			unknownDeletion = e
		}
	}
	if unverified.ID == "" || unknownDeletion.ID == "" {
		t.Skip("the catalogue has no unverified holds or unknown deletion to show")
	}
	for _, tc := range []struct {
		id, want string
	}{{unverified.ID, "typical list, unverified"}, {unknownDeletion.ID, "Deleting the account: Unknown"}} {
		fs := withAccounts(tc.id)
		m := newModel(i18n.English, fs, 120, 40)
		run(m, press("enter"))
		if !strings.Contains(plain(m), tc.want) {
			t.Errorf("%s: the editor does not say %q:\n%s", tc.id, tc.want, plain(m))
		}
	}
}

func TestVerdictIsShownOrNotChecked(t *testing.T) {
	fs := withAccounts("alipay", "google")
	fs.accounts[1].Verdict = risk.Verdict{Checked: true, Score: 1}
	m := newModel(i18n.English, fs, 100, 24)
	v := plain(m)
	if !strings.Contains(v, "password not checked") || !strings.Contains(v, "password very weak") {
		t.Errorf("verdicts not shown:\n%s", v)
	}
}

func TestDeleteThenUndo(t *testing.T) {
	fs := withAccounts("alipay", "google", "weibo")
	m := newModel(i18n.English, fs, 80, 24)
	run(m, press("down")) // google
	run(m, press("d"))
	if _, ok := fs.get("google"); ok {
		t.Fatal("d did not delete")
	}
	if !strings.Contains(plain(m), "Removed Google. Press u to undo.") {
		t.Errorf("no undo hint:\n%s", plain(m))
	}
	out := run(m, press("u"))
	if _, ok := fs.get("google"); !ok {
		t.Fatal("u did not restore")
	}
	if !strings.Contains(statusOf(out), "Google is back") {
		t.Errorf("status %q", statusOf(out))
	}
	out = run(m, press("u"))
	if !strings.Contains(statusOf(out), "Nothing to undo") {
		t.Errorf("a second undo says %q", statusOf(out))
	}
}

func TestStoreErrorsAreReportedCalmly(t *testing.T) {
	fs := withAccounts("alipay")
	m := newModel(i18n.English, fs, 80, 24)
	fs.fail = errors.New("disk full")
	run(m, press("enter"))
	out := run(m, press("space"))
	if !strings.Contains(statusOf(out), "nothing was lost") {
		t.Errorf("a failed save says %q", statusOf(out))
	}
	m2 := New(common.NewCommon(i18n.English, ""), fs)
	m2.SetSize(80, 24)
	out = run(m2, m2.Init()())
	if !strings.Contains(statusOf(out), "Could not read") {
		t.Errorf("a failed load says %q", statusOf(out))
	}
}

func TestHugeAndInvalidPasteIsBounded(t *testing.T) {
	fs := withAccounts("alipay")
	m := newModel(i18n.English, fs, 80, 24)
	huge := strings.Repeat("ab\x00\n\xff", 300000)
	run(m, press("a"))
	run(m, tea.PasteMsg{Content: huge})
	if n := len([]rune(m.input.Value())); n > MaxNameRunes {
		t.Errorf("search holds %d runes", n)
	}
	run(m, press("ctrl+n"))
	for _, a := range fs.accounts {
		if len([]rune(a.Name)) > MaxNameRunes || strings.ContainsAny(a.Name, "\x00\n") || !utf8Valid(a.Name) {
			t.Errorf("stored a bad name %q", a.Name)
		}
	}
	run(m, press("enter"))
	run(m, press("up"))
	run(m, press("enter"))
	run(m, tea.PasteMsg{Content: huge})
	run(m, press("enter"))
	for _, a := range fs.accounts {
		if len([]rune(a.Note)) > MaxNoteRunes || !utf8Valid(a.Note) {
			t.Errorf("stored a note of %d runes", len([]rune(a.Note)))
		}
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "?") == s }

// Every mode fits every window from tiny to huge, in both languages, and
// resizing never panics.
func TestEveryModeFitsAnySize(t *testing.T) {
	sizes := [][2]int{{1, 1}, {10, 5}, {40, 12}, {41, 13}, {80, 24}, {200, 60}}
	for _, lang := range i18n.Langs {
		fs := withAccounts("alipay", "wechat", "weibo", "google")
		fs.accounts[0].Note = "一个很长的备注 with mixed text"
		m := newModel(lang, fs, 80, 24)
		modes := map[string]func(){
			"list":      func() { run(m, press("esc")) },
			"search":    func() { run(m, press("a")); typeText(m, "w") },
			"checklist": func() { run(m, press("esc")); run(m, press("p")) },
			"edit":      func() { run(m, press("esc")); run(m, press("esc")); run(m, press("enter")) },
		}
		for name, enter := range modes {
			enter()
			for _, s := range sizes {
				m.SetSize(s[0], s[1])
				checkFits(t, m.View(), s[0], s[1])
			}
			m.SetSize(80, 24)
			_ = name
		}
	}
}

func TestSmallWindowKeepsCursorVisible(t *testing.T) {
	fs := withAccounts(catalogIDs(20)...)
	m := newModel(i18n.Chinese, fs, 40, 8)
	for i := 0; i < 15; i++ {
		run(m, press("down"))
	}
	if !strings.Contains(plain(m), "›") {
		t.Errorf("the cursor scrolled out of view:\n%s", plain(m))
	}
	run(m, press("enter"))
	keys(m, "up", "up") // real-name verified, near the bottom
	if !strings.Contains(plain(m), "›") {
		t.Errorf("the editor's cursor scrolled out of view:\n%s", plain(m))
	}
}

func catalogIDs(n int) []string {
	var ids []string
	for _, e := range catalog.All()[:n] {
		ids = append(ids, e.ID)
	}
	return ids
}

func TestGoldenChecklistEnglish(t *testing.T) {
	m := New(common.NewCommon(i18n.English, ""), &fakeStore{})
	runGolden(t, m, 80, 24, step{WaitOn: "Common services", Keys: []string{"space", "down", "down", "space"}},
		step{WaitOn: "(2 ticked)"})
}

func TestGoldenListChineseSmall(t *testing.T) {
	fs := withAccounts("wechat", "alipay", "weibo")
	fs.accounts[2].Dormant = true
	m := New(common.NewCommon(i18n.Chinese, ""), fs)
	runGolden(t, m, 40, 12, step{WaitOn: "你的服务", Keys: []string{"down", "down"}}, step{WaitOn: "› 微博"})
}

func TestGoldenEditorEnglish(t *testing.T) {
	fs := withAccounts("weibo")
	m := New(common.NewCommon(i18n.English, ""), fs)
	runGolden(t, m, 80, 24, step{WaitOn: "Your services", Keys: []string{"enter"}}, step{WaitOn: "What it holds"})
}
