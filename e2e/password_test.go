//go:build !windows

package e2e

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha1"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/footprint-audit/footprint/store"
)

// needles are every form of the canary that must never reach a file.
func needles(canary string) map[string][]byte {
	sum := sha1.Sum([]byte(canary))
	hx := hex.EncodeToString(sum[:])
	units := utf16.Encode([]rune(canary))
	le := make([]byte, 2*len(units))
	be := make([]byte, 2*len(units))
	for i, u := range units {
		binary.LittleEndian.PutUint16(le[2*i:], u)
		binary.BigEndian.PutUint16(be[2*i:], u)
	}
	return map[string][]byte{
		"plain":         []byte(canary),
		"upper":         []byte(strings.ToUpper(canary)),
		"lower":         []byte(strings.ToLower(canary)),
		"sha1 hex":      []byte(hx),
		"SHA1 HEX":      []byte(strings.ToUpper(hx)),
		"sha1 raw":      sum[:],
		"sha1 prefix+5": []byte(strings.ToUpper(hx)[5:25]), // the part an online check must never send
		"utf-16le":      le,
		"utf-16be":      be,
	}
}

// scan fails the test if any form of the canary is in any file under dir.
func scan(t *testing.T, dir, canary string) []string {
	t.Helper()
	var files []string
	ns := needles(canary)
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Errorf("read %s: %v", p, err)
			return nil
		}
		files = append(files, strings.TrimPrefix(p, dir+"/"))
		for name, n := range ns {
			caseless := name != "sha1 raw" && bytes.Contains(bytes.ToLower(b), bytes.ToLower(n))
			if bytes.Contains(b, n) || caseless {
				t.Errorf("%s holds the canary (%s)", p, name)
			}
		}
		return nil
	})
	sort.Strings(files)
	return files
}

