package habits

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

type fakeStore struct {
	answers risk.HabitAnswers
	saves   int
	fail    error
}

func (f *fakeStore) Habits(context.Context) (risk.HabitAnswers, error) {
	out := risk.HabitAnswers{}
	for k, v := range f.answers {
		out[k] = v
	}
	return out, nil
}

func (f *fakeStore) SaveHabit(_ context.Context, q, a string) error {
	if f.fail != nil {
		return f.fail
	}
	f.saves++
	f.answers[q] = a
	return nil
}

// drive is run for a screen hosting a huh form: the form's own messages
// come back to the screen (the router sends them to the active screen),
// and sequences are unpacked as Bubble Tea would.
func drive(m common.Screen, msg tea.Msg) []tea.Msg {
	var routed []tea.Msg
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0 && steps < 500; steps++ {
		msg, queue = queue[0], queue[1:]
		if fs, ok := msg.(common.ForScreen); ok {
			msg = fs.Msg
		}
		_, cmd := m.Update(msg)
		for _, out := range expand(collect(cmd)) {
			switch out.(type) {
			case common.StatusMsg, common.ErrorMsg, common.DataChangedMsg, common.NavigateMsg:
				routed = append(routed, out)
			default:
				queue = append(queue, out)
			}
		}
	}
	return routed
}

// expand unpacks tea.Sequence results, whose type Bubble Tea keeps private.
func expand(msgs []tea.Msg) []tea.Msg {
	var out []tea.Msg
	for _, msg := range msgs {
		v := reflect.ValueOf(msg)
		if v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := 0; i < v.Len(); i++ {
				if c, ok := v.Index(i).Interface().(tea.Cmd); ok {
					out = append(out, expand(collect(c))...)
				}
			}
			continue
		}
		out = append(out, msg)
	}
	return out
}

func newModel(lang i18n.Lang, fs *fakeStore) *Model {
	m := New(common.NewCommon(lang, ""), fs)
	m.SetSize(80, 24)
	drive(m, m.Init()())
	return m
}

func plain(m *Model) string { return ansi.Strip(m.View()) }

