package store

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
)

func sampleAccount(id string) Account {
	return Account{
		ID: id, CatalogID: id, Name: "Weibo",
		Holds:        []checks.DataKind{checks.Face, checks.Phone, checks.Photos},
		Dormant:      true,
		SecondFactor: risk.FactorNone, PasswordReused: true, RealNameVerified: true,
		Note: "old account, 2019",
	}
}

func TestAccountsAddGetList(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := Accounts{}
	want := sampleAccount("weibo")
	if err := r.Add(ctx, db, want); err != nil {
		t.Fatal(err)
	}
	got, err := r.Get(ctx, db, "weibo")
	if err != nil {
		t.Fatal(err)
	}
	if got.CreatedAt.IsZero() || !got.CreatedAt.Equal(got.UpdatedAt) {
		t.Errorf("dates %v %v", got.CreatedAt, got.UpdatedAt)
	}
	// Kinds come back in display order, whatever order they were given.
	want.Holds = []checks.DataKind{checks.Phone, checks.Photos, checks.Face}
	got.CreatedAt, got.UpdatedAt = time.Time{}, time.Time{}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if err := r.Add(ctx, db, want); !errors.Is(err, ErrExists) {
		t.Errorf("second add: %v", err)
	}
	custom := Account{ID: "custom-my-gym", Name: "My Gym", Category: "health"}
	if err := r.Add(ctx, db, custom); err != nil {
		t.Fatal(err)
	}
	list, err := r.List(ctx, db)
	if err != nil || len(list) != 2 || list[0].ID != "custom-my-gym" || list[1].ID != "weibo" {
		t.Fatalf("list %+v, %v", list, err)
	}
	if list[0].CatalogID != "" || list[0].SecondFactor != risk.FactorUnknown || len(list[0].Holds) != 0 {
		t.Errorf("custom account read back as %+v", list[0])
	}
	if len(list[1].Holds) != 3 {
		t.Errorf("kinds lost in List: %v", list[1].Holds)
	}
	if n, err := r.Count(ctx, db); n != 2 || err != nil {
		t.Errorf("count %d, %v", n, err)
	}
	if _, err := r.Get(ctx, db, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing account: %v", err)
	}
}

func TestAccountsRejectBadValues(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	for name, a := range map[string]Account{
		"empty id":    {ID: " "},
		"long id":     {ID: strings.Repeat("x", MaxAccountIDLen+1)},
		"bad kind":    {ID: "a", Holds: []checks.DataKind{"soul"}},
		"bad factor":  {ID: "a", SecondFactor: "carrier-pigeon"},
		"long note":   {ID: "a", Note: strings.Repeat("n", MaxNoteLen+1)},
		"long name":   {ID: "a", Name: strings.Repeat("名", MaxNameLen)},
		"long catego": {ID: "a", Category: strings.Repeat("c", MaxCategoryLen+1)},
	} {
		if err := (Accounts{}).Add(ctx, db, a); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if n, _ := (Accounts{}).Count(ctx, db); n != 0 {
		t.Errorf("%d bad accounts were saved", n)
	}
	// The schema refuses the same even when Go is bypassed.
	if _, err := db.ExecContext(ctx, `INSERT INTO account(id, second_factor, created_at, updated_at)
		VALUES ('x', 'pigeon', '', '')`); err == nil {
		t.Error("the schema accepted an unknown second factor")
	}
}

func TestAccountsUpdateReplacesKinds(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := Accounts{}
	a := sampleAccount("weibo")
	if err := r.Add(ctx, db, a); err != nil {
		t.Fatal(err)
	}
	before, _ := r.Get(ctx, db, "weibo")
	a.Holds = []checks.DataKind{checks.Email}
	a.Dormant, a.SecondFactor, a.Note = false, risk.FactorApp, ""
	if err := r.Update(ctx, db, a); err != nil {
		t.Fatal(err)
	}
	got, _ := r.Get(ctx, db, "weibo")
	if !reflect.DeepEqual(got.Holds, []checks.DataKind{checks.Email}) || got.Dormant || got.SecondFactor != risk.FactorApp || got.Note != "" {
		t.Errorf("after update %+v", got)
	}
	if !got.CreatedAt.Equal(before.CreatedAt) || !got.UpdatedAt.After(before.UpdatedAt) {
		t.Errorf("dates: created %v→%v updated %v→%v", before.CreatedAt, got.CreatedAt, before.UpdatedAt, got.UpdatedAt)
	}
	if err := r.Update(ctx, db, Account{ID: "ghost"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("update of a missing account: %v", err)
	}
}

func TestAccountsDeleteAndUndo(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := Accounts{}
	if _, err := r.UndoDelete(ctx, db); !errors.Is(err, ErrNotFound) {
		t.Errorf("undo with nothing deleted: %v", err)
	}
	for _, id := range []string{"weibo", "qq"} {
		if err := r.Add(ctx, db, sampleAccount(id)); err != nil {
			t.Fatal(err)
		}
	}
	orig, _ := r.Get(ctx, db, "weibo")
	if err := r.Delete(ctx, db, "qq"); err != nil {
		t.Fatal(err)
	}
	if err := r.Delete(ctx, db, "weibo"); err != nil {
		t.Fatal(err)
	}
	var kinds int
	db.QueryRowContext(ctx, "SELECT count(*) FROM account_data_kind").Scan(&kinds)
	if kinds != 0 {
		t.Errorf("%d data kinds outlived their accounts", kinds)
	}
	if err := r.Delete(ctx, db, "weibo"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	// Only the last delete can be undone, and it comes back as it was.
	back, err := r.UndoDelete(ctx, db)
	if err != nil || back.ID != "weibo" {
		t.Fatalf("undo: %+v, %v", back, err)
	}
	got, err := r.Get(ctx, db, "weibo")
	if err != nil || !reflect.DeepEqual(got, orig) {
		t.Errorf("restored %+v\nwant     %+v (%v)", got, orig, err)
	}
	if _, err := r.UndoDelete(ctx, db); !errors.Is(err, ErrNotFound) {
		t.Errorf("second undo: %v", err)
	}
	if _, err := r.Get(ctx, db, "qq"); !errors.Is(err, ErrNotFound) {
		t.Errorf("qq came back too: %v", err)
	}
	// An id re-added since the delete blocks the undo, and the undo is kept.
	r.Delete(ctx, db, "weibo")
	r.Add(ctx, db, Account{ID: "weibo"})
	if _, err := r.UndoDelete(ctx, db); !errors.Is(err, ErrExists) {
		t.Errorf("undo over a new account: %v", err)
	}
	if last, err := r.LastDeleted(ctx, db); err != nil || last.Note != orig.Note {
		t.Errorf("undo slot after a refused undo: %+v, %v", last, err)
	}
}

func TestAccountsInCallersTransaction(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	boom := errors.New("boom")
	err := db.Tx(ctx, func(h Handle) error {
		if err := (Accounts{}).Add(ctx, h, sampleAccount("weibo")); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatal(err)
	}
	if n, _ := (Accounts{}).Count(ctx, db); n != 0 {
		t.Error("the add survived the caller's rollback")
	}
}

func TestAccountsSurviveReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "footprint.db")
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := (Accounts{}).Add(ctx, db, sampleAccount("weibo")); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if a, err := (Accounts{}).Get(ctx, db, "weibo"); err != nil || len(a.Holds) != 3 {
		t.Errorf("after reopen: %+v, %v", a, err)
	}
}
