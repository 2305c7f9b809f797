package plan

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

// fakeStore runs the real risk model over an in-memory input, so the
// screen is tested against real rankings and gains.
type fakeStore struct {
	in   risk.Input
	at   map[string]time.Time
	fail error
}

var day = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

func newFake(accounts ...risk.Account) *fakeStore {
	return &fakeStore{
		in: risk.Input{Accounts: accounts, Habits: risk.HabitAnswers{}, Done: map[string]bool{}, Skipped: map[string]bool{}},
		at: map[string]time.Time{},
	}
}

func (f *fakeStore) Plan(context.Context) (Data, error) {
	if f.fail != nil {
		return Data{}, f.fail
	}
	d := Data{Assessment: risk.Evaluate(f.in), DoneAt: f.at, Difficulty: map[string]string{}}
	for _, a := range d.Actions {
		if a.Kind == risk.KindDeleteDormant {
			d.Difficulty[a.ID] = "hard"
		}
	}
	return d, nil
}

func (f *fakeStore) SetDone(_ context.Context, id string) error {
	if f.fail != nil {
		return f.fail
	}
	f.in.Done[id], f.at[id] = true, day
	delete(f.in.Skipped, id)
	return nil
}

func (f *fakeStore) SetSkipped(_ context.Context, id string) error {
	f.in.Skipped[id], f.at[id] = true, day
	return nil
}

func (f *fakeStore) Reopen(_ context.Context, id string) error {
	delete(f.in.Done, id)
	delete(f.in.Skipped, id)
	delete(f.at, id)
	return nil
}

var (
	alipay = risk.Account{ID: "alipay", Name: "Alipay", Category: "payment", SMSRecovery: "yes",
		SecondFactor: risk.FactorSMS, Holds: []checks.DataKind{checks.Phone, checks.Payment, checks.Face}}
	weibo = risk.Account{ID: "weibo", Name: "Weibo", Category: "social", Dormant: true,
		DeletionURL: "https://example.com/delete", DeletionDifficulty: "hard",
		Holds: []checks.DataKind{checks.Phone, checks.Face}, SecondFactor: risk.FactorNone}
)

func newModel(lang i18n.Lang, fs *fakeStore, w, h int) *Model {
	m := New(common.NewCommon(lang, ""), fs)
	m.SetSize(w, h)
	run(m, m.Init()())
	return m
}

func plain(m *Model) string { return ansi.Strip(m.View()) }

func TestListsActionsBestFirstWithGainAndEffort(t *testing.T) {
	fs := newFake(alipay, weibo)
	m := newModel(i18n.English, fs, 120, 40)
	d, _ := fs.Plan(context.Background())
	first := d.Actions[0]
	v := plain(m)
	want := "› +" + strconv.Itoa(first.Gain)
	if !strings.Contains(v, want) || !strings.Contains(v, i18n.T(i18n.English, first.Title.Key, first.Title.Args...)) {
		t.Errorf("the best action is not first and selected (%s):\n%s", want, v)
	}
	if !strings.Contains(v, "effort ") || !strings.Contains(v, "Score "+strconv.Itoa(d.Score)+"/100") {
		t.Errorf("no effort or score:\n%s", v)
	}
}

