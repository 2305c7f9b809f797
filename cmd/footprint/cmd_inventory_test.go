package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/footprint-audit/footprint/checks"
)

// fp runs footprint against one database file and fails on a non-zero exit.
func fp(t *testing.T, home, db string, args ...string) result {
	t.Helper()
	r := runCmd(t, home, "", append([]string{"--db", db}, args...)...)
	if r.code != 0 {
		t.Fatalf("footprint %v: exit %d: %s", args, r.code, r.stderr)
	}
	return r
}

func tempDB(t *testing.T) (home, db string) {
	home = t.TempDir()
	return home, filepath.Join(home, "fp.db")
}

func listInventory(t *testing.T, home, db string) []inventoryItem {
	t.Helper()
	var items []inventoryItem
	if err := json.Unmarshal([]byte(fp(t, home, db, "inventory", "list", "--json").stdout), &items); err != nil {
		t.Fatal(err)
	}
	return items
}

func TestInventoryAddListShow(t *testing.T) {
	home, db := tempDB(t)
	if r := fp(t, home, db, "inventory", "list"); !strings.Contains(r.stdout, "inventory is empty") {
		t.Errorf("empty list says %q", r.stdout)
	}
	r := fp(t, home, db, "inventory", "add", "alipay", "--holds", "payment, PHONE,phone", "--second-factor", "sms", "--note", "main wallet")
	if !strings.Contains(r.stdout, "Added Alipay (alipay). Data kinds: phone, payment.") {
		t.Errorf("add says %q", r.stdout)
	}
	fp(t, home, db, "inventory", "add", "wechat")
	fp(t, home, db, "inventory", "add", "--custom", "My Gym", "--category", "health", "--holds", "health,face", "--dormant")

	items := listInventory(t, home, db)
	if len(items) != 3 || items[0].ID != "alipay" || items[1].ID != "custom-my-gym" || items[2].ID != "wechat" {
		t.Fatalf("list %+v", items)
	}
	ali := items[0]
	if ali.Name != "Alipay" || ali.NameZh != "支付宝" || ali.Category != "payment" || ali.SecondFactor != "sms" ||
		len(ali.Holds) != 2 || ali.Note != "main wallet" || ali.Password.Checked || !ali.RealNameVerified {
		t.Errorf("alipay %+v", ali)
	}
	gym := items[1]
	if gym.CatalogID != "" || gym.Category != "health" || !gym.Dormant || gym.SecondFactor != "unknown" {
		t.Errorf("custom %+v", gym)
	}
	// Without --holds the catalogue fills the kinds in.
	if len(items[2].Holds) < 5 {
		t.Errorf("wechat was not pre-filled: %v", items[2].Holds)
	}

	r = fp(t, home, db, "inventory", "show", "alipay")
	for _, want := range []string{"Alipay", "Second factor: SMS code", "Where to delete it: https://", "(not verified)", "FP-TKO-001:alipay"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("show lacks %q:\n%s", want, r.stdout)
		}
	}
	var shown inventoryItem
	json.Unmarshal([]byte(fp(t, home, db, "inventory", "show", "alipay", "--json").stdout), &shown)
	if len(shown.Findings) == 0 || shown.Findings[0].ID != "FP-TKO-001" {
		t.Errorf("show --json findings %+v", shown.Findings)
	}

	fp(t, home, db, "inventory", "edit", "alipay", "--second-factor", "app", "--holds", "")
	items = listInventory(t, home, db)
	if items[0].SecondFactor != "app" || len(items[0].Holds) != 0 || items[0].Note != "main wallet" {
		t.Errorf("after edit %+v", items[0])
	}
}

func TestInventoryRemoveAndUndo(t *testing.T) {
	home, db := tempDB(t)
	fp(t, home, db, "inventory", "add", "weibo", "--dormant", "--holds", "phone,face")
	r := fp(t, home, db, "inventory", "remove", "weibo")
	if !strings.Contains(r.stdout, "footprint inventory undo") {
		t.Errorf("remove says %q", r.stdout)
	}
	if items := listInventory(t, home, db); len(items) != 0 {
		t.Fatalf("still listed: %+v", items)
	}
	fp(t, home, db, "inventory", "undo")
	items := listInventory(t, home, db)
	if len(items) != 1 || !items[0].Dormant || len(items[0].Holds) != 2 {
		t.Errorf("restored %+v", items)
	}
	r = runCmd(t, home, "", "--db", db, "inventory", "undo")
	if r.code != exitError || !strings.Contains(r.stderr, "Nothing to undo") {
		t.Errorf("second undo: exit %d %q", r.code, r.stderr)
	}
}

func TestInventoryBadInput(t *testing.T) {
	home, db := tempDB(t)
	fp(t, home, db, "inventory", "add", "alipay")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"inventory", "add", "wechatt"}, exitUsage, "Did you mean: wechat (WeChat"},
		{[]string{"inventory", "add", "zhifubao"}, exitUsage, "alipay"},
		{[]string{"inventory", "add", "alipay"}, exitError, "already in your inventory"},
		{[]string{"inventory", "add", "weibo", "--holds", "phone,soul"}, exitUsage, `Unknown data kind "soul"`},
		{[]string{"inventory", "add", "weibo", "--second-factor", "pigeon"}, exitUsage, "none, sms, app or key"},
		{[]string{"inventory", "add", "weibo", "--category", "health"}, exitUsage, "custom service"},
		{[]string{"inventory", "add", "--custom", "\x01\x02 "}, exitUsage, "needs a name"},
		{[]string{"inventory", "remove", "weibo"}, exitUsage, "not in your inventory"},
		{[]string{"inventory", "edit", "weibo", "--dormant"}, exitUsage, "not in your inventory"},
		{[]string{"inventory", "show", "weibo"}, exitUsage, "not in your inventory"},
		{[]string{"inventory", "add", strings.Repeat("\xffx", 500000)}, exitUsage, "no service"},
	} {
		r := runCmd(t, home, "", append([]string{"--db", db}, c.args...)...)
		if r.code != c.code || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%.60q: exit %d, stderr %.300q; want %d and %q", c.args, r.code, r.stderr, c.code, c.want)
		}
		if len(r.stderr) > 1000 {
			t.Errorf("%.60q: %d bytes of message", c.args, len(r.stderr))
		}
	}
	if items := listInventory(t, home, db); len(items) != 1 {
		t.Errorf("bad input changed the inventory: %+v", items)
	}
}

func TestInventoryAddHelpDocumentsKinds(t *testing.T) {
	r := runCmd(t, t.TempDir(), "", "inventory", "add", "--help")
	if r.code != 0 {
		t.Fatalf("exit %d", r.code)
	}
	for _, k := range checks.AllDataKinds {
		if !strings.Contains(r.stdout, string(k)) {
			t.Errorf("help does not document %s", k)
		}
	}
	if !strings.Contains(r.stdout, "fingerprint or voiceprint") || !strings.Contains(r.stdout, "--second-factor") {
		t.Errorf("help:\n%s", r.stdout)
	}
}

func TestInventoryInChinese(t *testing.T) {
	home, db := tempDB(t)
	r := fp(t, home, db, "--lang", "zh", "inventory", "add", "alipay")
	if !strings.Contains(r.stdout, "已添加 支付宝") {
		t.Errorf("add in zh: %q", r.stdout)
	}
	r = fp(t, home, db, "--lang", "zh", "inventory", "list")
	if !strings.Contains(r.stdout, "支付宝") || !strings.Contains(r.stdout, "未检查") {
		t.Errorf("list in zh:\n%s", r.stdout)
	}
}