func TestListsEveryQuestion(t *testing.T) {
	m := newModel(i18n.English, &fakeStore{answers: risk.HabitAnswers{}})
	qs := risk.Questions()
	if len(qs) < 12 {
		t.Fatalf("only %d questions", len(qs))
	}
	m.SetSize(200, 60)
	v := plain(m)
	for _, q := range qs {
		if !strings.Contains(v, i18n.T(i18n.English, q.Text.Key)) {
			t.Errorf("question %s missing", q.ID)
		}
	}
	if !strings.Contains(v, "(0 of "+itoa(len(qs))+" answered)") {
		t.Errorf("no count:\n%s", v)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestWalkThroughAnswersOneAtATimeAndSaves(t *testing.T) {
	fs := &fakeStore{answers: risk.HabitAnswers{}}
	m := newModel(i18n.English, fs)
	qs := risk.Questions()
	drive(m, press("s"))
	if !m.Capturing() {
		t.Fatal("asking a question does not capture keys")
	}
	if !strings.Contains(plain(m), "Question 1 of") || !strings.Contains(plain(m), i18n.T(i18n.English, qs[0].Text.Key)) {
		t.Fatalf("the first question is not asked:\n%s", plain(m))
	}
	drive(m, press("enter")) // first option
	drive(m, press("down"))
	out := drive(m, press("enter")) // second option
	if fs.answers[qs[0].ID] != qs[0].Options[0].ID || fs.answers[qs[1].ID] != qs[1].Options[1].ID {
		t.Fatalf("answers not saved: %v", fs.answers)
	}
	if !hasChanged(out) {
		t.Error("a saved answer did not tell the plan and Home")
	}
	if !strings.Contains(plain(m), "Question 3 of") {
		t.Errorf("the walk did not move on:\n%s", plain(m))
	}
	drive(m, press("esc"))
	if m.Capturing() || !strings.Contains(plain(m), "(2 of") {
		t.Errorf("esc did not stop with answers kept:\n%s", plain(m))
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

func TestChangingOneAnswerStopsAfterIt(t *testing.T) {
	qs := risk.Questions()
	fs := &fakeStore{answers: risk.HabitAnswers{qs[0].ID: qs[0].Options[0].ID}}
	m := newModel(i18n.English, fs)
	if !strings.Contains(plain(m), "Your answer: ") {
		t.Errorf("the current answer is not shown:\n%s", plain(m))
	}
	drive(m, press("enter")) // opens the form with the saved answer selected
	drive(m, press("down"))
	out := drive(m, press("enter"))
	if fs.answers[qs[0].ID] != qs[0].Options[1].ID {
		t.Errorf("answer not changed: %v", fs.answers)
	}
	if m.Capturing() || !strings.Contains(statusOf(out), "Answers saved") {
		t.Errorf("after one answer: capturing %v, status %q", m.Capturing(), statusOf(out))
	}
	// "start" goes to the first unanswered question.
	drive(m, press("s"))
	if !strings.Contains(plain(m), "Question 2 of") {
		t.Errorf("start did not skip the answered question:\n%s", plain(m))
	}
}

func TestSaveErrorIsReported(t *testing.T) {
	fs := &fakeStore{answers: risk.HabitAnswers{}, fail: errors.New("locked")}
	m := newModel(i18n.English, fs)
	drive(m, press("enter"))
	out := drive(m, press("enter"))
	if !strings.Contains(statusOf(out), "Could not save") {
		t.Errorf("status %q", statusOf(out))
	}
}

func TestEveryStateFitsAnySizeInBothLanguages(t *testing.T) {
	for _, lang := range i18n.Langs {
		m := newModel(lang, &fakeStore{answers: risk.HabitAnswers{}})
		for _, asking := range []bool{false, true} {
			if asking {
				drive(m, press("s"))
			}
			for _, s := range [][2]int{{1, 1}, {10, 5}, {40, 12}, {80, 24}, {200, 60}} {
				m.SetSize(s[0], s[1])
				checkFits(t, m.View(), s[0], s[1])
			}
		}
		drive(m, common.LangChangedMsg{Lang: lang})
		if !m.Capturing() {
			t.Error("a language change dropped the question being asked")
		}
	}
}

func TestGoldenQuestionChinese(t *testing.T) {
	m := New(common.NewCommon(i18n.Chinese, ""), &fakeStore{answers: risk.HabitAnswers{}})
	runGolden(t, m, 80, 24, step{WaitOn: "习惯自查", Keys: []string{"s"}}, step{WaitOn: "第 1 题", Keys: []string{"down"}})
}

func TestGoldenListSmall(t *testing.T) {
	m := New(common.NewCommon(i18n.English, ""), &fakeStore{answers: risk.HabitAnswers{"screen_lock": "yes"}})
	runGolden(t, m, 40, 8, step{WaitOn: "Habits checkup", Keys: []string{"down"}}, step{WaitOn: "Your answer"})
}

// Under NO_COLOR the highlighted answer stays reversed, not only coloured.
func TestNoColorKeepsTheChoiceVisible(t *testing.T) {
	m := New(common.NewCommon(i18n.English, ""), &fakeStore{answers: risk.HabitAnswers{}})
	frame := runGolden(t, m, 80, 24, step{WaitOn: "Habits checkup", Keys: []string{"s"}}, step{WaitOn: "Question 1"})
	var out strings.Builder
	w := &colorprofile.Writer{Forward: &out, Profile: colorprofile.Ascii}
	if _, err := w.WriteString(frame); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\x1b[7") && !strings.Contains(out.String(), ";7m") && !strings.Contains(out.String(), ";7;") {
		t.Errorf("no reverse video under NO_COLOR:\n%q", out.String())
	}
}