func TestDoneKeepsTheDateAndTheScoreRises(t *testing.T) {
	fs := newFake(alipay, weibo)
	m := newModel(i18n.English, fs, 120, 40)
	before := m.data.Score
	first := m.data.Actions[0]
	out := run(m, press("d"))
	if !fs.in.Done[first.ID] {
		t.Fatalf("d did not mark %s done", first.ID)
	}
	if m.data.Score <= before {
		t.Errorf("score %d → %d after doing the best action", before, m.data.Score)
	}
	status := statusOf(out)
	if !strings.Contains(status, "Marked done.") || !strings.Contains(status, strconv.Itoa(before)+" → "+strconv.Itoa(m.data.Score)) {
		t.Errorf("status %q", status)
	}
	if !hasChanged(out) {
		t.Error("Home was not told to reload")
	}
	v := plain(m)
	if !strings.Contains(v, "Done") || !strings.Contains(v, "✓ "+day.Local().Format("2006-01-02")) {
		t.Errorf("the done action is not listed apart with its date:\n%s", v)
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

func TestSkipListsApartAndReopenRestores(t *testing.T) {
	fs := newFake(alipay, weibo)
	m := newModel(i18n.English, fs, 120, 40)
	first := m.data.Actions[0]
	run(m, press("n"))
	if !fs.in.Skipped[first.ID] {
		t.Fatal("n did not skip")
	}
	if !strings.Contains(plain(m), "Not for me") {
		t.Errorf("no 'not for me' section:\n%s", plain(m))
	}
	if m.data.Actions[m.cursor].ID == first.ID || m.cursor != 0 {
		t.Fatalf("the cursor did not stay on the next step to do")
	}
	for m.data.Actions[m.cursor].ID != first.ID {
		run(m, press("down"))
	}
	run(m, press("o"))
	if fs.in.Skipped[first.ID] || m.data.Actions[0].ID != first.ID {
		t.Errorf("o did not put it back first: %v", fs.in.Skipped)
	}
}

func TestDetailShowsWhyHowLinkAndDifficulty(t *testing.T) {
	fs := newFake(weibo)
	m := newModel(i18n.English, fs, 100, 40)
	for i, a := range m.data.Actions {
		if a.Kind == risk.KindDeleteDormant {
			m.cursor = i
		}
	}
	run(m, press("enter"))
	v := plain(m)
	for _, want := range []string{"Why it matters", "How to do it", "https://example.com/delete", "Hard", "What it fixes", "points"} {
		if !strings.Contains(v, want) {
			t.Errorf("the detail lacks %q:\n%s", want, v)
		}
	}
	run(m, press("esc"))
	if strings.Contains(plain(m), "Why it matters") {
		t.Error("esc did not return to the list")
	}
}

func TestFindingsShowSeverityAndTakeoverChain(t *testing.T) {
	fs := newFake(alipay)
	m := newModel(i18n.English, fs, 120, 60)
	run(m, press("f"))
	v := plain(m)
	for _, want := range []string{"[Act now]", "could be taken over", "Account takeover", "Findings ("} {
		if !strings.Contains(v, want) {
			t.Errorf("the findings lack %q:\n%s", want, v)
		}
	}
	keys(m, "d") // not an action view: nothing happens
	if len(fs.in.Done) != 0 {
		t.Error("d in the findings view marked an action")
	}
}

func TestEmptyPlanAndErrors(t *testing.T) {
	fs := newFake()
	fs.in.Habits = risk.HabitAnswers{"password_manager": "yes"}
	m := newModel(i18n.English, fs, 80, 24)
	if !strings.Contains(plain(m), "No steps yet") {
		t.Errorf("an empty plan:\n%s", plain(m))
	}
	bad := newFake(alipay)
	m = newModel(i18n.English, bad, 80, 24)
	bad.fail = errors.New("locked")
	if out := run(m, press("d")); !strings.Contains(statusOf(out), "plan is unchanged") {
		t.Errorf("a failed save says %q", statusOf(out))
	}
}

func TestEveryViewFitsAnySize(t *testing.T) {
	for _, lang := range i18n.Langs {
		fs := newFake(alipay, weibo)
		m := newModel(lang, fs, 80, 24)
		for _, v := range []string{"", "enter", "f"} {
			if v != "" {
				run(m, press(v))
			}
			for _, s := range [][2]int{{1, 1}, {10, 5}, {40, 12}, {80, 24}, {200, 60}} {
				m.SetSize(s[0], s[1])
				checkFits(t, m.View(), s[0], s[1])
				keys(m, "down", "down", "down")
				checkFits(t, m.View(), s[0], s[1])
			}
			run(m, press("esc"))
		}
	}
}

func TestGoldenPlanEnglish(t *testing.T) {
	fs := newFake(alipay, weibo)
	fs.in.Done["habit:x"] = true
	runGolden(t, New(common.NewCommon(i18n.English, ""), fs), 80, 24,
		step{WaitOn: "Next steps", Keys: []string{"d"}}, step{WaitOn: "✓ ", Keys: []string{"down", "down"}})
}

func TestGoldenPlanDetailChineseSmall(t *testing.T) {
	fs := newFake(alipay)
	runGolden(t, New(common.NewCommon(i18n.Chinese, ""), fs), 40, 12,
		step{WaitOn: "下一步", Keys: []string{"enter"}}, step{WaitOn: "为什么重要"})
}

func TestChineseTextNamesAccountsInChinese(t *testing.T) {
	fs := newFake(alipay)
	m := New(common.NewCommon(i18n.Chinese, ""), &zhStore{fs})
	m.SetSize(120, 40)
	run(m, m.Init()())
	v := plain(m)
	if !strings.Contains(v, "支付宝") || strings.Contains(v, "Alipay") {
		t.Errorf("the Chinese plan names Alipay in English:\n%s", v)
	}
	en := checks.Msg("risk.finding.weak_password.title", "Alipay")
	if got := Localize(en, []string{"alipay"}, i18n.English, map[string]string{"alipay": "支付宝"}); got.Args[0] != "Alipay" {
		t.Errorf("English text changed: %v", got.Args)
	}
	if got := Localize(en, []string{"a", "b"}, i18n.Chinese, map[string]string{"a": "甲"}); got.Args[0] != "Alipay" {
		t.Errorf("a message about two accounts changed: %v", got.Args)
	}
}

type zhStore struct{ *fakeStore }

func (z *zhStore) Plan(ctx context.Context) (Data, error) {
	d, err := z.fakeStore.Plan(ctx)
	d.NamesZh = map[string]string{"alipay": "支付宝"}
	return d, err
}
