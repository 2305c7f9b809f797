package home

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

type fakeStore struct{ welcomed bool }

func (f *fakeStore) Welcomed(context.Context) (bool, error) { return f.welcomed, nil }
func (f *fakeStore) SetWelcomed(context.Context) error      { f.welcomed = true; return nil }

type section struct{ text string }

func (s section) Load(context.Context) (any, error) { return s.text, nil }
func (s section) View(c *common.Common, data any, w int) string {
	return "section:" + data.(string)
}

func deliver(m *Model, cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if fs, ok := msg.(common.ForScreen); ok {
		m.Update(fs.Msg)
		return nil
	}
	return msg
}

func newHome(fs *fakeStore, sections ...Section) *Model {
	c := common.NewCommon(i18n.English, "/data/footprint.db")
	m := New(c, fs, []common.ScreenInfo{{ID: "settings", TitleKey: "settings.title", BlurbKey: "settings.blurb"}}, sections...)
	m.SetSize(80, 20)
	deliver(m, m.Init())
	return m
}

func TestFirstRunWelcomeThenDashboard(t *testing.T) {
	fs := &fakeStore{}
	m := newHome(fs)
	if !strings.Contains(m.View(), "Welcome to footprint") || !strings.Contains(m.View(), "/data/footprint.db") {
		t.Fatalf("no welcome on first run:\n%s", m.View())
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	deliver(m, cmd)
	if !fs.welcomed {
		t.Error("starting did not record the welcome")
	}
	if !strings.Contains(m.View(), "Your privacy dashboard") {
		t.Errorf("no dashboard after the welcome:\n%s", m.View())
	}
}

func TestWelcomeLanguageKey(t *testing.T) {
	m := newHome(&fakeStore{})
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'l', Text: "l"})
	if msg := deliver(m, cmd); msg != (common.SetLangMsg{Lang: i18n.Chinese}) {
		t.Errorf("l sent %v", msg)
	}
}

func TestDashboardListsSectionsAndScreens(t *testing.T) {
	m := newHome(&fakeStore{welcomed: true}, section{"score 72"})
	v := m.View()
	if !strings.Contains(v, "section:score 72") || strings.Contains(v, "Nothing measured yet") {
		t.Errorf("section not shown:\n%s", v)
	}
	if !strings.Contains(v, "Settings") {
		t.Error("the Settings screen is not listed")
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if msg := deliver(m, cmd); msg != (common.NavigateMsg{To: "settings"}) {
		t.Errorf("enter sent %v", msg)
	}
}

func TestGuestModeSaysSo(t *testing.T) {
	c := common.NewCommon(i18n.Chinese, "")
	m := New(c, &fakeStore{}, nil)
	m.SetSize(80, 20)
	deliver(m, m.Init())
	if !strings.Contains(m.View(), "访客模式") {
		t.Errorf("guest mode not explained:\n%s", m.View())
	}
}
