package main

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// decodeLines parses one JSON object per line.
func decodeLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var res []map[string]any
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("not one JSON object per line: %q: %v", l, err)
		}
		res = append(res, m)
	}
	return res
}

func TestPasswordJSONContract(t *testing.T) {
	home := t.TempDir()
	in := "dragon2024\nXq7#vLp9!mRt2&wZ\n\nqwertyuiop\n"
	r := runCmd(t, home, in, "password", "--json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	res := decodeLines(t, r.stdout)
	if len(res) != 4 {
		t.Fatalf("%d results for 4 lines:\n%s", len(res), r.stdout)
	}
	for i, m := range res {
		if int(m["line"].(float64)) != i+1 {
			t.Errorf("result %d has line %v: order lost", i, m["line"])
		}
		for _, k := range []string{"score", "guesses_log10", "crack_times", "crack_times_display", "warning", "suggestions", "patterns", "capped"} {
			if _, ok := m[k]; !ok {
				t.Errorf("result %d lacks %q", i, k)
			}
		}
		for _, k := range []string{"online_throttled", "online", "offline_slow", "offline_fast"} {
			if _, ok := m["crack_times"].(map[string]any)[k].(float64); !ok {
				t.Errorf("crack_times.%s missing or not a number", k)
			}
			if s, _ := m["crack_times_display"].(map[string]any)[k].(string); s == "" {
				t.Errorf("crack_times_display.%s missing", k)
			}
		}
		for _, p := range m["patterns"].([]any) {
			po := p.(map[string]any)
			if po["kind"] == "" || po["kind"] == nil {
				t.Errorf("pattern without kind: %v", po)
			}
			if _, ok := po["token"]; ok {
				t.Errorf("pattern carries its token: %v", po)
			}
		}
	}
	if res[0]["score"].(float64) > 1 || res[1]["score"].(float64) < 3 {
		t.Errorf("scores %v and %v: the weak one should be low, the random one high", res[0]["score"], res[1]["score"])
	}
	if res[0]["warning"] == "" && len(res[0]["suggestions"].([]any)) == 0 {
		t.Error("a weak password got no advice")
	}
	for _, piece := range []string{"dragon", "Xq7#", "qwerty", "uiop"} {
		if strings.Contains(r.stdout, piece) {
			t.Errorf("output holds %q, a piece of a password", piece)
		}
	}
	if files := listFiles(t, home); len(files) != 0 {
		t.Errorf("scoring wrote files: %v", files)
	}
}

func TestPasswordLineEndings(t *testing.T) {
	home := t.TempDir()
	a := runCmd(t, home, "monkey12\n", "password", "--json")
	b := runCmd(t, home, "monkey12\r\n", "password", "--json")
	c := runCmd(t, home, "monkey12", "password", "--json")
	d := runCmd(t, home, "monkey12\r", "password", "--json")
	if a.stdout != b.stdout || a.stdout != c.stdout || a.stdout != d.stdout {
		t.Errorf("line endings changed the result:\nLF   %s\nCRLF %s\nnone %s\nCR   %s", a.stdout, b.stdout, c.stdout, d.stdout)
	}
	// A CR inside the line is part of the password.
	e := runCmd(t, home, "monkey12\r\r\n", "password", "--json")
	if e.stdout == a.stdout {
		t.Error("only one trailing CR should be dropped")
	}
}

func TestPasswordOverlongLineGetsAnErrorAndTheRestRun(t *testing.T) {
	home := t.TempDir()
	exact := strings.Repeat("a", 1<<20)
	over := strings.Repeat("b", 1<<20+1)
	in := "first-pass\n" + over + "\n" + exact + "\r\nlast-pass\n"
	r := runCmd(t, home, in, "password", "--json")
	if r.code != exitError {
		t.Errorf("exit %d, want 1 for a line not scored", r.code)
	}
	res := decodeLines(t, r.stdout)
	if len(res) != 4 {
		t.Fatalf("%d results, want 4:\n%.500s", len(res), r.stdout)
	}
	if _, ok := res[1]["error"]; !ok || res[1]["line"].(float64) != 2 {
		t.Errorf("line 2 should be an error object: %v", res[1])
	}
	if !strings.Contains(res[1]["error"].(string), "1 MiB") {
		t.Errorf("error text %q", res[1]["error"])
	}
	for _, i := range []int{0, 2, 3} {
		if _, ok := res[i]["score"]; !ok {
			t.Errorf("line %d was not scored: %v", i+1, res[i])
		}
	}
	if res[2]["capped"] != true {
		t.Error("a 1 MiB password should be reported as capped")
	}
	if strings.Contains(r.stdout, "bbbbbbbb") || strings.Contains(r.stdout, "first-pass") {
		t.Error("input text reached the output")
	}
}

func TestPasswordChineseAndUserInputs(t *testing.T) {
	home := t.TempDir()
	zh := runCmd(t, home, "password\n", "--lang", "zh", "password")
	if zh.code != 0 || !strings.Contains(zh.stdout, "非常弱") {
		t.Fatalf("Chinese line: %d %q %q", zh.code, zh.stdout, zh.stderr)
	}
	js := decodeLines(t, runCmd(t, home, "password\n", "--lang", "zh", "password", "--json").stdout)
	if d := js[0]["crack_times_display"].(map[string]any)["offline_fast"].(string); d != "不到一秒" {
		t.Errorf("Chinese crack time %q", d)
	}
	score := func(args ...string) float64 {
		r := runCmd(t, home, "lihua19900517\n", append([]string{"password", "--json"}, args...)...)
		return decodeLines(t, r.stdout)[0]["guesses_log10"].(float64)
	}
	plain := score()
	mine := score("--user-input", "Li Hua", "--user-input", "1990-05-17")
	if mine >= plain {
		t.Errorf("the user's own name and birthday did not lower the estimate: %v vs %v", mine, plain)
	}
	human := runCmd(t, home, "password\nCorrect-Horse-Battery-Staple\n", "password")
	lines := strings.Split(strings.TrimSpace(human.stdout), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "1: very weak") || !strings.HasPrefix(lines[1], "2: ") {
		t.Errorf("human lines: %q", human.stdout)
	}
}

func TestPasswordAuditCommand(t *testing.T) {
	home := t.TempDir()
	dir := t.TempDir()
	csv := filepath.Join(dir, "chrome.csv")
	os.WriteFile(csv, []byte("name,url,username,password,note\r\n"+
		"Mail,https://mail.example.com,li,Tr1cky-Reused-Pw,\r\n"+
		"Bank,https://bank.example.com,li,Tr1cky-Reused-Pw,\r\n"+
		"Forum,https://forum.example.com,li,abc123,\r\n"), 0o600)
	r := runCmd(t, home, "", "password", "--audit", csv)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"3 entries", "Chrome", "Forum (li), line 4", "Mail (li), line 2", "Bank (li), line 3"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("report lacks %q:\n%s", want, r.stdout)
		}
	}
	j := runCmd(t, home, "", "password", "--audit", csv, "--json")
	var rep map[string]any
	if err := json.Unmarshal([]byte(j.stdout), &rep); err != nil || len(rep["reused"].([]any)) != 1 {
		t.Fatalf("JSON report: %v %s", err, j.stdout)
	}
	for _, out := range []string{r.stdout, j.stdout, r.stderr, j.stderr} {
		if strings.Contains(out, "Tr1cky") || strings.Contains(out, "abc123") {
			t.Fatalf("a password was printed:\n%s", out)
		}
	}
	if files := listFiles(t, home); len(files) != 0 {
		t.Errorf("the audit stored something: %v", files)
	}

	broken := filepath.Join(dir, "broken.csv")
	os.WriteFile(broken, []byte("title,notes\nx,y\n"), 0o600)
	for _, path := range []string{broken, filepath.Join(dir, "missing.csv")} {
		r := runCmd(t, home, "", "password", "--audit", path)
		if r.code != exitError {
			t.Errorf("%s: exit %d, want 1", path, r.code)
		}
		oneSentence(t, r.stderr)
	}
}

