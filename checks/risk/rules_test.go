package risk

import (
	"slices"
	"testing"

	"github.com/footprint-audit/footprint/checks"
)

// Each account rule fires alone when exactly its condition is added to a
// clean account, and nothing else fires with it.
func TestEachAccountFindingAlone(t *testing.T) {
	tests := []struct {
		name   string
		change func(a *Account)
		want   []string
	}{
		{"clean", func(a *Account) {}, nil},
		{"weak password score 1", func(a *Account) { a.Password.Score = 1 }, []string{"FP-PWD-001"}},
		{"weak password score 2", func(a *Account) { a.Password.Score = 2 }, []string{"FP-PWD-001"}},
		{"fair password score 3", func(a *Account) { a.Password.Score = 3 }, nil},
		{"unchecked password", func(a *Account) { a.Password = Verdict{} }, []string{"FP-PWD-002"}},
		{"reused password", func(a *Account) { a.PasswordReused = true }, []string{"FP-PWD-003"}},
		{"no second factor", func(a *Account) { a.SecondFactor = FactorNone }, []string{"FP-MFA-001"}},
		{"sms when app offered", func(a *Account) { a.SecondFactor = FactorSMS; a.OffersApp2FA = true }, []string{"FP-MFA-002"}},
		{"sms when key offered", func(a *Account) { a.SecondFactor = FactorSMS; a.OffersKey2FA = true }, []string{"FP-MFA-002"}},
		{"sms when nothing better offered", func(a *Account) { a.SecondFactor = FactorSMS }, nil},
		{"key second factor", func(a *Account) { a.SecondFactor = FactorKey }, nil},
		{"unknown second factor", func(a *Account) { a.SecondFactor = FactorUnknown }, []string{"FP-MFA-003"}},
		{"empty second factor", func(a *Account) { a.SecondFactor = "" }, []string{"FP-MFA-003"}},
		{"sensitive data", func(a *Account) { a.Holds = append(a.Holds, checks.Health) }, []string{"FP-EXP-001"}},
		{"real-name verified", func(a *Account) { a.RealNameVerified = true }, []string{"FP-EXP-002"}},
		{"face data", func(a *Account) { a.Holds = append(a.Holds, checks.Face) }, []string{"FP-EXP-003"}},
		{"fingerprint data", func(a *Account) { a.Holds = append(a.Holds, checks.FingerprintVoice) }, []string{"FP-EXP-003"}},
		{"dormant", func(a *Account) { a.Dormant = true }, []string{"FP-DOR-001"}},
		{"dormant holding nothing", func(a *Account) { a.Dormant = true; a.Holds = nil }, nil},
		{"phone held, not a chain", func(a *Account) { a.Holds = append(a.Holds, checks.Phone); a.SMSRecovery = "yes" }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := clean("x")
			tt.change(&a)
			got := ruleIDs(Evaluate(Input{Accounts: []Account{a}, Habits: safeHabits()}).Findings)
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSeverityAndWeightFollowTheAccount(t *testing.T) {
	tests := []struct {
		name     string
		change   func(a *Account)
		rule     string
		severity Severity
		weight   int
	}{
		{"very weak", func(a *Account) { a.Password.Score = 0 }, "FP-PWD-001", High, 6},
		{"somewhat weak", func(a *Account) { a.Password.Score = 2 }, "FP-PWD-001", Medium, 4},
		{"no 2FA on a social account", func(a *Account) { a.SecondFactor = FactorNone }, "FP-MFA-001", Medium, 3},
		{"no 2FA on a mailbox", func(a *Account) { a.SecondFactor = FactorNone; a.Category = "email" }, "FP-MFA-001", High, 5},
		{"no 2FA on a bank", func(a *Account) { a.SecondFactor = FactorNone; a.Category = "bank" }, "FP-MFA-001", High, 5},
		{"one sensitive kind", func(a *Account) { a.Holds = []checks.DataKind{checks.Location} }, "FP-EXP-001", Low, 1},
		{"four sensitive kinds, capped at 3", func(a *Account) {
			a.Holds = []checks.DataKind{checks.Location, checks.Health, checks.IDNumber, checks.Children}
		}, "FP-EXP-001", Medium, 3},
		{"dormant with sensitive data", func(a *Account) { a.Dormant = true; a.Holds = []checks.DataKind{checks.Face} }, "FP-DOR-002", High, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := clean("x")
			tt.change(&a)
			var got *Finding
			as := Evaluate(Input{Accounts: []Account{a}, Habits: safeHabits()})
			for i := range as.Findings {
				if as.Findings[i].ID == tt.rule {
					got = &as.Findings[i]
				}
			}
			if got == nil {
				t.Fatalf("no %s finding in %v", tt.rule, ruleIDs(as.Findings))
			}
			if got.Severity != tt.severity || got.Weight != tt.weight {
				t.Errorf("%s: severity %s weight %d, want %s %d", tt.rule, got.Severity, got.Weight, tt.severity, tt.weight)
			}
		})
	}
}

// The SIM-swap chain needs all three parts; take any one away and it goes.
func TestTakeoverChain(t *testing.T) {
	chain := func() Account {
		a := clean("alipay")
		a.Category = "payment"
		a.Holds = []checks.DataKind{checks.Phone}
		a.SMSRecovery = "yes"
		return a
	}
	tests := []struct {
		name   string
		change func(a *Account)
		want   bool
	}{
		{"all three parts", func(a *Account) {}, true},
		{"bank app", func(a *Account) { a.Category = "bank" }, true},
		{"SMS 2FA instead of SMS recovery", func(a *Account) { a.SMSRecovery = "no"; a.SecondFactor = FactorSMS }, true},
		{"SMS recovery beats app 2FA", func(a *Account) { a.SecondFactor = FactorApp }, true},
		{"no phone number held", func(a *Account) { a.Holds = []checks.DataKind{checks.Email} }, false},
		{"no SMS recovery nor SMS 2FA", func(a *Account) { a.SMSRecovery = "no" }, false},
		{"SMS recovery unknown", func(a *Account) { a.SMSRecovery = "unknown" }, false},
		{"not a payment or bank app", func(a *Account) { a.Category = "shopping" }, false},
		{"custom service", func(a *Account) { a.Category = "" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := chain()
			tt.change(&a)
			as := Evaluate(Input{Accounts: []Account{a}, Habits: safeHabits()})
			got := slices.Contains(ruleIDs(as.Findings), "FP-TKO-001")
			if got != tt.want {
				t.Fatalf("chain finding %v, want %v (findings %v)", got, tt.want, ruleIDs(as.Findings))
			}
			if !got {
				return
			}
			f := as.Findings[0]
			if f.ID != "FP-TKO-001" || f.Severity != Critical || f.InstanceID != "FP-TKO-001:alipay" {
				t.Errorf("worst finding %+v, want the critical chain first", f)
			}
			act, ok := findAction(as, "break-takeover-chain:alipay")
			if !ok || act.LessonID != "two-factor-sim-swap" || !slices.Equal(act.FindingIDs, []string{"FP-TKO-001:alipay"}) {
				t.Errorf("chain action %+v (found %v)", act, ok)
			}
		})
	}
}

func TestHabitFindings(t *testing.T) {
	if got := Questions(); len(got) < 14 || len(got) > 16 {
		t.Fatalf("%d questions, want about 15", len(got))
	}
	none := Evaluate(Input{Habits: safeHabits()})
	if len(none.Findings) != 0 || none.Score != 100 {
		t.Fatalf("safe answers: score %d, findings %v", none.Score, ruleIDs(none.Findings))
	}
	for i, h := range habits {
		for _, o := range h.options {
			answers := safeHabits()
			answers[h.id] = o.id
			as := Evaluate(Input{Habits: answers})
			got := ruleIDs(as.Findings)
			if o.weight == 0 {
				if len(got) != 0 {
					t.Errorf("%s=%s: findings %v, want none", h.id, o.id, got)
				}
				continue
			}
			want := h.rule(i + 1).id
			if !slices.Equal(got, []string{want}) {
				t.Errorf("%s=%s: findings %v, want [%s]", h.id, o.id, got, want)
				continue
			}
			if as.Score != 100-o.weight {
				t.Errorf("%s=%s: score %d, want %d", h.id, o.id, as.Score, 100-o.weight)
			}
			if _, ok := findAction(as, "habit:"+h.id); !ok {
				t.Errorf("%s=%s: no habit action", h.id, o.id)
			}
		}
	}
}

func TestHabitsNotAnswered(t *testing.T) {
	for name, answers := range map[string]HabitAnswers{
		"nil":         nil,
		"unknown ids": {"no_such_question": "yes", "screen_lock": "maybe"},
		"empty map":   {},
	} {
		as := Evaluate(Input{Habits: answers})
		if got := ruleIDs(as.Findings); !slices.Equal(got, []string{"FP-HAB-000"}) {
			t.Errorf("%s: findings %v, want the checkup itself", name, got)
		}
		if _, ok := findAction(as, "take-checkup:habits"); !ok {
			t.Errorf("%s: no take-checkup action", name)
		}
	}
	one := Evaluate(Input{Habits: HabitAnswers{"screen_lock": "yes"}})
	if len(one.Findings) != 0 {
		t.Errorf("one safe answer still reports %v", ruleIDs(one.Findings))
	}
}

// Combinations share actions where one step fixes several findings.
func TestCombinations(t *testing.T) {
	a := clean("weibo")
	a.Password.Score = 1
	a.PasswordReused = true
	a.SecondFactor = FactorNone
	a.Dormant = true
	a.Holds = []checks.DataKind{checks.Phone, checks.Face, checks.Photos}
	a.DeletionURL = "https://weibo.example/delete"
	a.DeletionDifficulty = "hard"
	as := Evaluate(Input{Accounts: []Account{a}, Habits: safeHabits()})

	want := []string{"FP-DOR-002", "FP-EXP-003", "FP-MFA-001", "FP-PWD-001", "FP-PWD-003"}
	if got := ruleIDs(as.Findings); !slices.Equal(got, want) {
		t.Fatalf("findings %v, want %v", got, want)
	}
	change, ok := findAction(as, "change-password:weibo")
	if !ok || !slices.Equal(change.FindingIDs, []string{"FP-PWD-001:weibo", "FP-PWD-003:weibo"}) {
		t.Errorf("change-password fixes %v, want weak and reused together", change.FindingIDs)
	}
	del, ok := findAction(as, "delete-dormant:weibo")
	if !ok {
		t.Fatal("no delete action")
	}
	if len(del.FindingIDs) != len(want) {
		t.Errorf("delete fixes %v, want every finding of the account", del.FindingIDs)
	}
	if del.Effort != 4 || del.URL != a.DeletionURL || del.How.Key != "risk.action.delete_dormant.how_hard" {
		t.Errorf("delete action effort %d url %q how %q", del.Effort, del.URL, del.How.Key)
	}
	if del.Gain != 100-as.Score {
		t.Errorf("deleting the only risky account gains %d, want all %d lost points", del.Gain, 100-as.Score)
	}
}

func TestDeletionEffort(t *testing.T) {
	for diff, want := range map[string]int{"easy": 1, "medium": 2, "hard": 4, "limited": 4, "impossible": 5, "unknown": 3, "": 3, "weird": 3} {
		a := clean("x")
		a.Dormant = true
		a.DeletionDifficulty = diff
		act, ok := findAction(Evaluate(Input{Accounts: []Account{a}, Habits: safeHabits()}), "delete-dormant:x")
		if !ok || act.Effort != want {
			t.Errorf("difficulty %q: effort %d (found %v), want %d", diff, act.Effort, ok, want)
		}
	}
}
