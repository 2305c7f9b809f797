package password

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/checks/breach"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
)

func TestTypingScoresLiveAndMasks(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.English, Options{})
	typeIn(m, "sunshine")
	v := view(m)
	if strings.Contains(v, "sunshine") {
		t.Fatalf("the password shows while masked:\n%s", v)
	}
	for _, want := range []string{"••••••••", "very weak", "(0 of 4)", "a common password or word, 8 characters", "never stores"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	send(m, press("ctrl+t"))
	if !strings.Contains(view(m), "sunshine") {
		t.Error("ctrl+t did not show the password")
	}
	send(m, press("enter"))
	send(m, press("v"))
	if strings.Contains(view(m), "sunshine") {
		t.Error("v did not hide it again")
	}
	typeIn(m, "-Correct-Horse-Battery-Staple-42")
	if r := m.current(); r == nil || r.Score < 3 {
		t.Fatalf("a long passphrase scored %+v", r)
	}
	for _, want := range []string{"online, rate-limited", "centuries"} {
		if !strings.Contains(view(m), want) {
			t.Errorf("strong view lacks %q:\n%s", want, view(m))
		}
	}
}

// A result that arrives after the input changed is dropped, and only one
// scoring runs at a time: the next starts when the stale one lands.
func TestStaleResultsAreDropped(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.English, Options{})
	send(m, press("enter"))
	_, first := m.Update(press("a"))
	if !m.inflight {
		t.Fatal("typing started no scoring")
	}
	_, second := m.Update(press("b"))
	_, third := m.Update(press("c"))
	for _, c := range []tea.Cmd{second, third} {
		for _, msg := range collect(c) {
			if _, ok := unwrap(msg).(scoredMsg); ok {
				t.Fatal("a second scoring started while one was running")
			}
		}
	}
	var stale scoredMsg
	for _, msg := range collect(first) {
		if s, ok := unwrap(msg).(scoredMsg); ok {
			stale = s
		}
	}
	if stale.seq == 0 || stale.seq == m.seq {
		t.Fatalf("first result seq %d, input seq %d", stale.seq, m.seq)
	}
	_, next := m.Update(stale)
	if m.current() != nil {
		t.Fatal("the stale result for \"a\" was shown for \"abc\"")
	}
	run(m, next)
	r := m.current()
	if r == nil || r.ScoredRunes != 3 {
		t.Fatalf("after the stale drop the latest input was not scored: %+v", r)
	}
}

func TestHugePasteIsBounded(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.English, Options{})
	send(m, press("enter"))
	big := strings.Repeat("x\x00é\xff", 1<<18) // 1 MiB with NULs and invalid bytes
	send(m, tea.PasteMsg{Content: big})
	got := m.password()
	if n := len([]rune(got)); n != MaxPasswordRunes {
		t.Fatalf("field holds %d runes, want %d", n, MaxPasswordRunes)
	}
	if strings.ContainsAny(got, "\x00\ufffd") {
		t.Error("control or invalid bytes reached the field")
	}
	v := view(m)
	for _, want := range []string{"only its first 256 characters", "Only the first"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	if r := m.current(); r == nil || !r.Capped {
		t.Errorf("a capped input should say so: %+v", r)
	}
	// A second paste into a full field adds nothing.
	send(m, tea.PasteMsg{Content: "more"})
	if m.password() != got {
		t.Error("a full field grew")
	}
}

func TestPiecesOnlyAfterConsent(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.English, Options{})
	typeIn(m, "dragon2024")
	send(m, press("enter"))
	if strings.Contains(view(m), "dragon") {
		t.Fatal("pieces shown without asking")
	}
	send(m, press("p"))
	if !strings.Contains(view(m), "Anyone who can see your screen") {
		t.Fatalf("no warning before showing pieces:\n%s", view(m))
	}
	send(m, press("n"))
	if strings.Contains(view(m), "dragon") {
		t.Fatal("pieces shown after no")
	}
	send(m, press("p"))
	send(m, press("y"))
	v := view(m)
	if !strings.Contains(v, `"dragon"`) || !strings.Contains(v, `"2024"`) {
		t.Fatalf("pieces not shown after yes:\n%s", v)
	}
	typeIn(m, "!")
	if strings.Contains(view(m), `"dragon"`) {
		t.Error("a new password kept the old consent")
	}
}