func TestPasswordWithHIBPFile(t *testing.T) {
	home := t.TempDir()
	// Sorted by hash: SHA-1("password") starts 5BAA6, SHA-1("hunter2") F3BBB.
	file := filepath.Join(t.TempDir(), "pwned.txt")
	os.WriteFile(file, []byte("0000000000000000000000000000000000000001:2\r\n"+
		"5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:9659365\r\n"+
		"F3BBBD66A63D4BF1747940578EC3D0103530E21D:17043\r\n"), 0o600)
	r := runCmd(t, home, "password\nhunter2\nnot-in-the-file-at-all\n", "--hibp-file", file, "password", "--json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	res := decodeLines(t, r.stdout)
	for i, want := range []float64{9659365, 17043, 0} {
		if got, ok := res[i]["breached"].(float64); !ok || got != want {
			t.Errorf("line %d breached %v, want %v", i+1, res[i]["breached"], want)
		}
	}
	human := runCmd(t, home, "hunter2\n", "--hibp-file", file, "password")
	if !strings.Contains(human.stdout, "Seen 17043 times in breaches.") {
		t.Errorf("human line: %q", human.stdout)
	}
	bad := runCmd(t, home, "hunter2\n", "--hibp-file", filepath.Join(home, "nope.txt"), "password")
	if bad.code != exitError || bad.stdout != "" {
		t.Errorf("missing file: exit %d, stdout %q", bad.code, bad.stdout)
	}
	oneSentence(t, bad.stderr)
}

func FuzzReadLine(f *testing.F) {
	for _, s := range []string{"", "a", "a\n", "a\r\n", "\r\n\r\n", "abc\rdef\n", strings.Repeat("x", 70) + "\nyy"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		const limit = 16
		rd := bufio.NewReaderSize(strings.NewReader(in), 16)
		var lines []string
		for i := 0; i <= len(in); i++ {
			line, tooLong, err := readLine(rd, limit)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(line) > limit {
				t.Fatalf("line of %d bytes over the limit", len(line))
			}
			if tooLong {
				line = "\x00too long"
			}
			lines = append(lines, line)
		}
		// The same split done naively.
		var want []string
		if in != "" {
			parts := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
			for _, p := range parts {
				p = strings.TrimSuffix(p, "\r")
				if len(p) > limit {
					p = "\x00too long"
				}
				want = append(want, p)
			}
		}
		if strings.Join(lines, "|") != strings.Join(want, "|") || len(lines) != len(want) {
			t.Fatalf("readLine split %q into %q, want %q", in, lines, want)
		}
	})
}
