package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func planOf(t *testing.T, home, db string) planJSON {
	t.Helper()
	var p planJSON
	if err := json.Unmarshal([]byte(fp(t, home, db, "plan", "--json").stdout), &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func scoreOf(t *testing.T, home, db string) scoreJSON {
	t.Helper()
	var s scoreJSON
	if err := json.Unmarshal([]byte(fp(t, home, db, "score", "--json").stdout), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func findAction(p planJSON, id string) (actionJSON, bool) {
	i := slices.IndexFunc(p.Actions, func(a actionJSON) bool { return a.ID == id })
	if i < 0 {
		return actionJSON{}, false
	}
	return p.Actions[i], true
}

func TestTakeoverChainAppearsForAlipayWithPhoneAndSMSRecovery(t *testing.T) {
	home, db := tempDB(t)
	// The catalogue says Alipay recovers by SMS alone; holding the phone
	// number completes the chain without any second-factor flag.
	fp(t, home, db, "inventory", "add", "alipay", "--holds", "phone,payment")
	p := planOf(t, home, db)
	i := slices.IndexFunc(p.Findings, func(f findingJSON) bool { return f.InstanceID == "FP-TKO-001:alipay" })
	if i < 0 {
		t.Fatalf("no takeover chain in %+v", p.Findings)
	}
	f := p.Findings[i]
	if f.Severity != "critical" || f.Points != 10 || f.Title == "" || f.Detail == "" || !slices.Equal(f.Accounts, []string{"alipay"}) {
		t.Errorf("finding %+v", f)
	}
	if _, ok := findAction(p, "break-takeover-chain:alipay"); !ok {
		t.Error("no action breaks the chain")
	}

	// Without the phone number the chain is broken.
	fp(t, home, db, "inventory", "edit", "alipay", "--holds", "payment")
	p = planOf(t, home, db)
	if slices.ContainsFunc(p.Findings, func(f findingJSON) bool { return f.ID == "FP-TKO-001" }) {
		t.Error("the chain fired without a phone number")
	}
}

// TestNewcomerScenario follows issue 4's story on the plain path: WeChat,
// Alipay and an old Weibo account with face data; the takeover chain; a
// plan whose first action is the best; done; the score rises.
func TestNewcomerScenario(t *testing.T) {
	home, db := tempDB(t)
	fp(t, home, db, "inventory", "add", "wechat")
	fp(t, home, db, "inventory", "add", "alipay", "--second-factor", "sms")
	fp(t, home, db, "inventory", "add", "weibo", "--dormant", "--holds", "phone,photos,face")

	before := scoreOf(t, home, db)
	sum := 0
	for _, a := range before.Breakdown {
		sum += a.Points
	}
	if sum != before.Score || before.Score <= 0 || before.Score >= 100 {
		t.Errorf("breakdown sums to %d, score %d", sum, before.Score)
	}
	if before.Progress.Accounts != 3 || before.Progress.PasswordsChecked != 0 {
		t.Errorf("progress %+v", before.Progress)
	}

	p := planOf(t, home, db)
	if p.Score != before.Score {
		t.Errorf("plan says %d, score says %d", p.Score, before.Score)
	}
	if !slices.ContainsFunc(p.Findings, func(f findingJSON) bool { return f.InstanceID == "FP-TKO-001:alipay" }) {
		t.Error("no takeover chain")
	}
	first := p.Actions[0]
	for _, a := range p.Actions {
		if a.State == "open" && a.Gain*first.Effort > first.Gain*a.Effort {
			t.Errorf("%s (gain %d, effort %d) beats the first action %s (%d, %d)", a.ID, a.Gain, a.Effort, first.ID, first.Gain, first.Effort)
		}
	}
	if first.ID != "delete-dormant:weibo" || first.URL == "" || first.Title == "" || first.How == "" {
		t.Errorf("first action %+v", first)
	}

	r := fp(t, home, db, "plan", "done", first.ID)
	if !strings.Contains(r.stdout, "Marked delete-dormant:weibo done") {
		t.Errorf("done says %q", r.stdout)
	}
	after := scoreOf(t, home, db)
	if after.Score != before.Score+first.Gain {
		t.Errorf("score %d → %d, want +%d", before.Score, after.Score, first.Gain)
	}
	if len(after.History) != 2 || after.History[0].Score != before.Score || after.History[1].Score != after.Score {
		t.Errorf("history %+v", after.History)
	}
	done, _ := findAction(planOf(t, home, db), first.ID)
	if done.State != "done" || done.StateAt == nil || done.Gain != 0 {
		t.Errorf("done action %+v", done)
	}
	if r := fp(t, home, db, "score"); !strings.Contains(r.stdout, "Plan actions done: 1 of") {
		t.Errorf("score text:\n%s", r.stdout)
	}
}

func TestPlanSkipReopenAndBadIDs(t *testing.T) {
	home, db := tempDB(t)
	fp(t, home, db, "inventory", "add", "alipay", "--second-factor", "sms")
	before := scoreOf(t, home, db).Score
	fp(t, home, db, "plan", "skip", "break-takeover-chain:alipay", "--reason", "rarely used")
	a, _ := findAction(planOf(t, home, db), "break-takeover-chain:alipay")
	if a.State != "skipped" || a.Reason != "rarely used" || a.Gain == 0 {
		t.Errorf("skipped %+v", a)
	}
	if s := scoreOf(t, home, db).Score; s != before {
		t.Errorf("skipping changed the score %d → %d", before, s)
	}
	fp(t, home, db, "plan", "done", "break-takeover-chain:alipay")
	r := fp(t, home, db, "plan", "reopen", "break-takeover-chain:alipay")
	if !strings.Contains(r.stdout, "→ "+itoa(before)) {
		t.Errorf("reopen says %q", r.stdout)
	}
	if a, _ := findAction(planOf(t, home, db), "break-takeover-chain:alipay"); a.State != "open" {
		t.Errorf("reopened %+v", a)
	}
	for _, args := range [][]string{
		{"plan", "done", "break-takeover-chain:alipya"},
		{"plan", "skip", "nothing"},
		{"plan", "reopen", "nothing"},
		{"plan", "done", strings.Repeat("\xff", 100000)},
	} {
		r := runCmd(t, home, "", append([]string{"--db", db}, args...)...)
		if r.code != exitUsage || !strings.Contains(r.stderr, "footprint plan lists the action ids") || len(r.stderr) > 1000 {
			t.Errorf("%.40q: exit %d %.200q", args, r.code, r.stderr)
		}
	}
	r = runCmd(t, home, "", "--db", db, "plan", "done", "break-takeover-chain:alipya")
	if !strings.Contains(r.stderr, "Did you mean: break-takeover-chain:alipay") {
		t.Errorf("no suggestion: %q", r.stderr)
	}
}

func TestPlanTextInBothLanguages(t *testing.T) {
	home, db := tempDB(t)
	fp(t, home, db, "inventory", "add", "alipay", "--second-factor", "sms")
	en := fp(t, home, db, "plan").stdout
	zh := fp(t, home, db, "--lang", "zh", "plan").stdout
	if !strings.Contains(en, "Protection score:") || !strings.Contains(en, "Alipay") || !strings.Contains(en, "break-takeover-chain:alipay") {
		t.Errorf("en:\n%s", en)
	}
	if !strings.Contains(zh, "防护得分") || !strings.Contains(zh, "支付宝") || strings.Contains(zh, "Alipay") {
		t.Errorf("zh:\n%s", zh)
	}
	// JSON keys stay English in Chinese; the texts follow the language.
	var p planJSON
	json.Unmarshal([]byte(fp(t, home, db, "--lang", "zh", "plan", "--json").stdout), &p)
	if len(p.Actions) == 0 || !strings.Contains(p.Actions[0].Title+p.Findings[0].Title, "支付宝") {
		t.Errorf("zh JSON %+v", p.Actions)
	}
}

func TestEmptyInventoryStillScores(t *testing.T) {
	home, db := tempDB(t)
	s := scoreOf(t, home, db)
	if s.Score < 0 || s.Score > 100 || s.Progress.Accounts != 0 || len(s.Breakdown) != 6 {
		t.Errorf("empty: %+v", s)
	}
	if r := fp(t, home, db, "plan"); !strings.Contains(r.stdout, "Take the habits checkup") {
		t.Errorf("empty plan:\n%s", r.stdout)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
