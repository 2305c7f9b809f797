//go:build !windows

package e2e

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Tab numbers of the inventory capability's screens (Home is 1).
const (
	tabHome      = "1"
	tabInventory = "3"
	tabExposure  = "4"
	tabPlan      = "5"
)

var (
	actionRow = regexp.MustCompile(`(?m)^[ ›]+\+(\d+)\s+.*· effort (\d)/5`)
	scoreMove = regexp.MustCompile(`Score (\d+) → (\d+)\.`)
	homeScore = regexp.MustCompile(`Protection score (\d+)/100`)
)

// A newcomer adds WeChat, Alipay and an old Weibo account that holds face
// data, sees the heat map and the takeover chain, finds the plan led by the
// step with the best gain for its effort, does it, and sees the score rise
// on Home.
func TestNewcomerInventoryToPlan(t *testing.T) {
	env := Fresh(t)
	term := Start(t, env, "--db", filepath.Join(env.Home, "footprint.db"))
	term.WaitFor("Welcome to footprint")
	term.Press(Enter, tabInventory)
	term.WaitFor("Common services (0 ticked)")
	term.Press(Esc)
	term.WaitFor("Your services (0)")

	for _, add := range []struct{ query, name string }{{"wechat", "WeChat"}, {"zfb", "Alipay"}, {"微博", "Weibo"}} {
		term.Type("a")
		term.WaitFor("Add a service")
		term.Type(add.query)
		term.WaitFor("› " + add.name)
		term.Press(Enter)
		term.WaitFor("Added "+add.name+".", "Your services")
	}
	term.WaitFor("Your services (3)", "› Weibo")

	// Weibo: face data, and not used for over a year.
	term.Press(Enter)
	term.WaitFor("What it holds about you")
	for i := 0; i < 7; i++ {
		term.Press(Down)
	}
	term.WaitFor("› [ ] Face (biometric)")
	term.Press(" ")
	term.WaitFor("› [x] Face (biometric)")
	for i := 0; i < 9; i++ {
		term.Press(Down)
	}
	term.WaitFor("› Not used for over a year")
	term.Press(" ")
	term.WaitFor("year      [x]")
	term.Press(Esc)
	term.WaitFor("Your services (3)", "dormant")

	term.Press(tabExposure)
	term.WaitFor("Who holds what (3 services)", "◆", "sensitive, held by an account at risk")

	term.Press(tabPlan)
	term.WaitFor("Next steps, best first")
	term.Type("f")
	term.WaitFor("[Act now]", "Alipay could be taken over through your phone number")
	term.Press(Esc)
	term.WaitFor("Next steps, best first")

	// The first step has the best gain per unit of effort on the screen.
	rows := actionRow.FindAllStringSubmatch(term.Screen(), -1)
	if len(rows) < 3 {
		t.Fatalf("fewer than three steps listed:\n%s", term.Screen())
	}
	firstGain, firstEffort := atoi(t, rows[0][1]), atoi(t, rows[0][2])
	if firstGain == 0 {
		t.Fatalf("the first step gains nothing:\n%s", term.Screen())
	}
	for _, r := range rows[1:] {
		if g, e := atoi(t, r[1]), atoi(t, r[2]); g*firstEffort > firstGain*e {
			t.Errorf("+%d for effort %d ranks below the first step (+%d for %d):\n%s", g, e, firstGain, firstEffort, term.Screen())
		}
	}
	if !strings.Contains(term.Screen(), "› +"+rows[0][1]) {
		t.Fatalf("the first step is not selected:\n%s", term.Screen())
	}

	term.Type("d")
	term.WaitFor("Marked done.", "Done")
	m := scoreMove.FindStringSubmatch(term.Screen())
	if m == nil {
		t.Fatalf("no score change announced:\n%s", term.Screen())
	}
	before, after := atoi(t, m[1]), atoi(t, m[2])
	if after-before != firstGain {
		t.Errorf("score %d → %d, the step promised +%d", before, after, firstGain)
	}

	term.Press(tabHome)
	term.WaitFor("Your privacy dashboard", "Protection score", "Score over time")
	h := homeScore.FindStringSubmatch(term.Screen())
	if h == nil || atoi(t, h[1]) != after {
		t.Errorf("Home shows %v, want the new score %d:\n%s", h, after, term.Screen())
	}
	term.WaitFor(" → " + strconv.Itoa(after))
	term.Quit()
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
