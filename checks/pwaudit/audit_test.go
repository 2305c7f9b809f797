package pwaudit

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/footprint-audit/footprint/checks"
)

// lengthScore stands in for the real zxcvbn scorer: what is under test
// here is the audit, not the scoring. It does use the user inputs, so the
// test can see they arrive.
func lengthScore(pw string, inputs []string) int {
	for _, in := range inputs {
		if len(in) >= 3 && strings.Contains(strings.ToLower(pw), strings.ToLower(in)) {
			return 0
		}
	}
	switch n := len(pw); {
	case n < 8:
		return 0
	case n < 10:
		return 1
	case n < 12:
		return 2
	case n < 16:
		return 3
	}
	return 4
}

func mustAudit(t *testing.T, csv string, breached BreachFunc) Report {
	t.Helper()
	rep, err := Audit(strings.NewReader(csv), lengthScore, breached)
	if err != nil {
		t.Fatalf("Audit: %v", err)
	}
	return rep
}

type row struct {
	line                int
	name, url, username string
}

func rows(rep Report) []row {
	var out []row
	for _, e := range rep.Entries {
		out = append(out, row{e.Line, e.Name, e.URL, e.Username})
	}
	return out
}

func TestDialects(t *testing.T) {
	cases := []struct {
		name    string
		csv     string
		dialect Dialect
		want    []row
		skipped int
	}{
		{"bitwarden", "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n" +
			"Social,1,login,GitHub,\"line one\nline two\",,0,https://github.com/login,ada@example.org,Tr0ub4dor&3xyz,\n" +
			",,note,Wifi code,just a note,,0,,,,\n" +
			",,login,,,,0,https://www.example.com/a,ada,hunter22,\n",
			Bitwarden, []row{{2, "GitHub", "https://github.com/login", "ada@example.org"}, {5, "example.com", "https://www.example.com/a", "ada"}}, 1},
		{"keepassxc", `"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"` + "\n" +
			`"Root/Mail","Mail","ada","s3cret-mail-pw","https://mail.example.com","multi` + "\n" + `line","","0","2024-01-01T00:00:00Z","2024-01-01T00:00:00Z"` + "\n" +
			`"Root","Bank","ada.l","","https://bank.example","","","0","",""` + "\n",
			KeePassXC, []row{{2, "Mail", "https://mail.example.com", "ada"}}, 1},
		{"chrome", "name,url,username,password,note\nexample.com,https://example.com/,ada,pa55word,\nshop.example,https://shop.example/,ada2,correct horse battery,\"a, b\"\n",
			Chrome, []row{{2, "example.com", "https://example.com/", "ada"}, {3, "shop.example", "https://shop.example/", "ada2"}}, 0},
		{"chrome without note", "name,url,username,password\nexample.com,https://example.com/,ada,pa55word\n",
			Chrome, []row{{2, "example.com", "https://example.com/", "ada"}}, 0},
		{"firefox", `"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"` + "\n" +
			`"https://accounts.example.org","ada","qwerty123",,"https://accounts.example.org","{0a1b}","1700000000000","1700000000000","1700000000000"` + "\n",
			Firefox, []row{{2, "accounts.example.org", "https://accounts.example.org", "ada"}}, 0},
		{"1password", "Title,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\nBank,https://bank.example,ada,Xy7#pq9!Lm2@,,false,false,money,\n",
			OnePassword, []row{{2, "Bank", "https://bank.example", "ada"}}, 0},
		{"1password older", "Title,Url,Username,Password,Notes,Type\nBank,bank.example,ada,Xy7#pq9!Lm2@,,Login\n",
			OnePassword, []row{{2, "Bank", "bank.example", "ada"}}, 0},
		{"unknown layout", "Site,Login Name,Password\nforum,ada,abcdefgh\n",
			Generic, []row{{2, "", "", "ada"}}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := mustAudit(t, c.csv, nil)
			if rep.Dialect != c.dialect {
				t.Errorf("dialect %q, want %q", rep.Dialect, c.dialect)
			}
			if got := rows(rep); !reflect.DeepEqual(got, c.want) {
				t.Errorf("entries\n got %+v\nwant %+v", got, c.want)
			}
			if rep.SkippedEmpty != c.skipped {
				t.Errorf("skipped %d, want %d", rep.SkippedEmpty, c.skipped)
			}
		})
	}
}

func TestBOMAndCRLF(t *testing.T) {
	csv := "\ufeffname,url,username,password\r\nsite,https://site.example,ada,\"two\r\nlines\"\r\nother,https://o.example,bob,abc\r\n"
	rep := mustAudit(t, csv, nil)
	if rep.Dialect != Chrome || len(rep.Entries) != 2 {
		t.Fatalf("dialect %q, %d entries", rep.Dialect, len(rep.Entries))
	}
	if rep.Entries[1].Line != 4 {
		t.Errorf("second entry on line %d, want 4", rep.Entries[1].Line)
	}
}

