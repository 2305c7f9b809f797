package risk

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/footprint-audit/footprint/checks"
)

// clean is an account with nothing to find: strong checked password, app
// 2FA, in use, holding only non-sensitive data.
func clean(id string) Account {
	return Account{
		ID: id, Name: id, Category: "social",
		Holds:        []checks.DataKind{checks.Email},
		SecondFactor: FactorApp,
		Password:     Verdict{Checked: true, Score: 4},
		SMSRecovery:  "no",
	}
}

// safeHabits answers every question with its first (safe) option.
func safeHabits() HabitAnswers {
	h := HabitAnswers{}
	for _, q := range habits {
		h[q.id] = q.options[0].id
	}
	return h
}

func ruleIDs(fs []Finding) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.ID)
	}
	slices.Sort(ids)
	return ids
}

func findAction(a Assessment, id string) (Action, bool) {
	for _, act := range a.Actions {
		if act.ID == id {
			return act, true
		}
	}
	return Action{}, false
}

var (
	categories   = []string{"", "social", "payment", "bank", "email", "messaging", "shopping", "finance"}
	factors      = []SecondFactor{FactorNone, FactorSMS, FactorApp, FactorKey, FactorUnknown, "", "bogus"}
	smsRecovery  = []string{"yes", "no", "unknown", ""}
	difficulties = []string{"easy", "medium", "hard", "impossible", "unknown", "limited", ""}
)

// randomInput builds an arbitrary but valid-looking input, including
// duplicate ids, invalid kinds, random done/skip marks and habit answers.
func randomInput(r *rand.Rand, nAccounts int) Input {
	in := Input{Habits: HabitAnswers{}, Done: map[string]bool{}, Skipped: map[string]bool{}}
	for i := range nAccounts {
		a := Account{
			ID:                 fmt.Sprintf("svc%d", r.IntN(nAccounts+1)),
			Name:               fmt.Sprintf("Service %d", i),
			Category:           categories[r.IntN(len(categories))],
			Dormant:            r.IntN(3) == 0,
			SecondFactor:       factors[r.IntN(len(factors))],
			Password:           Verdict{Checked: r.IntN(3) > 0, Score: r.IntN(7) - 1},
			PasswordReused:     r.IntN(3) == 0,
			RealNameVerified:   r.IntN(2) == 0,
			SMSRecovery:        smsRecovery[r.IntN(len(smsRecovery))],
			DeletionURL:        "https://example.com/delete",
			DeletionDifficulty: difficulties[r.IntN(len(difficulties))],
			OffersApp2FA:       r.IntN(2) == 0,
			OffersKey2FA:       r.IntN(4) == 0,
		}
		for range r.IntN(6) {
			if r.IntN(10) == 0 {
				a.Holds = append(a.Holds, "not_a_kind")
				continue
			}
			a.Holds = append(a.Holds, checks.AllDataKinds[r.IntN(len(checks.AllDataKinds))])
		}
		in.Accounts = append(in.Accounts, a)
	}
	for _, h := range habits {
		switch r.IntN(4) {
		case 0: // unanswered
		case 1:
			in.Habits[h.id] = "not-an-option"
		default:
			in.Habits[h.id] = h.options[r.IntN(len(h.options))].id
		}
	}
	// Mark some of the actions this input produces as done or skipped.
	for _, act := range Evaluate(Input{Accounts: in.Accounts, Habits: in.Habits}).Actions {
		switch r.IntN(5) {
		case 0:
			in.Done[act.ID] = true
		case 1:
			in.Skipped[act.ID] = true
		}
	}
	return in
}
