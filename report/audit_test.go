package report

import (
	"strings"
	"testing"

	"github.com/footprint-audit/footprint/checks/pwaudit"
	"github.com/footprint-audit/footprint/content/i18n"
)

func sampleAudit() pwaudit.Report {
	return pwaudit.Report{
		Dialect: pwaudit.Bitwarden,
		Entries: []pwaudit.Entry{
			{Line: 2, Name: "Mail", Username: "li@example.com", Score: 1, Weak: true, ReuseGroup: 1},
			{Line: 3, Name: "Bank", Score: 4, ReuseGroup: 1, Breached: 120, BreachChecked: true},
			{Line: 4, URL: "https://shop.example", Score: 3},
		},
		Weak:     []int{0},
		Reused:   [][]int{{0, 1}},
		Breached: []int{1},
	}
}

// The audit reads as counts first, then each problem by entry name and line,
// in both languages.
func TestPasswordAuditLists(t *testing.T) {
	for _, c := range []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.English, []string{"Mail (li@example.com)", "line 2", "Bank", "line 3", "120"}},
		{i18n.Chinese, []string{"Mail (li@example.com)", "Bank", "120"}},
	} {
		out := strings.Join(PasswordAudit(c.lang, sampleAudit()), "\n")
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: report lacks %q:\n%s", c.lang, w, out)
			}
		}
		for _, l := range PasswordAudit(c.lang, sampleAudit()) {
			if strings.Contains(l, "password.") {
				t.Errorf("%s: an untranslated key: %q", c.lang, l)
			}
		}
	}
}

func TestPasswordAuditAllGood(t *testing.T) {
	rep := pwaudit.Report{Dialect: pwaudit.Chrome, Entries: []pwaudit.Entry{{Line: 2, Name: "Mail", Score: 4}}}
	out := strings.Join(PasswordAudit(i18n.English, rep), "\n")
	if strings.Contains(out, "Mail") {
		t.Errorf("a sound entry is listed as a problem:\n%s", out)
	}
	if len(PasswordAudit(i18n.English, rep)) < 3 {
		t.Errorf("no all-good line:\n%s", out)
	}
}

// Without a breach file the report says the check was not done, rather
// than "seen in breaches: 0".
func TestPasswordAuditSaysWhenBreachesWereNotChecked(t *testing.T) {
	rep := sampleAudit()
	rep.Breached = nil
	for i := range rep.Entries {
		rep.Entries[i].BreachChecked, rep.Entries[i].Breached = false, 0
	}
	out := strings.Join(PasswordAudit(i18n.English, rep), "\n")
	if !strings.Contains(out, "not checked") || strings.Contains(out, "Seen in breaches") {
		t.Errorf("unchecked breaches reported as a count:\n%s", out)
	}
	if out := strings.Join(PasswordAudit(i18n.English, sampleAudit()), "\n"); !strings.Contains(out, "Seen in breaches: 1") {
		t.Errorf("a checked audit lost its breach count:\n%s", out)
	}
}
