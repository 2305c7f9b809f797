// Package screentest drives one footprint screen in tests the way the
// router does: key presses, background commands run to completion (timers
// dropped), ForScreen envelopes unwrapped, size checks and golden frames.
package screentest

import (
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/footprint-audit/footprint/tui/common"
)

// Press is the key press for a key name: "enter", "esc", "space", arrows,
// "pgdown", "ctrl+n", or a single character.
func Press(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "ctrl+n":
		return tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl}
	case "ctrl+t":
		return tea.KeyPressMsg{Code: 't', Mod: tea.ModCtrl}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// Run feeds msg and every message its commands produce back into the
// screen, unwrapping ForScreen envelopes as the router does; it returns
// what the router would have received.
func Run(m common.Screen, msg tea.Msg) []tea.Msg {
	var routed []tea.Msg
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		msg, queue = queue[0], queue[1:]
		if fs, ok := msg.(common.ForScreen); ok {
			msg = fs.Msg
		}
		_, cmd := m.Update(msg)
		for _, out := range Collect(cmd) {
			if fs, ok := out.(common.ForScreen); ok && fs.To == m.ID() {
				queue = append(queue, fs)
			} else {
				routed = append(routed, out)
			}
		}
	}
	return routed
}

// Collect runs cmd and returns the messages it produced (batches
// flattened). Timers (a cursor's blink) would stall a test: a command that
// has not answered within 50 ms is one of them and is dropped.
func Collect(cmd tea.Cmd) []tea.Msg { return CollectWithin(cmd, 50*time.Millisecond) }

// CollectWithin is Collect with the patience a slower command needs.
func CollectWithin(cmd tea.Cmd, patience time.Duration) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(patience):
		return nil
	}
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, CollectWithin(c, patience)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// Keys presses each named key in turn.
func Keys(m common.Screen, ks ...string) {
	for _, k := range ks {
		Run(m, Press(k))
	}
}

// Type types s one character at a time.
func Type(m common.Screen, s string) {
	for _, r := range s {
		Run(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// StatusOf is the text of the first status or error message in msgs.
func StatusOf(msgs []tea.Msg) string {
	for _, m := range msgs {
		switch m := m.(type) {
		case common.StatusMsg:
			return m.Text
		case common.ErrorMsg:
			return m.Text
		}
	}
	return ""
}

// CheckFits fails when a view is taller or wider than its window.
func CheckFits(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if view != "" && len(lines) > h {
		t.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for _, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%dx%d: a line is %d wide: %q", w, h, lw, ansi.Strip(l))
		}
	}
}

// Host runs one screen as a program, the way the router would, for
// golden frames. It keeps the last frame it drew so a test can wait on it
// without reading the screen from another goroutine.
type Host struct {
	s    common.Screen
	mu   sync.Mutex
	last string
}

// Last is the frame most recently drawn.
func (h *Host) Last() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.last
}

func (h *Host) Init() tea.Cmd { return h.s.Init() }

func (h *Host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		h.s.SetSize(msg.Width, msg.Height)
		return h, nil
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return h, tea.Quit
		}
	case common.ForScreen:
		var cmd tea.Cmd
		h.s, cmd = h.s.Update(msg.Msg)
		return h, cmd
	}
	var cmd tea.Cmd
	h.s, cmd = h.s.Update(msg)
	return h, cmd
}

func (h *Host) View() tea.View {
	v := h.s.View()
	h.mu.Lock()
	h.last = v
	h.mu.Unlock()
	return tea.NewView(v)
}

type Step struct {
	WaitOn string   // text that must be in the view before the keys are sent
	Keys   []string // key names as Press takes them
}

// NewHost wraps s to run as a program.
func NewHost(s common.Screen) *Host { return &Host{s: s} }

// Golden drives s at w x h and compares its last frame, without styling,
// with testdata/<test>.golden (refresh with go test -update).
func Golden(t *testing.T, s common.Screen, w, h int, steps ...Step) string {
	t.Helper()
	return GoldenWith(t, s, colorprofile.Ascii, w, h, steps...)
}

// GoldenWith is Golden in a terminal of the given colour profile; it
// returns the styled frame, for tests of the styling itself.
func GoldenWith(t *testing.T, s common.Screen, profile colorprofile.Profile, w, h int, steps ...Step) string {
	t.Helper()
	hs := NewHost(s)
	tm := teatest.NewTestModel(t, hs, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(profile)))
	for _, st := range steps {
		if st.WaitOn != "" {
			teatest.WaitFor(t, tm.Output(), func([]byte) bool {
				return strings.Contains(ansi.Strip(hs.Last()), st.WaitOn)
			}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
		}
		for _, k := range st.Keys {
			tm.Send(Press(k))
		}
	}
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Host)
	frame := fm.s.View()
	golden.RequireEqual(t, ansi.Strip(frame))
	return frame
}