func TestWeakAndUserInputs(t *testing.T) {
	csv := "name,url,username,password\n" +
		"a,https://a.example,ada,short\n" + // 0: too short
		"b,https://b.example,ada,exactly-11c\n" + // 2: weak
		"c,https://c.example,ada,a-long-enough-phrase\n" + // 4
		"github,https://github.com,ada,github-is-my-long-password\n" // 0: uses the site name
	rep := mustAudit(t, csv, nil)
	var scores []int
	for _, e := range rep.Entries {
		scores = append(scores, e.Score)
	}
	if want := []int{0, 2, 4, 0}; !reflect.DeepEqual(scores, want) {
		t.Errorf("scores %v, want %v", scores, want)
	}
	if want := []int{0, 1, 3}; !reflect.DeepEqual(rep.Weak, want) {
		t.Errorf("weak %v, want %v", rep.Weak, want)
	}
}

func TestScoreIsClamped(t *testing.T) {
	rep, err := Audit(strings.NewReader("name,url,username,password\na,,,x\nb,,,y\n"),
		func(pw string, _ []string) int {
			if pw == "x" {
				return -3
			}
			return 9
		}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Entries[0].Score != 0 || rep.Entries[1].Score != 4 {
		t.Errorf("scores %d, %d", rep.Entries[0].Score, rep.Entries[1].Score)
	}
}

func TestReuseGroups(t *testing.T) {
	csv := "name,url,username,password\n" +
		"a,,,shared-one-xxxx\n" +
		"b,,,unique-pw-1111\n" +
		"c,,,shared-two-yyyy\n" +
		"d,,,shared-one-xxxx\n" +
		"e,,,Shared-One-xxxx\n" + // differs by case: not the same password
		"f,,,shared-two-yyyy\n" +
		"g,,,shared-one-xxxx\n"
	rep := mustAudit(t, csv, nil)
	if want := [][]int{{0, 3, 6}, {2, 5}}; !reflect.DeepEqual(rep.Reused, want) {
		t.Fatalf("reused %v, want %v", rep.Reused, want)
	}
	groups := []int{}
	for _, e := range rep.Entries {
		groups = append(groups, e.ReuseGroup)
	}
	if want := []int{1, 0, 2, 1, 0, 2, 1}; !reflect.DeepEqual(groups, want) {
		t.Errorf("groups %v, want %v", groups, want)
	}
}

func TestBreachedOncePerPassword(t *testing.T) {
	csv := "name,url,username,password\na,,,password1\nb,,,fine-and-unseen\nc,,,password1\n"
	calls := map[string]int{}
	rep := mustAudit(t, csv, func(pw string) (int64, error) {
		calls[pw]++
		if pw == "password1" {
			return 2_413_945, nil
		}
		return 0, nil
	})
	if calls["password1"] != 1 || calls["fine-and-unseen"] != 1 {
		t.Errorf("calls %v, want one per distinct password", calls)
	}
	if want := []int{0, 2}; !reflect.DeepEqual(rep.Breached, want) {
		t.Errorf("breached %v, want %v", rep.Breached, want)
	}
	if rep.Entries[2].Breached != 2_413_945 || !rep.Entries[1].BreachChecked || rep.Entries[1].Breached != 0 {
		t.Errorf("entries %+v", rep.Entries)
	}
	if rep.BreachFailures != 0 || rep.BreachError != nil {
		t.Errorf("failures %d, %v", rep.BreachFailures, rep.BreachError)
	}
}

type keyedErr struct{}

func (keyedErr) Error() string           { return "lookup failed" }
func (keyedErr) Message() checks.Message { return checks.Msg("breach.err.timeout", 5) }

func TestBreachFailuresStopAfterAFew(t *testing.T) {
	var b strings.Builder
	b.WriteString("name,url,username,password\n")
	for i := range 10 {
		fmt.Fprintf(&b, "e%d,,,distinct-password-%d\n", i, i)
	}
	calls := 0
	rep := mustAudit(t, b.String(), func(string) (int64, error) {
		calls++
		return 0, keyedErr{}
	})
	if calls != maxBreachFailures {
		t.Errorf("%d calls, want %d", calls, maxBreachFailures)
	}
	if rep.BreachFailures != 10 || rep.BreachError == nil || rep.BreachError.Key != "breach.err.timeout" {
		t.Errorf("failures %d, error %+v", rep.BreachFailures, rep.BreachError)
	}
	for _, e := range rep.Entries {
		if e.BreachChecked {
			t.Errorf("entry %q marked checked", e.Name)
		}
	}
}

func TestBrokenFiles(t *testing.T) {
	cases := []struct {
		name string
		csv  string
		kind error
		line int
	}{
		{"empty", "", ErrEmpty, 0},
		{"no password column", "name,url,username\na,b,c\n", ErrNoPasswordColumn, 1},
		{"prose", "Dear friend, here are my notes.\n", ErrNoPasswordColumn, 1},
		{"unclosed quote", "name,url,username,password\na,b,c,d\ne,\"f,g,h\n", ErrCSV, 3},
		{"stray quote", "name,url,username,password\na,b,c,d\na,b\"x,c,d\n", ErrCSV, 3},
		{"short row", "name,url,username,password\na,b,c,d\na,b,c\n", ErrFieldCount, 3},
		{"long row", "name,url,username,password\na,b,c,d\n\"x\ny\",b,c,d,e\n", ErrFieldCount, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Audit(strings.NewReader(c.csv), lengthScore, nil)
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, c.kind) {
				t.Fatalf("err = %v, want %v", err, c.kind)
			}
			if e.Line != c.line {
				t.Errorf("line %d, want %d", e.Line, c.line)
			}
			if m := e.Message(); !strings.HasPrefix(m.Key, "breach.audit.err.") {
				t.Errorf("message key %q", m.Key)
			}
		})
	}
}

