package settings

import (
	"context"
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/internal/screentest"
)

type fakeStore struct {
	p       store.Profile
	failing bool
}

func (f *fakeStore) Profile(context.Context) (store.Profile, error) { return f.p, nil }
func (f *fakeStore) SetProfileField(_ context.Context, fl store.ProfileField, v string) error {
	if f.failing {
		return errors.New("disk full")
	}
	switch fl {
	case store.FieldDisplayName:
		f.p.DisplayName = v
	case store.FieldFullName:
		f.p.FullName = v
	case store.FieldBirthDate:
		f.p.BirthDate = v
	case store.FieldPhone:
		f.p.Phone = v
	case store.FieldEmail:
		f.p.Email = v
	}
	return nil
}
func (f *fakeStore) ClearProfile(context.Context) error { f.p = store.Profile{}; return nil }

// The shared screen-test helpers.
var (
	press = screentest.Press
	run   = screentest.Run
)

func newModel(fs *fakeStore) *Model {
	c := common.NewCommon(i18n.English, "/data/footprint.db")
	m := New(c, fs)
	m.SetSize(80, 20)
	run(m, m.Init()())
	return m
}

func typeText(m *Model, s string) {
	for _, r := range s {
		run(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func TestEditSaveAndDelete(t *testing.T) {
	fs := &fakeStore{}
	m := newModel(fs)
	run(m, press("j")) // display name
	run(m, press("j")) // full name
	run(m, press("enter"))
	if !m.Capturing() {
		t.Fatal("editing does not capture keys")
	}
	typeText(m, "Li Lei q?")
	out := run(m, press("enter"))
	if fs.p.FullName != "Li Lei q?" {
		t.Fatalf("saved %q", fs.p.FullName)
	}
	if m.Capturing() {
		t.Error("still editing after save")
	}
	if !hasStatus(out) {
		t.Error("no 'saved' status after saving")
	}
	if !strings.Contains(m.View(), "Li Lei") {
		t.Error("the view does not show the saved value")
	}
	run(m, press("d"))
	if fs.p.FullName != "" {
		t.Error("d did not delete the detail")
	}
}

func hasStatus(msgs []tea.Msg) bool {
	for _, m := range msgs {
		if _, ok := m.(common.StatusMsg); ok {
			return true
		}
	}
	return false
}

func TestEscCancelsEdit(t *testing.T) {
	fs := &fakeStore{p: store.Profile{Phone: "123"}}
	m := newModel(fs)
	for i := 0; i < 4; i++ {
		run(m, press("j"))
	}
	run(m, press("enter"))
	typeText(m, "999")
	run(m, press("esc"))
	if fs.p.Phone != "123" || m.Capturing() {
		t.Errorf("esc saved or kept editing: %q", fs.p.Phone)
	}
}

func TestClearAllAsksFirst(t *testing.T) {
	fs := &fakeStore{p: store.Profile{FullName: "A", Email: "a@b.c"}}
	m := newModel(fs)
	run(m, press("k")) // wraps to "delete all"
	run(m, press("enter"))
	if !strings.Contains(m.View(), "Press y") {
		t.Fatal("no confirmation shown")
	}
	run(m, press("n"))
	if fs.p.FullName != "A" {
		t.Fatal("n deleted the details")
	}
	run(m, press("enter"))
	run(m, press("y"))
	if fs.p != (store.Profile{}) {
		t.Errorf("y did not delete everything: %+v", fs.p)
	}
}

func TestLanguageRowAsksRouter(t *testing.T) {
	m := newModel(&fakeStore{})
	out := run(m, press("enter"))
	if len(out) != 1 || out[0] != (common.SetLangMsg{Lang: i18n.Chinese}) {
		t.Errorf("enter on language sent %v", out)
	}
}

func TestSaveErrorIsReported(t *testing.T) {
	fs := &fakeStore{failing: true}
	m := newModel(fs)
	run(m, press("j"))
	run(m, press("enter"))
	typeText(m, "x")
	out := run(m, press("enter"))
	found := false
	for _, o := range out {
		if e, ok := o.(common.ErrorMsg); ok && strings.Contains(e.Text, "nothing was lost") {
			found = true
		}
	}
	if !found {
		t.Errorf("a failed save was not reported: %v", out)
	}
}

func TestPasteIsCleaned(t *testing.T) {
	fs := &fakeStore{}
	m := newModel(fs)
	run(m, press("j"))
	run(m, press("enter"))
	huge := strings.Repeat("ab\x00\n\xff", 300000) // 1.5 MB with NUL, newlines, invalid UTF-8
	run(m, tea.PasteMsg{Content: huge})
	run(m, press("enter"))
	if n := len([]rune(fs.p.DisplayName)); n == 0 || n > MaxFieldRunes {
		t.Fatalf("stored %d runes", n)
	}
	if strings.ContainsAny(fs.p.DisplayName, "\x00\n\ufffd") {
		t.Errorf("control or invalid bytes stored: %q", fs.p.DisplayName[:20])
	}
}

func TestSmallHeightKeepsCursorVisible(t *testing.T) {
	m := newModel(&fakeStore{})
	m.SetSize(40, 8)
	for i := 0; i < 6; i++ {
		run(m, press("j"))
	}
	v := m.View()
	if got := strings.Count(v, "\n") + 1; got > 8 {
		t.Errorf("view has %d lines in 8", got)
	}
	if !strings.Contains(v, "Delete all my details") {
		t.Errorf("the selected row scrolled out of view:\n%s", v)
	}
}
