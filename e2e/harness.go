//go:build !windows

// Package e2e drives the real footprint binary in a pseudo-terminal, read
// through a terminal emulator, the way a person meets it. Scenarios wait for
// text on the screen, never for the clock.
//
//	term := e2e.Start(t, e2e.Fresh(t), "--db", path)
//	term.WaitFor("Welcome to footprint")
//	term.Type("l")
//	term.Press(e2e.Enter)
//	term.Quit()
package e2e

import (
	"errors"
	"fmt"
	"go/build"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// Keys that Press understands.
const (
	Enter     = "\r"
	Esc       = "\x1b"
	Tab       = "\t"
	ShiftTab  = "\x1b[Z"
	Up        = "\x1b[A"
	Down      = "\x1b[B"
	Right     = "\x1b[C"
	Left      = "\x1b[D"
	CtrlC     = "\x03"
	Backspace = "\x7f"
)

// DefaultTimeout bounds every wait.
var DefaultTimeout = 15 * time.Second

// PollInterval is how often a wait looks at the screen again.
var PollInterval = 10 * time.Millisecond

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// Binary builds footprint once per test run (CGO_ENABLED=0, as shipped)
// and returns its path.
func Binary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "footprint-e2e-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "footprint")
		// The go command that runs these tests is usually on PATH; if not,
		// the toolchain this test binary was built with has one.
		goBin, err := exec.LookPath("go")
		if err != nil {
			goBin = filepath.Join(build.Default.GOROOT, "bin", "go")
		}
		cmd := exec.Command(goBin, "build", "-o", binPath, "github.com/footprint-audit/footprint/cmd/footprint")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("build footprint: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// Env is the environment a scenario runs in: a private home whose data,
// state and config folders are all inside it.
type Env struct {
	Home string
	Vars []string
}

// Fresh returns an environment with an empty home, English locale and a
// 16-colour terminal.
func Fresh(t testing.TB) Env {
	home := t.TempDir()
	return Env{Home: home, Vars: []string{
		"HOME=" + home,
		"XDG_DATA_HOME=" + filepath.Join(home, "data"),
		"XDG_STATE_HOME=" + filepath.Join(home, "state"),
		"XDG_CONFIG_HOME=" + filepath.Join(home, "config"),
		"XDG_CACHE_HOME=" + filepath.Join(home, "cache"),
		"LANG=en_US.UTF-8",
		"TERM=xterm-256color",
		"PATH=" + os.Getenv("PATH"),
	}}
}

// With returns a copy of e with extra variables (later ones win).
func (e Env) With(vars ...string) Env {
	e.Vars = append(append([]string(nil), e.Vars...), vars...)
	return e
}

// Term is a running footprint in a pseudo-terminal.
type Term struct {
	t      testing.TB
	cmd    *exec.Cmd
	pty    *os.File
	mu     sync.Mutex
	emu    *vt.Emulator
	done   chan struct{}
	exit   error
	closed bool
}

// Start runs footprint with args in an 80x24 terminal.
func Start(t testing.TB, env Env, args ...string) *Term {
	return StartSize(t, env, 80, 24, args...)
}

// StartSize runs footprint with args in a w×h terminal.
func StartSize(t testing.TB, env Env, w, h int, args ...string) *Term {
	t.Helper()
	cmd := exec.Command(Binary(t), args...)
	cmd.Env = env.Vars
	cmd.Dir = env.Home
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)})
	if err != nil {
		t.Fatalf("start footprint in a pty: %v", err)
	}
	term := &Term{t: t, cmd: cmd, pty: f, emu: vt.NewEmulator(w, h), done: make(chan struct{})}
	// The program's output feeds the emulator; the emulator's replies to
	// terminal queries (background colour, cursor position) go back as input.
	go func() {
		buf := make([]byte, 32*1024)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				term.mu.Lock()
				term.emu.Write(buf[:n])
				term.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	go func() { io.Copy(f, term.emu) }()
	go func() {
		term.exit = cmd.Wait()
		close(term.done)
	}()
	t.Cleanup(term.Close)
	return term
}

// Screen is the terminal's text as a person sees it now.
func (tm *Term) Screen() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.emu.String()
}

// WaitFor waits until every text is on the screen at once.
func (tm *Term) WaitFor(texts ...string) {
	tm.t.Helper()
	tm.waitUntil(fmt.Sprintf("%q on screen", texts), func(s string) bool {
		for _, x := range texts {
			if !strings.Contains(s, x) {
				return false
			}
		}
		return true
	})
}

// WaitGone waits until text is no longer on the screen.
func (tm *Term) WaitGone(text string) {
	tm.t.Helper()
	tm.waitUntil(fmt.Sprintf("%q gone", text), func(s string) bool { return !strings.Contains(s, text) })
}

func (tm *Term) waitUntil(what string, ok func(string) bool) {
	tm.t.Helper()
	deadline := time.Now().Add(DefaultTimeout)
	for {
		s := tm.Screen()
		if ok(s) {
			return
		}
		select {
		case <-tm.done:
			if s := tm.Screen(); ok(s) {
				return
			}
			tm.t.Fatalf("footprint exited (%v) while waiting for %s; screen:\n%s", tm.exit, what, tm.Screen())
		default:
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("timed out waiting for %s; screen:\n%s", what, s)
		}
		time.Sleep(PollInterval) // how often to look, not a wait for the program
	}
}

// Type sends text as typed keys.
func (tm *Term) Type(s string) {
	tm.t.Helper()
	if _, err := tm.pty.Write([]byte(s)); err != nil {
		tm.t.Fatalf("type %q: %v", s, err)
	}
}

// Press sends keys (Enter, Tab, Down … or plain text), one write each.
func (tm *Term) Press(keys ...string) {
	tm.t.Helper()
	for _, k := range keys {
		tm.Type(k)
	}
}

// Resize changes the terminal size, as dragging the window would.
func (tm *Term) Resize(w, h int) {
	tm.t.Helper()
	tm.mu.Lock()
	tm.emu.Resize(w, h)
	tm.mu.Unlock()
	if err := pty.Setsize(tm.pty, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)}); err != nil {
		tm.t.Fatalf("resize: %v", err)
	}
}

// Wait waits for footprint to exit and returns its exit code.
func (tm *Term) Wait() int {
	tm.t.Helper()
	select {
	case <-tm.done:
	case <-time.After(DefaultTimeout):
		tm.t.Fatalf("footprint did not exit; screen:\n%s", tm.Screen())
	}
	var ee *exec.ExitError
	if errors.As(tm.exit, &ee) {
		return ee.ExitCode()
	}
	if tm.exit != nil {
		tm.t.Fatalf("wait: %v", tm.exit)
	}
	return 0
}

// Quit presses q and expects a clean exit.
func (tm *Term) Quit() {
	tm.t.Helper()
	tm.Type("q")
	if code := tm.Wait(); code != 0 {
		tm.t.Fatalf("exit code %d after q", code)
	}
}

// Close kills footprint if it still runs.
func (tm *Term) Close() {
	if tm.closed {
		return
	}
	tm.closed = true
	select {
	case <-tm.done:
	default:
		tm.cmd.Process.Kill()
		<-tm.done
	}
	tm.pty.Close()
	// The emulator is not closed: vt's Close races with the Read that the
	// reply-forwarding goroutine is blocked in. That goroutine simply stays
	// parked until the test binary exits.
}
