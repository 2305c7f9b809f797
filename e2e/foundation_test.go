//go:build !windows

package e2e

import (
	"os"
	"path/filepath"
	"testing"
)

// A newcomer sees the welcome, switches to Chinese, quits; the next start
// is in Chinese.
func TestLanguageChoiceSurvivesRestart(t *testing.T) {
	env := Fresh(t)
	db := filepath.Join(env.Home, "footprint.db")

	term := Start(t, env, "--db", db)
	term.WaitFor("Welcome to footprint", "nothing anywhere")
	term.Type("l")
	term.WaitFor("欢迎使用 footprint")
	term.Press(Enter)
	term.WaitFor("你的隐私总览")
	term.Quit()

	term = Start(t, env, "--db", db)
	term.WaitFor("你的隐私总览", "设置")
	term.Quit()

	fi, err := os.Stat(db)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("database: %v, %v", fi, err)
	}
}

// Settings through the real terminal: edit a detail, see it saved, and
// ctrl+c leaves with 130.
func TestSettingsEditAndAbort(t *testing.T) {
	env := Fresh(t)
	term := Start(t, env, "--db", filepath.Join(env.Home, "f.db"))
	term.WaitFor("Welcome")
	term.Press(Enter, ShiftTab) // Settings is the last tab
	term.WaitFor("Your details (optional)")
	term.Press(Down, Down, Enter)
	term.Type("Li Lei")
	term.Press(Enter)
	term.WaitFor("Saved.", "Li Lei")
	term.Type(CtrlC)
	if code := term.Wait(); code != 130 {
		t.Errorf("ctrl+c exit code %d, want 130", code)
	}
}

// Resizing to a tiny window shows the notice, back to normal shows the app;
// nothing panics on the way.
func TestResizeNeverBreaks(t *testing.T) {
	env := Fresh(t)
	term := Start(t, env, "--guest")
	term.WaitFor("Welcome")
	for _, sz := range [][2]int{{30, 8}, {10, 5}, {40, 12}, {120, 40}, {1, 1}, {80, 24}} {
		term.Resize(sz[0], sz[1])
		if sz[0] < 40 || sz[1] < 12 {
			if sz[0] >= 20 {
				term.WaitFor("enlarge")
			}
			continue
		}
		term.WaitFor("footprint", "Welcome")
	}
	term.Quit()
}

// Guest mode writes nothing anywhere under the home folder.
func TestGuestLeavesNothing(t *testing.T) {
	env := Fresh(t)
	term := Start(t, env, "--guest")
	term.WaitFor("Guest mode")
	term.Press(Enter, ShiftTab) // Settings is the last tab
	term.WaitFor("nothing is written to disk")
	term.Quit()
	entries, _ := os.ReadDir(env.Home)
	if len(entries) != 0 {
		t.Errorf("guest mode left %d entries in the home folder", len(entries))
	}
}
