package lessons

import (
	"context"
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/footprint-audit/footprint/content/i18n"
	content "github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/internal/screentest"
)

// fakeStore keeps progress in memory with the store's own merge rules.
type fakeStore struct {
	progress map[string]store.LessonProgress
	planned  []string
	marks    []string
	failSave bool
}

func newFake() *fakeStore { return &fakeStore{progress: map[string]store.LessonProgress{}} }

func (f *fakeStore) LessonProgress(context.Context) ([]store.LessonProgress, error) {
	var out []store.LessonProgress
	for _, p := range f.progress {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].LessonID < out[j].LessonID })
	return out, nil
}
func (f *fakeStore) PlanLessons(context.Context) ([]string, error) { return f.planned, nil }
func (f *fakeStore) MarkLessonRead(_ context.Context, id string) error {
	p := f.progress[id]
	p.LessonID, p.ReadAt = id, time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	f.progress[id] = p
	f.marks = append(f.marks, id)
	return nil
}
func (f *fakeStore) RecordQuiz(_ context.Context, id string, a store.QuizAttempt) (store.LessonProgress, error) {
	if f.failSave {
		return store.LessonProgress{}, errors.New("disk full")
	}
	p := f.progress[id]
	p.LessonID = id
	next, err := p.Merge(a)
	if err != nil {
		return store.LessonProgress{}, err
	}
	f.progress[id] = next
	return next, nil
}

var press = screentest.Press

// drive feeds msg and every message its commands produce back into m, as
// the router and Bubble Tea would, and returns what went to the router.
func drive(m *Model, msgs ...tea.Msg) []tea.Msg {
	var routed []tea.Msg
	queue := append([]tea.Msg(nil), msgs...)
	for len(queue) > 0 {
		msg := queue[0]
		queue = queue[1:]
		if fs, ok := msg.(common.ForScreen); ok {
			msg = fs.Msg
		}
		_, cmd := m.Update(msg)
		for _, out := range collect(cmd) {
			switch o := out.(type) {
			case common.ForScreen:
				queue = append(queue, o)
			case common.StatusMsg, common.ErrorMsg, common.DataChangedMsg, common.NavigateMsg:
				routed = append(routed, o)
			default:
				// huh's own messages (next field, next group) go back in.
				queue = append(queue, o)
			}
		}
	}
	return routed
}

var cmdType = reflect.TypeOf(tea.Cmd(nil))

// collect runs cmd and flattens batches and sequences. A command that does
// not answer quickly (the resize listener, a cursor blink) is dropped.
func collect(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(500 * time.Millisecond):
		return nil
	}
	if msg == nil {
		return nil
	}
	// tea.Batch and tea.Sequence both return a slice of commands.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		var out []tea.Msg
		for i := 0; i < v.Len(); i++ {
			out = append(out, collect(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	if _, ok := msg.(tea.WindowSizeMsg); ok {
		return nil
	}
	return []tea.Msg{msg}
}

func newModel(t *testing.T, f *fakeStore, lang i18n.Lang, w, h int) *Model {
	t.Helper()
	c := common.NewCommon(lang, "")
	m := New(c, f)
	m.SetSize(w, h)
	drive(m, m.load()())
	if !m.loaded {
		t.Fatal("the list did not load")
	}
	return m
}

func keys(m *Model, ks ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range ks {
		out = append(out, drive(m, press(k))...)
	}
	return out
}

// fits fails when the view is wider or taller than the screen's size.
func fits(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%d lines in a %d-line body", len(lines), h)
	}
	for _, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("line of %d cells in %d: %q", lw, w, l)
		}
	}
}

func lesson(t *testing.T, id string) content.Lesson {
	t.Helper()
	lib, err := content.Load()
	if err != nil {
		t.Fatal(err)
	}
	l, ok := lib.Lesson(id)
	if !ok {
		t.Fatalf("no lesson %s", id)
	}
	return l
}

func hasError(msgs []tea.Msg) bool {
	for _, m := range msgs {
		if _, ok := m.(common.ErrorMsg); ok {
			return true
		}
	}
	return false
}
