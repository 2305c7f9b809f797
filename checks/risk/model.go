package risk

import "github.com/footprint-audit/footprint/checks"

// Severity grades a finding for people, from a note to act on now.
type Severity string

const (
	Info     Severity = "info"
	Low      Severity = "low"
	Medium   Severity = "medium"
	High     Severity = "high"
	Critical Severity = "critical"
)

// Rank orders severities, higher is worse; unknown values rank lowest.
func (s Severity) Rank() int {
	switch s {
	case Low:
		return 1
	case Medium:
		return 2
	case High:
		return 3
	case Critical:
		return 4
	}
	return 0
}

// LabelKey is the i18n key of the severity's name.
func (s Severity) LabelKey() string { return "risk.severity." + string(s) }

// Area is one line of the score breakdown: Points kept out of Max.
type Area struct {
	ID     string
	Label  string // i18n key
	Points int
	Max    int
}

// Finding is one risk the model found. Points is what it actually deducts
// from the score after its area's cap; Weight is what it would deduct alone.
type Finding struct {
	ID         string // rule id, stable, e.g. "FP-TKO-001"
	InstanceID string // rule id and subject, e.g. "FP-TKO-001:alipay"
	Rule       string // rule name, e.g. "takeover-chain"
	Severity   Severity
	Area       string
	Weight     int
	Points     int
	AccountIDs []string
	Title      checks.Message
	Detail     checks.Message
	LessonID   string
	// Resolved is set when a done action fixed it; it then deducts nothing.
	Resolved bool
}

// ActionKind names the sort of step an action asks for.
type ActionKind string

const (
	KindDeleteDormant   ActionKind = "delete-dormant"
	KindChangePassword  ActionKind = "change-password"
	KindCheckPassword   ActionKind = "check-password"
	KindEnable2FA       ActionKind = "enable-2fa"
	KindReplaceSMS2FA   ActionKind = "replace-sms-2fa"
	KindBreakChain      ActionKind = "break-takeover-chain"
	KindRemoveBiometric ActionKind = "remove-biometrics"
	KindTrimSensitive   ActionKind = "trim-sensitive"
	KindHabit           ActionKind = "habit"
	KindTakeCheckup     ActionKind = "take-checkup"
)

// State of an action in the plan.
type State string

const (
	Open    State = "open"
	Done    State = "done"
	Skipped State = "skipped"
)

// Action is one step of the plan. Gain is how many points the score would
// rise if it were done now (0 once done); Effort runs from 1 (a minute) to
// 5 (a battle with customer service).
type Action struct {
	ID         string // kind and subject, e.g. "delete-dormant:weibo"
	Kind       ActionKind
	Gain       int
	Effort     int
	FindingIDs []string // instance ids
	AccountIDs []string
	Title      checks.Message
	Why        checks.Message
	How        checks.Message
	URL        string
	LessonID   string
	State      State
}

// Assessment is the result of Evaluate.
type Assessment struct {
	Score     int
	Breakdown []Area
	Findings  []Finding
	Actions   []Action
}

// Next returns up to n open actions, best first.
func (a Assessment) Next(n int) []Action {
	var out []Action
	for _, act := range a.Actions {
		if len(out) == n {
			break
		}
		if act.State == Open {
			out = append(out, act)
		}
	}
	return out
}