func TestAttachVerdictAndReuse(t *testing.T) {
	fs := &fakeStore{profile: store.Profile{FullName: "Zhang Wei", BirthDate: "1990-05-17"},
		accounts: []Account{{ID: "wechat", Name: "WeChat"}, {ID: "alipay", Name: "Alipay"}}}
	m := newModel(t, fs, i18n.English, Options{})
	typeIn(m, "zhangwei0517")
	send(m, press("enter"))
	send(m, press("a"))
	if v := view(m); !strings.Contains(v, "WeChat (wechat)") || !strings.Contains(v, "Never the password") {
		t.Fatalf("attach prompt:\n%s", v)
	}
	send(m, press("down"))
	msgs := send(m, press("enter"))
	if !strings.Contains(statusTexts(msgs), "Verdict saved for wechat") {
		t.Fatalf("status: %q", statusTexts(msgs))
	}
	first, ok := fs.last("wechat")
	if !ok {
		t.Fatal("no verdict saved")
	}
	r := m.current()
	if first.Score != r.Score || first.GuessesLog10 != r.GuessesLog10 || !first.CheckedAt.Equal(fixedNow) {
		t.Errorf("verdict %+v does not match result %d/%v", first, r.Score, r.GuessesLog10)
	}
	if !first.Has(store.FlagPersonalInfo) || first.Has(store.FlagReused) {
		t.Errorf("flags %v: want personal_info, not reused", first.Flags)
	}

	// Another password, then the first one again: reuse is named.
	send(m, press("x"))
	typeIn(m, "something else entirely")
	send(m, press("enter"))
	send(m, press("x"))
	typeIn(m, "zhangwei0517")
	if v := view(m); !strings.Contains(v, "Same as the one you checked for wechat") {
		t.Fatalf("reuse not shown:\n%s", v)
	}
	send(m, press("enter"))
	send(m, press("a"))
	for _, r := range "bank" {
		send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	send(m, press("enter"))
	bank, ok := fs.last("bank")
	if !ok || !bank.Has(store.FlagReused) {
		t.Fatalf("bank verdict %+v should be flagged reused", bank)
	}
	if again, _ := fs.last("wechat"); !again.Has(store.FlagReused) {
		t.Errorf("the earlier account was not flagged reused: %+v", again)
	}
}

func TestOfflineBreachFromFile(t *testing.T) {
	path := writeHIBP(t, map[string]int{"hunter2": 17043})
	m := newModel(t, &fakeStore{}, i18n.English, Options{HIBPFile: path})
	typeIn(m, "hunter2")
	if v := view(m); !strings.Contains(v, "Seen 17043 times in breaches") {
		t.Fatalf("breach count not shown:\n%s", v)
	}
	typeIn(m, "x")
	if v := view(m); !strings.Contains(v, "Not found in known breaches") {
		t.Fatalf("absent password:\n%s", v)
	}
	send(m, press("enter"))
	send(m, press("a"))
	for _, r := range "mail" {
		send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	send(m, press("enter"))
	send(m, press("x"))
	typeIn(m, "hunter2")
	send(m, press("enter"))
	send(m, press("a"))
	for _, r := range "shop" {
		send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	send(m, press("enter"))
	fs := m.store.(*fakeStore)
	if v, _ := fs.last("shop"); !v.Has(store.FlagBreached) {
		t.Errorf("shop verdict %+v should be flagged breached", v)
	}
	if v, _ := fs.last("mail"); v.Has(store.FlagBreached) {
		t.Errorf("mail verdict %+v should not be flagged breached", v)
	}
}

func TestBadHIBPFileIsRefusedInPlainWords(t *testing.T) {
	fs := &fakeStore{}
	m := newModel(t, fs, i18n.English, Options{})
	notes := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(notes, []byte("groceries\n"), 0o600)
	send(m, press("f"))
	send(m, tea.PasteMsg{Content: notes})
	msgs := send(m, press("enter"))
	if s := statusTexts(msgs); !strings.Contains(s, "does not look like the Have I Been Pwned") {
		t.Fatalf("status %q", s)
	}
	if fs.hibp != "" {
		t.Error("a bad file was saved")
	}
	good := writeHIBP(t, nil)
	send(m, press("f"))
	send(m, tea.PasteMsg{Content: good})
	send(m, press("enter"))
	if fs.hibp != good {
		t.Errorf("saved %q, want %q", fs.hibp, good)
	}
}

// The online check shows exactly what leaves, sends only that, and says
// plainly when it cannot.
func TestOnlineCheckSendsOnlyThePrefix(t *testing.T) {
	const secret = "correct horse battery staple"
	h := breach.Hash(secret)
	prefix := breach.PrefixToSend(h)
	full := strings.ToUpper(hexOf(h))
	var (
		mu   sync.Mutex
		reqs []*http.Request
		body []string
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		reqs = append(reqs, r)
		b := make([]byte, 1024)
		n, _ := r.Body.Read(b)
		body = append(body, string(b[:n]))
		mu.Unlock()
		w.Write([]byte(full[5:] + ":321\r\n" + strings.Repeat("0", 35) + ":0\r\n"))
	}))
	defer srv.Close()
	m := newModel(t, &fakeStore{}, i18n.English, Options{Online: &breach.Client{BaseURL: srv.URL}})
	typeIn(m, secret)
	send(m, press("enter"))
	send(m, press("o"))
	v := view(m)
	if !strings.Contains(v, "Only these five characters will leave this computer: "+prefix) {
		t.Fatalf("the screen does not say what is sent:\n%s", v)
	}
	if len(reqs) != 0 {
		t.Fatal("a request left before the user agreed")
	}
	send(m, press("y"))
	if v := view(m); !strings.Contains(v, "Seen 321 times in breaches") {
		t.Fatalf("answer not shown:\n%s", v)
	}
	if len(reqs) != 1 {
		t.Fatalf("%d requests, want 1", len(reqs))
	}
	r := reqs[0]
	if r.URL.Path != "/range/"+prefix || r.URL.RawQuery != "" || body[0] != "" {
		t.Errorf("sent path %q query %q body %q; want only the prefix", r.URL.Path, r.URL.RawQuery, body[0])
	}
	if r.Header.Get("Add-Padding") != "true" {
		t.Error("no padding asked")
	}
	for k, vals := range r.Header {
		for _, val := range vals {
			if strings.Contains(strings.ToUpper(val), full[5:10]) || strings.Contains(val, secret) {
				t.Errorf("header %s carries more of the hash or the password: %q", k, val)
			}
		}
	}

	// Saying no sends nothing.
	typeIn(m, "x")
	send(m, press("enter"))
	send(m, press("o"))
	msgs := send(m, press("n"))
	if len(reqs) != 1 || !strings.Contains(statusTexts(msgs), "Nothing was sent") {
		t.Errorf("after no: %d requests, status %q", len(reqs), statusTexts(msgs))
	}
}

func TestOnlineCheckOfflineAndTimeout(t *testing.T) {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer slow.Close()
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()
	for _, c := range []struct {
		client *breach.Client
		want   string
	}{
		{&breach.Client{BaseURL: slow.URL, Timeout: 100 * time.Millisecond}, "gave no answer within"},
		{&breach.Client{BaseURL: closedURL}, "could not be reached"},
	} {
		m := newModel(t, &fakeStore{}, i18n.English, Options{Online: c.client})
		typeIn(m, "tr0ub4dor")
		send(m, press("enter"))
		send(m, press("o"))
		send(m, press("y"))
		if v := view(m); !strings.Contains(v, c.want) {
			t.Errorf("want %q:\n%s", c.want, v)
		}
	}
}

func TestAuditFromTheScreen(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "bitwarden.csv")
	os.WriteFile(csv, []byte("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"+
		",,login,Mail,,,,https://mail.example.com,li@example.com,S3cret-Canary-Word!,\n"+
		",,login,Shop,,,,https://shop.example.com,li,S3cret-Canary-Word!,\n"+
		",,login,Forum,,,,https://forum.example.com,li,123456,\n"), 0o600)
	m := newModel(t, &fakeStore{}, i18n.English, Options{})
	send(m, press("u"))
	if !m.Capturing() {
		t.Fatal("the path prompt does not capture keys")
	}
	send(m, tea.PasteMsg{Content: csv})
	send(m, press("enter"))
	v := view(m)
	for _, want := range []string{"3 entries with a password, read as Bitwarden", "Weak: 1. Groups sharing one password: 1",
		"Forum (li), line 4", "group 1, 2 entries", "Mail (li@example.com), line 2"} {
		if !strings.Contains(v, want) {
			t.Errorf("report lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "S3cret") || strings.Contains(v, "123456") {
		t.Fatalf("a password reached the report:\n%s", v)
	}
	send(m, press("esc"))
	send(m, press("u"))
	send(m, tea.PasteMsg{Content: filepath.Join(dir, "missing.csv")})
	send(m, press("enter"))
	if v := view(m); !strings.Contains(v, "could not open") {
		t.Errorf("missing file:\n%s", v)
	}
}

func TestChineseAndSmallSizesFit(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.Chinese, Options{})
	typeIn(m, "woaini1314")
	for _, sz := range [][2]int{{80, 20}, {40, 8}, {10, 3}, {1, 1}} {
		m.SetSize(sz[0], sz[1])
		for _, mode := range []func(){func() {}, func() { send(m, press("p")) }, func() { send(m, press("esc")) }} {
			mode()
			out := m.View()
			lines := strings.Split(out, "\n")
			if len(lines) > sz[1] {
				t.Errorf("%dx%d: %d lines", sz[0], sz[1], len(lines))
			}
			for _, l := range lines {
				if w := len([]rune(l)); w > 0 && widthOf(l) > sz[0] {
					t.Errorf("%dx%d: line too wide: %q", sz[0], sz[1], l)
				}
			}
		}
	}
	m.SetSize(80, 40)
	v := view(m)
	for _, want := range []string{"密码检查", "破解所需时间", "拼音"} {
		if !strings.Contains(v, want) {
			t.Errorf("Chinese view lacks %q:\n%s", want, v)
		}
	}
}

// Keys that mean something else (tab, arrows) never become characters of
// the password.
func TestSpecialKeysAreNotTyped(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.English, Options{})
	typeIn(m, "ab")
	for _, k := range []tea.KeyPressMsg{{Code: tea.KeyTab}, {Code: tea.KeyLeft}, {Code: tea.KeyUp}} {
		send(m, k)
	}
	if m.password() != "ab" {
		t.Errorf("password became %q", m.password())
	}
}
