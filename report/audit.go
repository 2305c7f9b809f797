// Package report renders what footprint found for people to read or keep:
// plain text now (the password-manager audit, shown on the password
// screen and printed by `footprint password --audit`), Markdown, HTML and
// JSON reports later. It reads checks' results and content's words only.
package report

import (
	pw "github.com/footprint-audit/footprint/checks/password"
	"github.com/footprint-audit/footprint/checks/pwaudit"
	"github.com/footprint-audit/footprint/content/i18n"
)

// PasswordAudit is a password-manager export audit as plain lines in lang: counts first, then
// the weak, reused and breached entries by name and line. It never holds
// a password, since the report it reads has none.
func PasswordAudit(l i18n.Lang, rep pwaudit.Report) []string {
	t := func(k string, a ...any) string { return i18n.T(l, k, a...) }
	d := rep.Dialect.Message()
	out := []string{
		t("password.ui.audit.summary", len(rep.Entries), i18n.T(l, d.Key, d.Args...)),
	}
	if breachChecked(rep) {
		out = append(out, t("password.ui.audit.counts", len(rep.Weak), len(rep.Reused), len(rep.Breached)))
	} else {
		// "Seen in breaches: 0" would read as a clean bill when no check ran.
		out = append(out, t("password.ui.audit.counts_unchecked", len(rep.Weak), len(rep.Reused)))
	}
	if rep.SkippedEmpty > 0 {
		out = append(out, t("password.ui.audit.skipped", rep.SkippedEmpty))
	}
	if rep.BreachError != nil {
		out = append(out, t(rep.BreachError.Key, rep.BreachError.Args...))
	}
	name := func(i int) string {
		e := rep.Entries[i]
		n := e.Name
		if n == "" {
			n = e.URL
		}
		if e.Username != "" {
			n += " (" + e.Username + ")"
		}
		return t("password.ui.audit.entry", n, e.Line)
	}
	if len(rep.Weak) > 0 {
		out = append(out, "", t("password.ui.audit.weak_heading"))
		for _, i := range rep.Weak {
			out = append(out, "  "+name(i)+" — "+scoreWord(l, rep.Entries[i].Score))
		}
	}
	if len(rep.Reused) > 0 {
		out = append(out, "", t("password.ui.audit.reused_heading"))
		for g, group := range rep.Reused {
			out = append(out, "  "+t("password.ui.audit.group", g+1, len(group)))
			for _, i := range group {
				out = append(out, "    "+name(i))
			}
		}
	}
	if len(rep.Breached) > 0 {
		out = append(out, "", t("password.ui.audit.breached_heading"))
		for _, i := range rep.Breached {
			out = append(out, "  "+name(i)+" — "+t("password.ui.breach.seen_short", rep.Entries[i].Breached))
		}
	}
	if len(rep.Weak)+len(rep.Reused)+len(rep.Breached) == 0 {
		out = append(out, "", t("password.ui.audit.all_good"))
	}
	return out
}

// scoreWord is the engine's word for a 0–4 score (very weak … very strong).
func scoreWord(l i18n.Lang, score int) string {
	m := pw.ScoreLabel(score)
	return i18n.T(l, m.Key, m.Args...)
}

// breachChecked reports whether any entry was looked up in a breach corpus
// (or tried and failed, which the report says apart).
func breachChecked(rep pwaudit.Report) bool {
	if rep.BreachFailures > 0 || rep.BreachError != nil {
		return true
	}
	for _, e := range rep.Entries {
		if e.BreachChecked {
			return true
		}
	}
	return false
}
