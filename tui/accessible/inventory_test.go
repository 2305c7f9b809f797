package accessible

import (
	"bufio"
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/footprint-audit/footprint/audit"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
)

func inventorySession(t *testing.T, lang i18n.Lang, input string) (*Session, *bytes.Buffer) {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "footprint.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	in := strings.NewReader(input)
	var out bytes.Buffer
	return &Session{DB: db, Lang: lang, in: bufio.NewReader(in), raw: in, Out: &out}, &out
}

func TestInventoryItemAddsShowsPlanAndMarksDone(t *testing.T) {
	ctx := context.Background()
	// Add by pinyin initials (zfb → Alipay), add it again, a search with no
	// match, list, read the plan, mark the first action done, go back.
	input := strings.Join([]string{
		"2", "zfb", "1",
		"2", "zfb", "1",
		"2", "qqqqzzzzxxxx",
		"1",
		"3",
		"4", "1",
		"", "",
	}, "\n")
	s, out := inventorySession(t, i18n.English, input)
	if err := inventoryMenu(ctx, s); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{"1. Alipay (支付宝) [Payment and credit]", "Added Alipay (alipay)",
		"already in your inventory", "No service matches", "alipay  Alipay", "Protection score:",
		"Your plan, best first:", "Which action did you do?", "Score: "} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	r, err := audit.Assess(ctx, s.DB)
	if err != nil {
		t.Fatal(err)
	}
	if r.Progress.Accounts != 1 || r.Progress.ActionsDone != 1 {
		t.Errorf("progress after the session %+v", r.Progress)
	}
}

func TestInventoryItemEndsQuietlyWhenInputEnds(t *testing.T) {
	s, out := inventorySession(t, i18n.Chinese, "2\nweixin\n")
	if err := inventoryMenu(context.Background(), s); err != ErrEOF {
		t.Errorf("got %v, want ErrEOF", err)
	}
	if !strings.Contains(out.String(), "微信") {
		t.Errorf("Chinese search output:\n%s", out.String())
	}
}
