package password

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/internal/screentest"
)

// fakeStore records what the screen asks to keep.
type fakeStore struct {
	profile  store.Profile
	verdicts []store.Verdict
	accounts []Account
	hibp     string
}

func (f *fakeStore) Profile(context.Context) (store.Profile, error) { return f.profile, nil }
func (f *fakeStore) PutVerdict(_ context.Context, v store.Verdict) error {
	f.verdicts = append(f.verdicts, v)
	return nil
}
func (f *fakeStore) Accounts(context.Context) ([]Account, error) { return f.accounts, nil }
func (f *fakeStore) HIBPFile(context.Context) (string, error)    { return f.hibp, nil }
func (f *fakeStore) SetHIBPFile(_ context.Context, p string) error {
	f.hibp = p
	return nil
}

// last returns the latest verdict saved for account.
func (f *fakeStore) last(account string) (store.Verdict, bool) {
	for i := len(f.verdicts) - 1; i >= 0; i-- {
		if f.verdicts[i].Account == account {
			return f.verdicts[i], true
		}
	}
	return store.Verdict{}, false
}

var fixedNow = time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)

func newModel(t testing.TB, fs *fakeStore, lang i18n.Lang, o Options) *Model {
	t.Helper()
	c := common.NewCommon(lang, "/data/footprint.db")
	o.Now = func() time.Time { return fixedNow }
	m := New(c, fs, o)
	m.SetSize(80, 40)
	run(m, m.Init())
	return m
}

var press = screentest.Press

// send feeds msg and every message its commands produce back into m, as
// the router would; it returns what went to the router instead.
func send(m *Model, msg tea.Msg) []tea.Msg {
	_, cmd := m.Update(msg)
	return run(m, cmd)
}

func run(m *Model, cmd tea.Cmd) []tea.Msg {
	var routed []tea.Msg
	queue := collect(cmd)
	for len(queue) > 0 {
		msg := queue[0]
		queue = queue[1:]
		fs, ok := msg.(common.ForScreen)
		if !ok || fs.To != ID {
			routed = append(routed, msg)
			continue
		}
		_, next := m.Update(fs.Msg)
		queue = append(queue, collect(next)...)
	}
	return routed
}

// collect runs cmd and any batch in it; scoring gets two seconds, the
// cursor's blink timer is dropped after that.
func collect(cmd tea.Cmd) []tea.Msg { return screentest.CollectWithin(cmd, 2*time.Second) }

// typeIn types s into the password field (entering typing mode first) and
// lets every scoring finish.
func typeIn(m *Model, s string) {
	if m.mode != modeTyping {
		send(m, press("enter"))
	}
	for _, r := range s {
		send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func view(m *Model) string { return ansi.Strip(m.View()) }

func statusTexts(msgs []tea.Msg) string {
	var out []string
	for _, msg := range msgs {
		switch x := msg.(type) {
		case common.StatusMsg:
			out = append(out, x.Text)
		case common.ErrorMsg:
			out = append(out, "ERR "+x.Text)
		}
	}
	return strings.Join(out, "\n")
}

// writeHIBP writes a small Pwned Passwords file sorted by hash: random
// lines plus the given passwords with their counts.
func writeHIBP(t *testing.T, counts map[string]int) string {
	t.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	var lines []string
	for i := 0; i < 300; i++ {
		var b [20]byte
		for j := range b {
			b[j] = byte(rng.UintN(256))
		}
		lines = append(lines, strings.ToUpper(hex.EncodeToString(b[:]))+fmt.Sprintf(":%d", 1+rng.UintN(50)))
	}
	for pw, n := range counts {
		h := sha1.Sum([]byte(pw))
		lines = append(lines, strings.ToUpper(hex.EncodeToString(h[:]))+fmt.Sprintf(":%d", n))
	}
	sort.Strings(lines)
	path := filepath.Join(t.TempDir(), "pwned-passwords-sha1-ordered-by-hash.txt")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\r\n")+"\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func unwrap(msg tea.Msg) tea.Msg {
	if fs, ok := msg.(common.ForScreen); ok {
		return fs.Msg
	}
	return msg
}

func hexOf(h [20]byte) string { return hex.EncodeToString(h[:]) }

func widthOf(s string) int { return common.Width(s) }

func newCommonForBench() *common.Common { return common.NewCommon(i18n.English, "") }
