package risk

import "github.com/footprint-audit/footprint/checks"

// actionDef is one kind of step. Effort is its usual cost on a 1–5 scale;
// deletion takes its effort from the catalogue's difficulty instead.
type actionDef struct {
	kind   ActionKind
	key    string // message stem: risk.action.<key>.title/.why/.how
	lesson string
	effort int
}

var (
	actDeleteDormant   = actionDef{KindDeleteDormant, "delete_dormant", "your-rights", 0}
	actChangePassword  = actionDef{KindChangePassword, "change_password", "passwords", 2}
	actCheckPassword   = actionDef{KindCheckPassword, "check_password", "passwords", 1}
	actEnable2FA       = actionDef{KindEnable2FA, "enable_2fa", "two-factor-sim-swap", 2}
	actReplaceSMS2FA   = actionDef{KindReplaceSMS2FA, "replace_sms_2fa", "two-factor-sim-swap", 2}
	actBreakChain      = actionDef{KindBreakChain, "break_chain", "two-factor-sim-swap", 3}
	actRemoveBiometric = actionDef{KindRemoveBiometric, "remove_biometrics", "sensitive-information", 2}
	actTrimSensitive   = actionDef{KindTrimSensitive, "trim_sensitive", "your-rights", 3}
	actTakeCheckup     = actionDef{KindTakeCheckup, "take_checkup", "", 1}
)

var accountActions = []actionDef{
	actDeleteDormant, actChangePassword, actCheckPassword, actEnable2FA, actReplaceSMS2FA,
	actBreakChain, actRemoveBiometric, actTrimSensitive, actTakeCheckup,
}

// Variants of the "how" text, chosen by what the service offers.
var (
	deleteHowKeys = []string{"easy", "medium", "hard", "impossible", "unknown"}
	enableHowKeys = []string{"app", "any"}
)

func (d actionDef) msgKey(part string) string { return "risk.action." + d.key + "." + part }

// action builds the open action of kind d about subject; how is the
// variant suffix of the how text ("" for the plain one).
func (d actionDef) action(subject string, accounts []string, name string, how string, fixes ...string) Action {
	howKey := d.msgKey("how")
	if how != "" {
		howKey += "_" + how
	}
	var titleArgs []any
	if name != "" {
		titleArgs = []any{name}
	}
	return Action{
		ID:         string(d.kind) + ":" + subject,
		Kind:       d.kind,
		Effort:     d.effort,
		FindingIDs: fixes,
		AccountIDs: accounts,
		Title:      checks.Msg(d.msgKey("title"), titleArgs...),
		Why:        checks.Msg(d.msgKey("why")),
		How:        checks.Msg(howKey),
		LessonID:   d.lesson,
		State:      Open,
	}
}

// deletionEffort maps the catalogue's difficulty to effort. "limited" is
// JustDeleteMe's word for "only some of it can go".
func deletionEffort(difficulty string) (effort int, how string) {
	switch difficulty {
	case "easy":
		return 1, "easy"
	case "medium":
		return 2, "medium"
	case "hard", "limited":
		return 4, "hard"
	case "impossible":
		return 5, "impossible"
	}
	return 3, "unknown"
}
