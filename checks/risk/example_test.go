package risk

import (
	"slices"
	"testing"

	"github.com/footprint-audit/footprint/checks"
)

// The worked example of docs/scoring.md, kept true by this test.
func TestWorkedExample(t *testing.T) {
	in := Input{Accounts: []Account{
		{ID: "wechat", Name: "WeChat", Category: "messaging", Holds: []checks.DataKind{checks.RealName, checks.Phone, checks.Contacts, checks.Messages},
			SecondFactor: FactorUnknown, Password: Verdict{Checked: true, Score: 3}, RealNameVerified: true, SMSRecovery: "yes", DeletionDifficulty: "medium"},
		{ID: "alipay", Name: "Alipay", Category: "payment", Holds: []checks.DataKind{checks.RealName, checks.IDNumber, checks.Phone, checks.Payment},
			SecondFactor: FactorSMS, Password: Verdict{Checked: true, Score: 4}, RealNameVerified: true, SMSRecovery: "yes", DeletionDifficulty: "hard"},
		{ID: "weibo", Name: "Weibo", Category: "social", Holds: []checks.DataKind{checks.Phone, checks.Photos, checks.Face}, Dormant: true,
			SecondFactor: FactorNone, PasswordReused: true, Password: Verdict{Checked: true, Score: 2}, SMSRecovery: "yes", DeletionDifficulty: "medium"},
	}, Habits: HabitAnswers{"password_manager": "no", "share_sms_codes": "never", "screen_lock": "yes"}}

	as := Evaluate(in)
	if as.Score != 64 {
		t.Errorf("score %d, want 64", as.Score)
	}
	var kept []int
	for _, a := range as.Breakdown {
		kept = append(kept, a.Points)
	}
	if want := []int{17, 16, 5, 4, 5, 17}; !slices.Equal(kept, want) {
		t.Errorf("breakdown %v, want %v", kept, want)
	}
	var plan []string
	for _, a := range as.Actions {
		plan = append(plan, a.ID)
	}
	want := []string{"delete-dormant:weibo", "change-password:weibo", "break-takeover-chain:alipay", "enable-2fa:weibo",
		"habit:password_manager", "remove-biometrics:weibo", "trim-sensitive:alipay", "enable-2fa:wechat"}
	if !slices.Equal(plan, want) {
		t.Errorf("plan %v, want %v", plan, want)
	}
	if as.Actions[0].Gain != 18 {
		t.Errorf("deleting Weibo gains %d, want 18", as.Actions[0].Gain)
	}

	in.Done = map[string]bool{"break-takeover-chain:alipay": true}
	if got := Evaluate(in).Score; got != 74 {
		t.Errorf("after breaking the chain: score %d, want 74", got)
	}
}
