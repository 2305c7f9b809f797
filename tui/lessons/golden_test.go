package lessons

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

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

// host runs the screen alone in a real program, as the router would: it
// sizes it, unwraps results sent to it, and quits on ctrl+c.
type host struct {
	s    common.Screen
	mu   sync.Mutex
	last string // the latest frame, for the test goroutine to read safely
}

func (h *host) frame() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.last
}

func (h *host) Init() tea.Cmd { return h.s.Init() }

func (h *host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		h.s.SetSize(msg.Width, msg.Height)
		return h, nil
	case common.ForScreen:
		var cmd tea.Cmd
		h.s, cmd = h.s.Update(msg.Msg)
		return h, cmd
	case tea.KeyPressMsg:
		if msg.Mod == tea.ModCtrl && msg.Code == 'c' {
			return h, tea.Quit
		}
	}
	var cmd tea.Cmd
	h.s, cmd = h.s.Update(msg)
	return h, cmd
}

func (h *host) View() tea.View {
	v := h.s.View()
	h.mu.Lock()
	h.last = v
	h.mu.Unlock()
	return tea.NewView(v)
}

type goldenStep struct {
	waitOn string
	keys   []string
}

// runGolden drives the screen in a real program and compares the final
// frame, as a person reads it, with testdata/<test>.golden (refresh with
// go test ./tui/lessons -run Golden -update). It returns the styled frame.
func runGolden(t *testing.T, f *fakeStore, lang i18n.Lang, dark bool, profile colorprofile.Profile, w, h int, steps ...goldenStep) string {
	t.Helper()
	c := common.NewCommon(lang, "")
	c.Styles = common.NewStyles(dark)
	m := New(c, f)
	hm := &host{s: m}
	tm := teatest.NewTestModel(t, hm, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(profile)))
	for _, s := range steps {
		if s.waitOn != "" {
			teatest.WaitFor(t, tm.Output(), func([]byte) bool {
				return strings.Contains(ansi.Strip(hm.frame()), s.waitOn)
			}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
		}
		for _, k := range s.keys {
			tm.Send(press(k))
		}
	}
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*host)
	frame := fm.View().Content
	golden.RequireEqual(t, ansi.Strip(frame))
	return frame
}

func TestGoldenListEnglish(t *testing.T) {
	f := newFake()
	someProgress(f)
	f.planned = []string{"two-factor-sim-swap"}
	runGolden(t, f, i18n.English, true, colorprofile.Ascii, 80, 20, goldenStep{waitOn: "Next:", keys: []string{"down", "down"}},
		goldenStep{waitOn: "› "})
}

func TestGoldenListSmallChinese(t *testing.T) {
	f := newFake()
	someProgress(f)
	runGolden(t, f, i18n.Chinese, true, colorprofile.Ascii, 40, 8, goldenStep{waitOn: "建议下一课"})
}

func TestGoldenReaderChinese(t *testing.T) {
	runGolden(t, newFake(), i18n.Chinese, false, colorprofile.Ascii, 80, 20,
		goldenStep{waitOn: "课程与测验", keys: []string{"down", "down", "down", "down", "down", "enter"}},
		goldenStep{waitOn: "0% · 5 分钟", keys: []string{"pgdown"}}, goldenStep{waitOn: "短信"})
}

func TestGoldenQuizFeedbackSmall(t *testing.T) {
	runGolden(t, newFake(), i18n.English, true, colorprofile.Ascii, 40, 8,
		goldenStep{waitOn: "Next:", keys: []string{"down", "down", "down", "down", "t"}},
		goldenStep{waitOn: "Question 1 of 7", keys: []string{"down", "enter"}},
		goldenStep{waitOn: "Not quite"})
}

func TestGoldenQuizMultiSelect(t *testing.T) {
	steps := []goldenStep{{waitOn: "Next:", keys: []string{"down", "down", "down", "down", "t"}}}
	// Questions 1-5 of the passwords quiz, answered rightly.
	for _, a := range []int{2, 1, 0, 2, 3} {
		var ks []string
		for i := 0; i < a; i++ {
			ks = append(ks, "down")
		}
		steps = append(steps, goldenStep{waitOn: "Pick one", keys: append(ks, "enter")}, goldenStep{waitOn: "Right.", keys: []string{"enter"}})
	}
	steps = append(steps, goldenStep{waitOn: "Pick every answer", keys: []string{"down", "space"}}, goldenStep{waitOn: "[•]"})
	frame := runGolden(t, newFake(), i18n.English, true, colorprofile.Ascii, 80, 20, steps...)
	if !strings.Contains(ansi.Strip(frame), "> [•] Your main email account") {
		t.Errorf("the ticked, focused option is not marked without colour:\n%s", ansi.Strip(frame))
	}
}

// The reader in a 16-colour terminal uses only the 16 ANSI colours, and
// under NO_COLOR none at all, while headings stay told apart by bold.
func TestReaderColourProfiles(t *testing.T) {
	for _, c := range []struct {
		profile   colorprofile.Profile
		forbidden []string
	}{
		{colorprofile.ANSI, []string{"38;5;", "38;2;", "48;5;", "48;2;"}},
		{colorprofile.Ascii, []string{"38;5;", "38;2;", "48;5;", "48;2;", "[3", "[9", "[4"}},
	} {
		m := newModel(t, newFake(), i18n.English, 80, 20)
		keys(m, "enter")
		var out strings.Builder
		w := &colorprofile.Writer{Forward: &out, Profile: c.profile}
		if _, err := w.WriteString(m.View()); err != nil {
			t.Fatal(err)
		}
		s := out.String()
		for _, bad := range c.forbidden {
			for _, seq := range sgrs(s) {
				if strings.Contains(seq, bad) {
					t.Errorf("profile %v: %q survived in %q", c.profile, bad, seq)
					break
				}
			}
		}
		if !strings.Contains(ansi.Strip(s), "What counts as personal information") {
			t.Errorf("profile %v lost the text", c.profile)
		}
	}
}

// sgrs lists the SGR escape sequences in s.
func sgrs(s string) []string {
	var out []string
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], 'm')
		if j < 0 {
			return out
		}
		out = append(out, s[i:i+j+1])
		s = s[i+j+1:]
	}
}
