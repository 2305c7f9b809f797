package store

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

func TestSettingsRoundTrip(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	s := Settings{}
	if _, err := s.Get(ctx, db, SettingLanguage); !errors.Is(err, ErrNotFound) {
		t.Errorf("unset key: %v", err)
	}
	for _, v := range []string{"en", "zh"} {
		if err := s.Set(ctx, db, SettingLanguage, v); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Get(ctx, db, SettingLanguage); got != v {
			t.Errorf("got %q, want %q", got, v)
		}
	}
	if err := s.Delete(ctx, db, SettingLanguage); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, db, SettingLanguage); !errors.Is(err, ErrNotFound) {
		t.Errorf("after delete: %v", err)
	}
}

func TestProfileEditAndDelete(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	p := Profiles{}
	want := Profile{DisplayName: "Wei", FullName: "张伟", BirthDate: "1990-05-17", Phone: "13800138000", Email: "wei@example.com"}
	for _, f := range ProfileFields {
		if err := p.SetField(ctx, db, f, want.Get(f)); err != nil {
			t.Fatal(err)
		}
	}
	got, err := p.Get(ctx, db)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("profile = %+v, %v", got, err)
	}
	if in := got.UserInputs(); len(in) != 5 {
		t.Errorf("user inputs %v", in)
	}
	if err := p.SetField(ctx, db, FieldPhone, ""); err != nil {
		t.Fatal(err)
	}
	got, _ = p.Get(ctx, db)
	if got.Phone != "" || got.Email != want.Email {
		t.Errorf("after deleting phone: %+v", got)
	}
	if err := p.SetField(ctx, db, "password", "x"); err == nil {
		t.Error("an unknown field was accepted")
	}
	if err := p.Clear(ctx, db); err != nil {
		t.Fatal(err)
	}
	got, _ = p.Get(ctx, db)
	if got != (Profile{}) {
		t.Errorf("after clear: %+v", got)
	}
}

func TestTxRollsBackOnError(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	boom := errors.New("boom")
	err := db.Tx(ctx, func(h Handle) error {
		if err := (Settings{}).Set(ctx, h, "a", "1"); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Tx = %v", err)
	}
	if _, err := (Settings{}).Get(ctx, db, "a"); !errors.Is(err, ErrNotFound) {
		t.Error("a rolled-back write is visible")
	}
	if err := db.Tx(ctx, func(h Handle) error { return (Settings{}).Set(ctx, h, "b", "2") }); err != nil {
		t.Fatal(err)
	}
	if v, _ := (Settings{}).Get(ctx, db, "b"); v != "2" {
		t.Error("a committed write is missing")
	}
}
