package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// result is one in-process run of the command.
type result struct {
	code           int
	stdout, stderr string
}

// runCmd runs footprint with args in a private home, so no test touches the
// real user's folders.
func runCmd(t *testing.T, home string, stdin string, args ...string) result {
	t.Helper()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "data"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(home, "state"))
	t.Setenv("LANG", "en_US.UTF-8")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && p != dir {
			out = append(out, p)
		}
		return nil
	})
	return out
}

func oneSentence(t *testing.T, s string) {
	t.Helper()
	s = strings.TrimSpace(s)
	if s == "" || strings.Count(s, "\n") > 0 {
		t.Errorf("want one line of explanation, got %q", s)
	}
}

func TestNoTerminalSaysSoAndExits2(t *testing.T) {
	home := t.TempDir()
	r := runCmd(t, home, "")
	if r.code != exitUsage {
		t.Fatalf("exit %d, want 2", r.code)
	}
	oneSentence(t, r.stderr)
	if !strings.Contains(r.stderr, "needs a terminal") || !strings.Contains(r.stderr, "footprint settings") {
		t.Errorf("message: %q", r.stderr)
	}
	if files := listFiles(t, home); len(files) != 0 {
		t.Errorf("files were created: %v", files)
	}
	if r.stdout != "" {
		t.Errorf("something was drawn on stdout: %q", r.stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--bogus"},
		{"--lang", "fr", "settings", "show"},
		{"--guest", "--db", "x.db", "settings", "show"},
		{"settings", "set", "colour", "blue"},
		{"settings", "set", "language", "klingon"},
		{"nosuchcommand"},
	} {
		home := t.TempDir()
		r := runCmd(t, home, "", args...)
		if r.code != exitUsage {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", args, r.code, r.stderr)
		}
		oneSentence(t, r.stderr)
		if files := listFiles(t, home); len(files) != 0 {
			t.Errorf("%v created files: %v", args, files)
		}
	}
}

func TestBadDatabasePaths(t *testing.T) {
	home := t.TempDir()
	notDB := filepath.Join(home, "notes.txt")
	os.WriteFile(notDB, []byte("groceries\n"), 0o600)
	cases := []struct {
		name, path, want string
	}{
		{"missing folder", filepath.Join(home, "nope", "f.db"), "does not exist"},
		{"a directory", home, "is a folder"},
		{"not sqlite", notDB, "not a footprint database"},
	}
	for _, c := range cases {
		before := listFiles(t, home)
		r := runCmd(t, home, "", "--db", c.path, "settings", "show")
		if r.code != exitError {
			t.Errorf("%s: exit %d, want 1", c.name, r.code)
		}
		oneSentence(t, r.stderr)
		if !strings.Contains(r.stderr, c.want) || !strings.Contains(r.stderr, c.path) {
			t.Errorf("%s: message %q should name the file and say %q", c.name, r.stderr, c.want)
		}
		if after := listFiles(t, home); len(after) != len(before) {
			t.Errorf("%s: files changed: %v → %v", c.name, before, after)
		}
	}
	if b, _ := os.ReadFile(notDB); string(b) != "groceries\n" {
		t.Error("the refused file was changed")
	}
}

func TestSettingsRoundTripAndJSON(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "f.db")
	for _, args := range [][]string{
		{"settings", "set", "language", "zh"},
		{"settings", "set", "full_name", "张伟"},
		{"settings", "set", "phone", "13800138000"},
		{"settings", "unset", "phone"},
	} {
		if r := runCmd(t, home, "", append([]string{"--db", db}, args...)...); r.code != 0 {
			t.Fatalf("%v: exit %d: %s", args, r.code, r.stderr)
		}
	}
	r := runCmd(t, home, "", "--db", db, "settings", "show", "--json")
	var v settingsView
	if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
		t.Fatalf("bad JSON %q: %v", r.stdout, err)
	}
	if v.Language != "zh" || v.Profile.FullName != "张伟" || v.Profile.Phone != "" || v.Database != db {
		t.Errorf("settings = %+v", v)
	}
	r = runCmd(t, home, "", "--db", db, "settings", "show")
	if !strings.Contains(r.stdout, "姓名: 张伟") {
		t.Errorf("plain show is not in the saved language:\n%s", r.stdout)
	}
	if fi, _ := os.Stat(db); fi.Mode().Perm() != 0o600 {
		t.Errorf("database mode %o", fi.Mode().Perm())
	}
}

