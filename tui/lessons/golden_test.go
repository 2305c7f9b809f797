package lessons

import (
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/internal/screentest"
)

type goldenStep = screentest.Step

// runGolden drives the screen in a real program and compares the final
// frame, as a person reads it, with testdata/<test>.golden (refresh with
// go test ./tui/lessons -run Golden -update). It returns the styled frame.
func runGolden(t *testing.T, f *fakeStore, lang i18n.Lang, dark bool, profile colorprofile.Profile, w, h int, steps ...goldenStep) string {
	t.Helper()
	c := common.NewCommon(lang, "")
	c.Styles = common.NewStyles(dark)
	return screentest.GoldenWith(t, New(c, f), profile, w, h, steps...)
}

func TestGoldenListEnglish(t *testing.T) {
	f := newFake()
	someProgress(f)
	f.planned = []string{"two-factor-sim-swap"}
	runGolden(t, f, i18n.English, true, colorprofile.Ascii, 80, 20, goldenStep{WaitOn: "Next:", Keys: []string{"down", "down"}},
		goldenStep{WaitOn: "› "})
}

func TestGoldenListSmallChinese(t *testing.T) {
	f := newFake()
	someProgress(f)
	runGolden(t, f, i18n.Chinese, true, colorprofile.Ascii, 40, 8, goldenStep{WaitOn: "建议下一课"})
}

func TestGoldenReaderChinese(t *testing.T) {
	runGolden(t, newFake(), i18n.Chinese, false, colorprofile.Ascii, 80, 20,
		goldenStep{WaitOn: "课程与测验", Keys: []string{"down", "down", "down", "down", "down", "enter"}},
		goldenStep{WaitOn: "0% · 5 分钟", Keys: []string{"pgdown"}}, goldenStep{WaitOn: "短信"})
}

func TestGoldenQuizFeedbackSmall(t *testing.T) {
	runGolden(t, newFake(), i18n.English, true, colorprofile.Ascii, 40, 8,
		goldenStep{WaitOn: "Next:", Keys: []string{"down", "down", "down", "down", "t"}},
		goldenStep{WaitOn: "Question 1 of 7", Keys: []string{"down", "enter"}},
		goldenStep{WaitOn: "Not quite"})
}

func TestGoldenQuizMultiSelect(t *testing.T) {
	steps := []goldenStep{{WaitOn: "Next:", Keys: []string{"down", "down", "down", "down", "t"}}}
	// Questions 1-5 of the passwords quiz, answered rightly.
	for _, a := range []int{2, 1, 0, 2, 3} {
		var ks []string
		for i := 0; i < a; i++ {
			ks = append(ks, "down")
		}
		steps = append(steps, goldenStep{WaitOn: "Pick one", Keys: append(ks, "enter")}, goldenStep{WaitOn: "Right.", Keys: []string{"enter"}})
	}
	steps = append(steps, goldenStep{WaitOn: "Pick every answer", Keys: []string{"down", "space"}}, goldenStep{WaitOn: "[•]"})
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
