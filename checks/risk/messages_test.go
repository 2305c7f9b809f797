package risk_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/i18n"
)

func TestEveryMessageKeyIsTranslated(t *testing.T) {
	keys := risk.AllMessageKeys()
	if len(keys) < 100 {
		t.Fatalf("only %d keys listed", len(keys))
	}
	for _, k := range keys {
		for _, lang := range i18n.Langs {
			if !i18n.Has(lang, k) {
				t.Errorf("%s: missing %q", lang, k)
			}
		}
	}
}

// lessons the lessons engineer ships; a link outside this list is broken.
var lessons = []string{
	"personal-information", "sensitive-information", "consent-and-purpose", "your-rights",
	"passwords", "two-factor-sim-swap", "phishing-fraud", "social-media-oversharing",
	"app-permissions", "leaks-and-brokers", "when-it-goes-wrong", "big-data-personalisation",
}

// Every message an assessment can produce is a listed key and formats
// cleanly with the arguments it carries, in both languages.
func TestProducedMessagesFormat(t *testing.T) {
	listed := risk.AllMessageKeys()
	check := func(where string, m checks.Message) {
		if _, ok := slices.BinarySearch(listed, m.Key); !ok {
			t.Errorf("%s: key %q not in AllMessageKeys", where, m.Key)
		}
		for _, lang := range i18n.Langs {
			s := i18n.T(lang, m.Key, m.Args...)
			if strings.Contains(s, "%!") || strings.Contains(s, "%s") || strings.Contains(s, "%d") {
				t.Errorf("%s %s: %q formats badly: %q", where, lang, m.Key, s)
			}
		}
	}
	r := rand.New(rand.NewPCG(9, 10))
	for range 40 {
		in := randomInput(r)
		as := risk.Evaluate(in)
		for _, f := range as.Findings {
			check(f.InstanceID, f.Title)
			check(f.InstanceID, f.Detail)
			if f.LessonID != "" && !slices.Contains(lessons, f.LessonID) {
				t.Errorf("%s links unknown lesson %q", f.InstanceID, f.LessonID)
			}
		}
		for _, a := range as.Actions {
			check(a.ID, a.Title)
			check(a.ID, a.Why)
			check(a.ID, a.How)
			if a.LessonID != "" && !slices.Contains(lessons, a.LessonID) {
				t.Errorf("%s links unknown lesson %q", a.ID, a.LessonID)
			}
		}
	}
	for _, q := range risk.Questions() {
		check(q.ID, q.Text)
		for _, o := range q.Options {
			check(q.ID+"."+o.ID, o.Text)
		}
	}
	for _, a := range risk.Evaluate(risk.Input{}).Breakdown {
		check(a.ID, checks.Msg(a.Label))
	}
}

// randomInput gives every rule a chance to fire, with every answer.
func randomInput(r *rand.Rand) risk.Input {
	in := risk.Input{Habits: risk.HabitAnswers{}}
	cats := []string{"", "payment", "bank", "email", "social"}
	factors := []risk.SecondFactor{risk.FactorNone, risk.FactorSMS, risk.FactorApp, risk.FactorUnknown}
	diffs := []string{"easy", "medium", "hard", "impossible", "unknown"}
	for i := range 12 {
		a := risk.Account{
			ID: fmt.Sprint("s", i), Name: fmt.Sprint("Service ", i),
			Category:           cats[r.IntN(len(cats))],
			Dormant:            r.IntN(2) == 0,
			SecondFactor:       factors[r.IntN(len(factors))],
			Password:           risk.Verdict{Checked: r.IntN(2) == 0, Score: r.IntN(5)},
			PasswordReused:     r.IntN(2) == 0,
			RealNameVerified:   r.IntN(2) == 0,
			SMSRecovery:        []string{"yes", "no"}[r.IntN(2)],
			DeletionDifficulty: diffs[r.IntN(len(diffs))],
			OffersApp2FA:       r.IntN(2) == 0,
		}
		for range 4 {
			a.Holds = append(a.Holds, checks.AllDataKinds[r.IntN(len(checks.AllDataKinds))])
		}
		in.Accounts = append(in.Accounts, a)
	}
	for _, q := range risk.Questions() {
		if r.IntN(4) > 0 {
			in.Habits[q.ID] = q.Options[r.IntN(len(q.Options))].ID
		}
	}
	return in
}
