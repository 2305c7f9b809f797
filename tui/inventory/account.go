package inventory

import (
	"slices"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/i18n"
)

// MaxNameRunes and MaxNoteRunes bound what the user types; longer pastes
// are cut, not refused.
const (
	MaxNameRunes = 80
	MaxNoteRunes = 500
)

// Account is one service in the inventory as this screen shows and edits
// it. The password verdict is read-only here: only the password check
// writes it.
type Account struct {
	ID               string
	CatalogID        string // "" for a service the user typed in by hand
	Name, NameZh     string
	Category         string // catalogue category, "" for a custom service
	Holds            []checks.DataKind
	Dormant          bool
	SecondFactor     risk.SecondFactor
	Verdict          risk.Verdict
	Reused           bool
	RealNameVerified bool
	Note             string
}

// Custom reports whether the user added the service by hand.
func (a Account) Custom() bool { return a.CatalogID == "" }

// DisplayName is the name in the UI language, falling back to the other.
func (a Account) DisplayName(l i18n.Lang) string {
	if l == i18n.Chinese && a.NameZh != "" {
		return a.NameZh
	}
	if a.Name == "" {
		return a.NameZh
	}
	return a.Name
}

// HoldsKind reports whether the account holds k.
func (a Account) HoldsKind(k checks.DataKind) bool { return slices.Contains(a.Holds, k) }

// SensitiveCount counts the sensitive kinds the account holds.
func (a Account) SensitiveCount() int {
	n := 0
	for _, k := range a.Holds {
		if k.Sensitive() {
			n++
		}
	}
	return n
}

// toggle adds k when missing and removes it when held, keeping the
// display order of checks.AllDataKinds.
func (a *Account) toggle(k checks.DataKind) {
	if a.HoldsKind(k) {
		a.Holds = slices.DeleteFunc(slices.Clone(a.Holds), func(x checks.DataKind) bool { return x == k })
		return
	}
	var out []checks.DataKind
	for _, x := range checks.AllDataKinds {
		if x == k || a.HoldsKind(x) {
			out = append(out, x)
		}
	}
	a.Holds = out
}

// factorCycle is the order space steps through the second factor.
var factorCycle = []risk.SecondFactor{risk.FactorUnknown, risk.FactorNone, risk.FactorSMS, risk.FactorApp, risk.FactorKey}

func nextFactor(f risk.SecondFactor) risk.SecondFactor {
	i := slices.Index(factorCycle, f)
	return factorCycle[(i+1)%len(factorCycle)]
}

// verdictKey names the password verdict in words: zxcvbn 0–2 is weak.
func verdictKey(v risk.Verdict) string {
	switch {
	case !v.Checked:
		return "inventory_ui.pw.unchecked"
	case v.Score <= 1:
		return "inventory_ui.pw.very_weak"
	case v.Score == 2:
		return "inventory_ui.pw.weak"
	}
	return "inventory_ui.pw.strong"
}
