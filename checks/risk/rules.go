package risk

import "github.com/footprint-audit/footprint/checks"

// rule is one kind of finding. Its id never changes once shipped: the store,
// the plain output and people's notes refer to it.
type rule struct {
	id, name, area, lesson string
	key                    string // message stem: risk.finding.<key>.title/.detail
}

var (
	ruleWeakPassword      = rule{"FP-PWD-001", "weak-password", AreaPasswords, "passwords", "weak_password"}
	ruleUncheckedPassword = rule{"FP-PWD-002", "unchecked-password", AreaPasswords, "passwords", "unchecked_password"}
	ruleReusedPassword    = rule{"FP-PWD-003", "reused-password", AreaPasswords, "passwords", "reused_password"}
	ruleNoSecondFactor    = rule{"FP-MFA-001", "no-second-factor", AreaSignIn, "two-factor-sim-swap", "no_second_factor"}
	ruleSMSSecondFactor   = rule{"FP-MFA-002", "sms-second-factor", AreaSignIn, "two-factor-sim-swap", "sms_second_factor"}
	ruleUnknownFactor     = rule{"FP-MFA-003", "unknown-second-factor", AreaSignIn, "two-factor-sim-swap", "unknown_second_factor"}
	ruleTakeoverChain     = rule{"FP-TKO-001", "takeover-chain", AreaTakeover, "two-factor-sim-swap", "takeover_chain"}
	ruleSensitiveData     = rule{"FP-EXP-001", "sensitive-data", AreaExposure, "sensitive-information", "sensitive_data"}
	ruleRealName          = rule{"FP-EXP-002", "real-name", AreaExposure, "personal-information", "real_name"}
	ruleBiometric         = rule{"FP-EXP-003", "biometric-data", AreaExposure, "sensitive-information", "biometric"}
	ruleDormant           = rule{"FP-DOR-001", "dormant-account", AreaDormant, "your-rights", "dormant"}
	ruleDormantSensitive  = rule{"FP-DOR-002", "dormant-sensitive", AreaDormant, "your-rights", "dormant_sensitive"}
	ruleHabitsNotTaken    = rule{"FP-HAB-000", "habits-not-taken", AreaHabits, "", "habits_not_taken"}
)

var accountRules = []rule{
	ruleWeakPassword, ruleUncheckedPassword, ruleReusedPassword,
	ruleNoSecondFactor, ruleSMSSecondFactor, ruleUnknownFactor, ruleTakeoverChain,
	ruleSensitiveData, ruleRealName, ruleBiometric, ruleDormant, ruleDormantSensitive,
	ruleHabitsNotTaken,
}

func (r rule) titleKey() string  { return "risk.finding." + r.key + ".title" }
func (r rule) detailKey() string { return "risk.finding." + r.key + ".detail" }

// finding builds the finding of rule r about subject; its title and detail
// take the arguments given.
func (r rule) finding(subject string, sev Severity, weight int, accounts []string, titleArgs, detailArgs []any) Finding {
	return Finding{
		ID:         r.id,
		InstanceID: r.id + ":" + subject,
		Rule:       r.name,
		Severity:   sev,
		Area:       r.area,
		Weight:     weight,
		AccountIDs: accounts,
		Title:      checks.Msg(r.titleKey(), titleArgs...),
		Detail:     checks.Msg(r.detailKey(), detailArgs...),
		LessonID:   r.lesson,
	}
}
