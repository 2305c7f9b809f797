package accessible

import (
	"bufio"
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
)

func TestPasswordItemScoresAttachesAndSpotsReuse(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "footprint.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	in := strings.NewReader("sunshine\nmail\nsunshine\r\nbank\nTr0ub4dour&3-horse-staple\n\n\n")
	var out bytes.Buffer
	s := &Session{DB: db, Lang: i18n.English, in: bufio.NewReader(in), raw: in, Out: &out}
	if err := passwordMenu(ctx, s); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{"very weak", "online, rate-limited", "Same as the one you checked for mail",
		"Verdict saved for mail", "Verdict saved for bank", "never stores"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "sunshine") {
		t.Error("the password was echoed")
	}
	bank, err := store.Verdicts{}.Get(ctx, db, "bank")
	if err != nil || !bank.Has(store.FlagReused) || bank.Score != 0 {
		t.Errorf("bank verdict %+v, %v: want score 0, reused", bank, err)
	}
	mail, err := store.Verdicts{}.Get(ctx, db, "mail")
	if err != nil || mail.Has(store.FlagReused) {
		t.Errorf("mail verdict %+v, %v", mail, err)
	}
	all, _ := store.Verdicts{}.List(ctx, db)
	if len(all) != 2 {
		t.Errorf("%d verdicts, want 2 (the third was not attached)", len(all))
	}
}

func TestPasswordItemInChineseAndAtEOF(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "footprint.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	in := strings.NewReader("woaini1314\n")
	var out bytes.Buffer
	s := &Session{DB: db, Lang: i18n.Chinese, in: bufio.NewReader(in), raw: in, Out: &out}
	if err := passwordMenu(ctx, s); err != ErrEOF {
		t.Fatalf("input ending mid-item: %v, want ErrEOF", err)
	}
	if !strings.Contains(out.String(), "拼音") || !strings.Contains(out.String(), "破解所需时间") {
		t.Errorf("Chinese output:\n%s", out.String())
	}
}
