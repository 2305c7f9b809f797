package home

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

type fakeDashboard struct {
	d     Dashboard
	calls int
}

func (f *fakeDashboard) Dashboard(context.Context) (Dashboard, error) {
	f.calls++
	return f.d, nil
}

func measured() Dashboard {
	a := risk.Evaluate(risk.Input{Accounts: []risk.Account{
		{ID: "alipay", Name: "Alipay", Category: "payment", SMSRecovery: "yes", SecondFactor: risk.FactorSMS,
			Holds: []checks.DataKind{checks.Phone, checks.Payment}},
		{ID: "weibo", Name: "Weibo", Dormant: true, Holds: []checks.DataKind{checks.Face}},
	}})
	return Dashboard{
		Score: a.Score, Breakdown: a.Breakdown, Measured: true,
		Accounts: 2, PasswordsChecked: 1, ActionsDone: 1, ActionsTotal: len(a.Actions),
		HabitsAnswered: 3, HabitsTotal: 15,
		Next: a.Next(NextCount), History: []int{40, 52, a.Score},
	}
}

func sections(s DashboardStore) []Section {
	return []Section{NewScoreSection(s), NewProgressSection(s), NewNextSection(s), NewHistorySection(s)}
}

func TestSectionsShareOneReadPerLoad(t *testing.T) {
	fd := &fakeDashboard{d: measured()}
	m := newHome(&fakeStore{welcomed: true}, sections(fd)...)
	if fd.calls != 1 {
		t.Errorf("four sections read the dashboard %d times in one load", fd.calls)
	}
	deliver(m, func() tea.Msg { return nil })
	_, cmd := m.Update(common.DataChangedMsg{Source: "plan"})
	deliver(m, cmd)
	if fd.calls != 2 {
		t.Errorf("a data change did not reload once: %d reads", fd.calls)
	}
}

func TestDashboardShowsScoreBreakdownProgressNextAndHistory(t *testing.T) {
	d := measured()
	m := newHome(&fakeStore{welcomed: true}, sections(&fakeDashboard{d: d})...)
	m.SetSize(100, 60)
	v := ansi.Strip(m.View())
	wants := []string{
		"Protection score " + itoa(d.Score) + "/100", "█", "Account takeover",
		"Inventory", "2 services", "Passwords checked", "1 of 2", "Actions done", "Habits answered", "3 of 15",
		"Next steps", "Score over time", "40 → " + itoa(d.Score),
	}
	for _, a := range d.Next {
		wants = append(wants, i18n.T(i18n.English, a.Title.Key, a.Title.Args...))
	}
	for _, w := range wants {
		if !strings.Contains(v, w) {
			t.Errorf("the dashboard lacks %q:\n%s", w, v)
		}
	}
	sum := 0
	for _, a := range d.Breakdown {
		sum += a.Points
		if !strings.Contains(v, i18n.T(i18n.English, a.Label)+" "+itoa(a.Points)+"/"+itoa(a.Max)) {
			t.Errorf("area %s not shown as points/max", a.ID)
		}
	}
	if sum != d.Score {
		t.Errorf("the breakdown shown adds to %d, the score is %d", sum, d.Score)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestUnmeasuredDashboardShowsNoScore(t *testing.T) {
	m := newHome(&fakeStore{welcomed: true}, sections(&fakeDashboard{d: Dashboard{Score: 95, History: []int{95, 95}}})...)
	v := ansi.Strip(m.View())
	if strings.Contains(v, "95") || strings.Contains(v, "Protection score") || strings.Contains(v, "Inventory") {
		t.Errorf("an empty audit shows a score:\n%s", v)
	}
}

func TestSparklineUsesTheScoreScale(t *testing.T) {
	if got := Sparkline([]int{0, 50, 100, 150, -3}, 10); got != "▁▄██▁" {
		t.Errorf("Sparkline = %q", got)
	}
	if got := Sparkline([]int{10, 20, 30, 100}, 2); got != "▃█" {
		t.Errorf("Sparkline keeps the newest: %q", got)
	}
	if got := Bar(3, 10, 10); got != "███░░░░░░░" {
		t.Errorf("Bar = %q", got)
	}
	if got := Bar(5, 0, 4); got != "░░░░" {
		t.Errorf("Bar of nothing = %q", got)
	}
}

// At 40x12 (8 rows for the screen) the dashboard opens at its top, and
// moving down brings every place to go into view.
func TestSmallDashboardScrollsToEveryTarget(t *testing.T) {
	targets := []common.ScreenInfo{
		{ID: "inventory", TitleKey: "inventory_ui.title", BlurbKey: "inventory_ui.blurb"},
		{ID: "exposure", TitleKey: "inventory_ui.map.title", BlurbKey: "inventory_ui.map.blurb"},
		{ID: "plan", TitleKey: "inventory_ui.plan.title", BlurbKey: "inventory_ui.plan.blurb"},
		{ID: "settings", TitleKey: "settings.title", BlurbKey: "settings.blurb"},
	}
	for _, lang := range i18n.Langs {
		c := common.NewCommon(lang, "")
		m := New(c, &fakeStore{welcomed: true}, targets, sections(&fakeDashboard{d: measured()})...)
		m.SetSize(40, 8)
		deliver(m, m.Init())
		v := ansi.Strip(m.View())
		if !strings.Contains(v, i18n.T(lang, "inventory_ui.dash.score")) {
			t.Errorf("%s: the dashboard does not open at the score:\n%s", lang, v)
		}
		for i := range targets {
			for j := 0; j < 40 && !strings.Contains(ansi.Strip(m.View()), "› "+i18n.T(lang, targets[i].TitleKey)); j++ {
				m.Update(tea.KeyPressMsg{Code: tea.KeyDown})
			}
			view := m.View()
			if !strings.Contains(ansi.Strip(view), "› "+i18n.T(lang, targets[i].TitleKey)) {
				t.Fatalf("%s: target %d never came into view:\n%s", lang, i, ansi.Strip(view))
			}
			if n := strings.Count(view, "\n") + 1; n > 8 {
				t.Errorf("%s: %d lines at height 8", lang, n)
			}
		}
		_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
		if msg, ok := cmd().(common.NavigateMsg); !ok || msg.To != "settings" {
			t.Errorf("%s: enter went to %v", lang, cmd())
		}
		for j := 0; j < 60; j++ {
			m.Update(tea.KeyPressMsg{Code: tea.KeyUp})
		}
		if !strings.Contains(ansi.Strip(m.View()), i18n.T(lang, "inventory_ui.dash.score")) {
			t.Errorf("%s: up did not scroll back to the top", lang)
		}
	}
}

func TestSectionsFitNarrowWidths(t *testing.T) {
	d := measured()
	for _, lang := range i18n.Langs {
		c := common.NewCommon(lang, "")
		for _, s := range sections(&fakeDashboard{d: d}) {
			for _, w := range []int{20, 38, 40, 80} {
				for _, l := range strings.Split(s.View(c, d, w), "\n") {
					if lw := ansi.StringWidth(l); lw > w && w >= 38 {
						t.Errorf("%s %T at %d: line %d wide: %q", lang, s, w, lw, ansi.Strip(l))
					}
				}
			}
		}
	}
}