func TestRecordTooLarge(t *testing.T) {
	big := "name,url,username,password\na,b,c,d\n\"" + strings.Repeat("n", MaxRecordBytes+2*budgetSlack) + "\",b,c,d\n"
	_, err := Audit(strings.NewReader(big), lengthScore, nil)
	var e *Error
	if !errors.As(err, &e) || !errors.Is(err, ErrTooLarge) || e.Line != 2 {
		t.Fatalf("err = %v, want ErrTooLarge after line 2", err)
	}
}

// A large export is read as a stream: the writer side never holds it all.
func TestStreamsManyRows(t *testing.T) {
	const n = 100_000
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprintln(pw, "name,url,username,password")
		for i := range n {
			fmt.Fprintf(pw, "site%d,https://s%d.example,user%d,pw-%d\n", i, i, i, i%1000)
		}
		pw.Close()
	}()
	rep, err := Audit(pr, lengthScore, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Entries) != n || len(rep.Reused) != 1000 {
		t.Errorf("%d entries, %d reuse groups", len(rep.Entries), len(rep.Reused))
	}
}

func TestCellsAreMadeSafeToPrint(t *testing.T) {
	csv := "name,url,username,password\n\"evil\x1b[2J\x1b]0;pwned\x07\u202ename\",https://x.example,\"bad\xffutf8\",pw-long-enough\n"
	rep := mustAudit(t, csv, nil)
	e := rep.Entries[0]
	for _, s := range []string{e.Name, e.URL, e.Username} {
		if strings.ContainsAny(s, "\x1b\x07\u202e") || !utf8Valid(s) {
			t.Errorf("unsafe cell %q", s)
		}
	}
	if e.Name != "evil[2J]0;pwnedname" {
		t.Errorf("name %q", e.Name)
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }

// The report must not carry the password in any form: marshal it and
// print it, then look for every spelling of a canary.
func TestReportHoldsNoPassword(t *testing.T) {
	const canary = "Canary-7q!Zx-footprint"
	csv := "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n" +
		",,login,Mail,,,0,https://mail.example,ada," + canary + ",\n" +
		",,login,Shop,,,0,https://shop.example,ada," + canary + ",\n" +
		",,login,Bank,,,0,https://bank.example,ada,short,\n"
	rep := mustAudit(t, csv, func(pw string) (int64, error) {
		if pw == canary {
			return 3, nil
		}
		return 0, errors.New("lookup failed for " + pw) // a careless error must not leak either
	})
	if len(rep.Reused) != 1 || len(rep.Breached) != 2 {
		t.Fatalf("the canary was not audited: %+v", rep)
	}
	js, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	out := append(js, fmt.Sprintf("%+v %#v", rep, rep)...)
	sum := sha1.Sum([]byte(canary))
	var u16 []byte
	for _, r := range utf16.Encode([]rune(canary)) {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	for _, form := range [][]byte{
		[]byte(canary), []byte(strings.ToUpper(canary)), []byte(strings.ToLower(canary)),
		[]byte(hex.EncodeToString(sum[:])), []byte(strings.ToUpper(hex.EncodeToString(sum[:]))),
		[]byte(strings.ToUpper(hex.EncodeToString(sum[:]))[:10]), u16,
	} {
		if bytes.Contains(bytes.ToLower(out), bytes.ToLower(form)) {
			t.Errorf("the report contains %q", form)
		}
	}
}

func TestErrorsHoldNoCellText(t *testing.T) {
	const canary = "Canary-err-9k"
	_, err := Audit(strings.NewReader("name,url,username,password\na,b,c,"+canary+"\n\"x,"+canary+",c\n"), lengthScore, nil)
	if err == nil || strings.Contains(err.Error(), canary) {
		t.Errorf("err = %v", err)
	}
}