// hibpFile writes a tiny Pwned Passwords file sorted by hash in which pw
// was seen count times.
func hibpFile(t *testing.T, dir, pw string, count int) string {
	sum := sha1.Sum([]byte(pw))
	lines := []string{strings.ToUpper(hex.EncodeToString(sum[:])) + fmt.Sprintf(":%d", count)}
	for i := 0; i < 200; i++ {
		var b [20]byte
		rand.Read(b[:])
		lines = append(lines, strings.ToUpper(hex.EncodeToString(b[:]))+":3")
	}
	sort.Strings(lines)
	p := filepath.Join(dir, "pwned-passwords-sha1-ordered-by-hash.txt")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// A canary password goes through the full-screen check (with a verdict
// attached and an audit run from the screen), the plain command and the
// CSV audit, all with the debug log on. Afterwards no form of it is in
// the database, its WAL or SHM, the log or any output file.
func TestPasswordCanaryLeavesNoTrace(t *testing.T) {
	var rnd [6]byte
	rand.Read(rnd[:])
	canary := "Cnry-" + hex.EncodeToString(rnd[:]) + "-Qz!"
	inputs := t.TempDir() // what the user hands in: outside the scanned home
	hibp := hibpFile(t, inputs, canary, 4242)
	csv := filepath.Join(inputs, "bitwarden.csv")
	os.WriteFile(csv, []byte("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"+
		",,login,Mail,,,,https://mail.example.com,li,"+canary+",\n"+
		",,login,Shop,,,,https://shop.example.com,li,"+canary+",\n"), 0o600)

	env := Fresh(t)
	db := filepath.Join(env.Home, "footprint.db")
	term := Start(t, env, "--db", db, "--debug", "--hibp-file", hibp)
	term.WaitFor("Welcome")
	term.Press(Enter)
	term.WaitFor("Where to go")
	term.Type("2")
	term.WaitFor("Press enter to type a password")
	term.Press(Enter)
	term.Type(canary)
	term.WaitFor("Seen 4242 times in breaches")
	if strings.Contains(term.Screen(), canary) {
		t.Fatal("the password is on screen while masked")
	}
	term.Press(Enter)
	term.Type("a")
	term.WaitFor("Attach the verdict")
	term.Type("email")
	term.Press(Enter)
	term.WaitFor("Verdict saved for email")
	term.Type("u")
	term.WaitFor("Audit a password manager export")
	term.Type(csv)
	term.Press(Enter)
	term.WaitFor("2 entries with a password", "group 1, 2 entries")
	term.Press(Esc)
	term.WaitGone("Audit a password manager export")
	term.Quit()

	plainOut := filepath.Join(env.Home, "scores.jsonl")
	auditOut := filepath.Join(env.Home, "audit.txt")
	runPlain(t, env, canary+"\r\n", plainOut, "--debug", "--hibp-file", hibp, "password", "--json")
	runPlain(t, env, "", auditOut, "--debug", "--hibp-file", hibp, "password", "--audit", csv)
	if b, _ := os.ReadFile(plainOut); !bytes.Contains(b, []byte(`"breached":4242`)) {
		t.Errorf("plain path did not find the canary in the file: %s", b)
	}
	if b, _ := os.ReadFile(auditOut); !bytes.Contains(b, []byte("Seen in breaches: 2")) {
		t.Errorf("audit report:\n%s", b)
	}

	files := scan(t, env.Home, canary)
	want := map[string]bool{"footprint.db": false, "state/footprint/footprint.log": false}
	for _, f := range files {
		if _, ok := want[f]; ok {
			want[f] = true
		}
	}
	for f, seen := range want {
		if !seen {
			t.Errorf("%s was not written, so it was not checked; files: %v", f, files)
		}
	}
	// The verdict is there, so the database was really used.
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	v, err := store.Verdicts{}.Get(context.Background(), st, "email")
	if err != nil || !v.Has(store.FlagBreached) {
		t.Errorf("verdict for email: %+v, %v", v, err)
	}
}

// runPlain runs footprint without a terminal, stdout into a file.
func runPlain(t *testing.T, env Env, stdin, outPath string, args ...string) {
	t.Helper()
	out, err := os.OpenFile(outPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	cmd := exec.Command(Binary(t), args...)
	cmd.Env, cmd.Dir = env.Vars, env.Home
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Stdout = out
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("footprint %v: %v\n%s", args, err, stderr.String())
	}
}

// The screen in Chinese at the smallest size, then larger: it fits, and
// scrolling reaches the advice.
func TestPasswordScreenChineseSmall(t *testing.T) {
	env := Fresh(t)
	term := StartSize(t, env, 40, 12, "--guest", "--lang", "zh")
	term.WaitFor("footprint")
	term.Press(Enter)
	term.Type("2")
	term.WaitFor("按回车输入密码")
	term.Press(Enter)
	term.Type("woaini1314")
	// Scoring runs in the background as each key arrives: wait for the
	// verdict of the whole input (its guesses are unlike any prefix's)
	// before scrolling, or the scroll is measured against an older layout.
	term.WaitFor("（1 / 4）", "10^4.2 次")
	term.Press(Enter)
	for i := 0; i < 12; i++ {
		term.Press(Down)
	}
	term.WaitFor("拼音")
	term.Resize(80, 24)
	term.WaitFor("破解所需时间", "密码检查")
	term.Quit()
}

// In a terminal the plain command asks once and does not echo.
func TestPasswordCommandPromptsWithoutEcho(t *testing.T) {
	env := Fresh(t)
	term := Start(t, env, "password")
	term.WaitFor("Password (not shown, not stored):")
	term.Type("Hunter2-Secret\r")
	term.WaitFor("1: ", "of 4")
	if code := term.Wait(); code != 0 {
		t.Errorf("exit %d", code)
	}
	if strings.Contains(term.Screen(), "Hunter2") {
		t.Errorf("the password was echoed:\n%s", term.Screen())
	}
	if entries, _ := os.ReadDir(env.Home); len(entries) != 0 {
		t.Errorf("the plain check wrote files: %v", entries)
	}
}
