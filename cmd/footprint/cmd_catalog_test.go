package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestCatalogListJSON(t *testing.T) {
	home := t.TempDir()
	r := runCmd(t, home, "", "catalog", "list", "--json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var entries []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.stdout), &entries); err != nil {
		t.Fatal(err)
	}
	if len(entries) < 200 {
		t.Errorf("%d entries, want at least 200", len(entries))
	}
	for _, key := range []string{"id", "name", "name_zh", "category", "regions", "holds", "second_factors", "deletion"} {
		if _, ok := entries[0][key]; !ok {
			t.Errorf("JSON entries have no %q", key)
		}
	}
	var wechat struct {
		ID      string   `json:"id"`
		Regions []string `json:"regions"`
		Holds   []string `json:"holds"`
	}
	for _, e := range entries {
		if string(e["id"]) == `"wechat"` {
			b, _ := json.Marshal(e)
			json.Unmarshal(b, &wechat)
		}
	}
	if !slices.Contains(wechat.Regions, "cn") || !slices.Contains(wechat.Holds, "phone") {
		t.Errorf("wechat %+v", wechat)
	}
	if files := listFiles(t, home); len(files) != 0 {
		t.Errorf("listing the catalogue created files: %v", files)
	}
}

func TestCatalogFiltersAndSearch(t *testing.T) {
	home := t.TempDir()
	r := runCmd(t, home, "", "catalog", "list", "--region", "cn", "--category", "payment")
	if r.code != 0 || !strings.Contains(r.stdout, "alipay") || strings.Contains(r.stdout, "paypal") {
		t.Errorf("cn payment list (exit %d):\n%s", r.code, r.stdout)
	}
	for _, args := range [][]string{
		{"catalog", "list", "--region", "mars"},
		{"catalog", "list", "--category", "spaceships"},
	} {
		if r := runCmd(t, home, "", args...); r.code != exitUsage {
			t.Errorf("%v: exit %d", args, r.code)
		}
	}
	r = runCmd(t, home, "", "--lang", "zh", "catalog", "search", "zfb")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "alipay") || !strings.Contains(r.stdout, "支付宝") {
		t.Errorf("search zfb (exit %d):\n%s", r.code, r.stdout)
	}
	r = runCmd(t, home, "", "catalog", "search", "qqqqqqqqzzzzzz")
	if r.code != exitError || !strings.Contains(r.stderr, "No service matches") {
		t.Errorf("no match: exit %d, %q", r.code, r.stderr)
	}
	r = runCmd(t, home, "", "catalog", "search", strings.Repeat("\xff汉", 300000))
	if r.code != exitError || len(r.stderr) > 400 {
		t.Errorf("a huge invalid query: exit %d, %d bytes of message", r.code, len(r.stderr))
	}
}

func TestCatalogFollowsSavedLanguage(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "fp.db")
	if r := runCmd(t, home, "", "--db", db, "settings", "set", "language", "zh"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	r := runCmd(t, home, "", "--db", db, "catalog", "search", "alipay")
	if !strings.Contains(r.stdout, "支付宝 (Alipay)") {
		t.Errorf("the saved language was ignored:\n%s", r.stdout)
	}
}