func TestDefaultDatabaseLivesInPrivateDataFolder(t *testing.T) {
	home := t.TempDir()
	if r := runCmd(t, home, "", "settings", "set", "email", "a@example.com"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	dir := filepath.Join(home, "data", "footprint")
	fi, err := os.Stat(dir)
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("data folder: %v %v", fi, err)
	}
	fi, err = os.Stat(filepath.Join(dir, "footprint.db"))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("data file: %v %v", fi, err)
	}
}

func TestGuestWritesNothing(t *testing.T) {
	home := t.TempDir()
	r := runCmd(t, home, "4\n2\nGuest Name\n\nq\n", "--guest", "--accessible") // 4: Settings, the last item
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "Guest mode") || !strings.Contains(r.stdout, "Guest Name") {
		t.Errorf("guest session output:\n%s", r.stdout)
	}
	if files := listFiles(t, home); len(files) != 0 {
		t.Errorf("guest mode wrote %v", files)
	}
}

func TestAccessibleModeWithPipedAnswers(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "f.db")
	// Settings (the last item) → language (switch to Chinese) → back → quit.
	r := runCmd(t, home, "4\n1\n\nq\n", "--db", db, "--accessible")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "Welcome to footprint") || !strings.Contains(r.stdout, "主菜单") {
		t.Errorf("output:\n%s", r.stdout)
	}
	if strings.Contains(r.stdout, "\x1b[") {
		t.Error("accessible mode printed escape sequences")
	}
	r = runCmd(t, home, "", "--db", db, "settings", "show", "--json")
	if !strings.Contains(r.stdout, `"language": "zh"`) {
		t.Errorf("language not saved: %s", r.stdout)
	}
}

func TestDebugLogOnlyWhenAsked(t *testing.T) {
	home := t.TempDir()
	runCmd(t, home, "", "--db", filepath.Join(home, "f.db"), "settings", "show")
	if _, err := os.Stat(filepath.Join(home, "state")); err == nil {
		t.Fatal("a state folder was created without --debug")
	}
	runCmd(t, home, "", "--debug", "--db", filepath.Join(home, "f.db"), "settings", "show")
	log := filepath.Join(home, "state", "footprint", "footprint.log")
	fi, err := os.Stat(log)
	if err != nil || fi.Mode().Perm() != 0o600 || fi.Size() == 0 {
		t.Fatalf("debug log: %v %v", fi, err)
	}
}

func TestLicensesAndVersion(t *testing.T) {
	home := t.TempDir()
	r := runCmd(t, home, "", "--licenses")
	if r.code != 0 || !strings.Contains(r.stdout, "MIT License") || !strings.Contains(r.stdout, "THIRD-PARTY NOTICES") {
		t.Errorf("--licenses: %d %q", r.code, r.stdout[:min(200, len(r.stdout))])
	}
	r = runCmd(t, home, "", "--version")
	if r.code != 0 || !strings.Contains(r.stdout, "footprint") {
		t.Errorf("--version: %d %q", r.code, r.stdout)
	}
}

func TestLanguageFromEnvironment(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "f.db")
	t.Setenv("LANG", "zh_CN.UTF-8")
	var out, errb bytes.Buffer
	run(context.Background(), []string{"--db", db, "settings", "show"}, strings.NewReader(""), &out, &errb)
	if !strings.Contains(out.String(), "语言: 中文") {
		t.Errorf("LANG=zh_CN did not give Chinese:\n%s", out.String())
	}
}

func TestWidePermissionsAreTightenedAndTold(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "f.db")
	if r := runCmd(t, home, "", "--db", db, "settings", "show"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	os.Chmod(db, 0o644)
	r := runCmd(t, home, "", "--db", db, "settings", "show")
	if r.code != 0 || !strings.Contains(r.stderr, "made it private") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if fi, _ := os.Stat(db); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %o after open", fi.Mode().Perm())
	}
}

// A folder nobody may write to, not even root: /sys on Linux. The refusal
// is one sentence and creates nothing.
func TestUnwritableFolder(t *testing.T) {
	if fi, err := os.Stat("/sys/kernel"); err != nil || !fi.IsDir() {
		t.Skip("no /sys here: an unwritable folder cannot be made as this user")
	}
	path := "/sys/kernel/footprint-test.db"
	r := runCmd(t, t.TempDir(), "", "--db", path, "settings", "show")
	if r.code != exitError || !strings.Contains(r.stderr, "cannot be written") || !strings.Contains(r.stderr, path) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	oneSentence(t, r.stderr)
	if _, err := os.Stat(path); err == nil {
		t.Error("a file was created")
	}
}
