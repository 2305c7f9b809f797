package risk

import "github.com/footprint-audit/footprint/checks"

// financialCategories hold money: a takeover there is a direct loss.
var financialCategories = map[string]bool{"payment": true, "bank": true, "finance": true}

// keyCategories are the accounts whose takeover opens others: money, and
// the mailbox every "forgot password" link goes to.
func isKeyAccount(a Account) bool { return financialCategories[a.Category] || a.Category == "email" }

// account is an Account after normalisation: a unique subject for ids, a
// display name, and its valid data kinds without repeats.
type account struct {
	Account
	subject string
	name    string
	kinds   map[checks.DataKind]bool
}

func (a account) holds(k checks.DataKind) bool { return a.kinds[k] }

// sensitiveCount counts sensitive kinds held; withBiometrics false leaves
// out face and fingerprint/voice, which have a rule of their own.
func (a account) sensitiveCount(withBiometrics bool) int {
	n := 0
	for k := range a.kinds {
		if !k.Sensitive() {
			continue
		}
		if !withBiometrics && isBiometric(k) {
			continue
		}
		n++
	}
	return n
}

func isBiometric(k checks.DataKind) bool { return k == checks.Face || k == checks.FingerprintVoice }

// evaluateAccount applies every account rule to a, appends what it found to
// fs and the actions that would fix it to as.
func evaluateAccount(a account, fs []Finding, as []Action) ([]Finding, []Action) {
	first := len(fs)
	ids := []string{a.ID}
	nameArg := []any{a.name} // shared by the messages, which only read it
	add := func(r rule, sev Severity, weight int, detailArgs ...any) string {
		dArgs := nameArg
		if len(detailArgs) > 0 {
			dArgs = append([]any{a.name}, detailArgs...)
		}
		f := r.finding(a.subject, sev, weight, ids, nameArg, dArgs)
		fs = append(fs, f)
		return f.InstanceID
	}

	var pwFixes []string
	if a.Password.Checked && a.Password.Score <= 2 {
		if a.Password.Score <= 1 {
			pwFixes = append(pwFixes, add(ruleWeakPassword, High, 6))
		} else {
			pwFixes = append(pwFixes, add(ruleWeakPassword, Medium, 4))
		}
	}
	if !a.Password.Checked {
		id := add(ruleUncheckedPassword, Low, 1)
		as = append(as, actCheckPassword.action(a.subject, ids, a.name, "", id))
	}
	if a.PasswordReused {
		pwFixes = append(pwFixes, add(ruleReusedPassword, High, 4))
	}
	if len(pwFixes) > 0 {
		as = append(as, actChangePassword.action(a.subject, ids, a.name, "", pwFixes...))
	}

	how := "any"
	if a.OffersApp2FA || a.OffersKey2FA {
		how = "app"
	}
	switch a.SecondFactor {
	case FactorApp, FactorKey:
	case FactorSMS:
		if a.OffersApp2FA || a.OffersKey2FA {
			id := add(ruleSMSSecondFactor, Low, 2)
			as = append(as, actReplaceSMS2FA.action(a.subject, ids, a.name, "", id))
		}
	case FactorNone:
		var id string
		if isKeyAccount(a.Account) {
			id = add(ruleNoSecondFactor, High, 5)
		} else {
			id = add(ruleNoSecondFactor, Medium, 3)
		}
		as = append(as, actEnable2FA.action(a.subject, ids, a.name, how, id))
	default: // unknown, empty or a value we do not know: worth a look
		id := add(ruleUnknownFactor, Low, 1)
		as = append(as, actEnable2FA.action(a.subject, ids, a.name, how, id))
	}

	if financialCategories[a.Category] && a.holds(checks.Phone) &&
		(a.SMSRecovery == "yes" || a.SecondFactor == FactorSMS) {
		id := add(ruleTakeoverChain, Critical, 10)
		as = append(as, actBreakChain.action(a.subject, ids, a.name, "", id))
	}

	if n := a.sensitiveCount(false); n > 0 {
		sev := Low
		if n >= 2 {
			sev = Medium
		}
		id := add(ruleSensitiveData, sev, min(n, 3), n)
		as = append(as, actTrimSensitive.action(a.subject, ids, a.name, "", id))
	}
	if a.RealNameVerified {
		add(ruleRealName, Low, 1)
	}
	if a.holds(checks.Face) || a.holds(checks.FingerprintVoice) {
		id := add(ruleBiometric, Medium, 2)
		as = append(as, actRemoveBiometric.action(a.subject, ids, a.name, "", id))
	}

	if a.Dormant && len(a.kinds) > 0 {
		if a.sensitiveCount(true) > 0 {
			add(ruleDormantSensitive, High, 5)
		} else {
			add(ruleDormant, Medium, 3)
		}
		// Deleting the account ends every risk it carries, not only dormancy.
		all := make([]string, 0, len(fs)-first)
		for _, f := range fs[first:] {
			all = append(all, f.InstanceID)
		}
		effort, how := deletionEffort(a.DeletionDifficulty)
		del := actDeleteDormant.action(a.subject, ids, a.name, how, all...)
		del.Effort = effort
		del.URL = a.DeletionURL
		as = append(as, del)
	}
	return fs, as
}
