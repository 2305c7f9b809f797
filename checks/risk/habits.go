package risk

import (
	"fmt"

	"github.com/footprint-audit/footprint/checks"
)

// Question is one question of the habits checkup.
type Question struct {
	ID      string
	Text    checks.Message
	Options []Option
}

// Option is one answer to a Question.
type Option struct {
	ID   string
	Text checks.Message
}

// habitOption is an answer and what it costs; weight 0 means a safe habit.
type habitOption struct {
	id     string
	weight int
	sev    Severity
}

type habit struct {
	id      string
	lesson  string
	effort  int
	options []habitOption
}

func safe(id string) habitOption { return habitOption{id: id} }

// habits is the checkup, in the order it is asked. Weights follow how
// directly the habit hands an attacker a way in: giving away SMS codes or
// sharing the bank password with the mailbox weigh most.
var habits = []habit{
	{"password_manager", "passwords", 3, []habitOption{safe("yes"), {"no", 3, Medium}}},
	{"screen_lock", "", 1, []habitOption{safe("yes"), {"no", 3, High}}},
	{"share_sms_codes", "phishing-fraud", 1, []habitOption{safe("never"), {"sometimes", 4, High}}},
	{"post_id_photos", "social-media-oversharing", 1, []habitOption{safe("never"), {"sometimes", 3, Medium}}},
	{"review_permissions", "app-permissions", 2, []habitOption{safe("regularly"), {"rarely", 1, Low}, {"never", 2, Medium}}},
	{"phone_only_login", "two-factor-sim-swap", 2, []habitOption{safe("no"), {"some", 1, Low}, {"most", 2, Medium}}},
	{"location_tags", "social-media-oversharing", 1, []habitOption{safe("never"), {"sometimes", 1, Low}, {"often", 2, Medium}}},
	{"children_photos", "sensitive-information", 1, []habitOption{safe("no_children"), safe("never"), {"friends", 1, Low}, {"public", 3, Medium}}},
	{"email_bank_same_password", "passwords", 2, []habitOption{safe("no"), {"unsure", 2, Low}, {"yes", 4, High}}},
	{"official_stores", "app-permissions", 1, []habitOption{safe("always"), {"sometimes_other", 2, Medium}}},
	{"read_before_consent", "consent-and-purpose", 1, []habitOption{safe("usually"), {"rarely", 1, Low}}},
	{"numbers_under_id", "phishing-fraud", 1, []habitOption{safe("yes"), safe("not_in_china"), {"no", 1, Low}}},
	{"sim_pin", "two-factor-sim-swap", 2, []habitOption{safe("yes"), {"unsure", 1, Low}, {"no", 2, Medium}}},
	{"backup_codes", "two-factor-sim-swap", 2, []habitOption{safe("yes"), safe("no_2fa"), {"no", 1, Low}}},
	{"os_updates", "", 1, []habitOption{safe("soon"), {"late", 1, Low}, {"rarely", 2, Medium}}},
}

func (h habit) rule(n int) rule {
	return rule{fmt.Sprintf("FP-HAB-%03d", n), "habit-" + h.id, AreaHabits, h.lesson, "habit_" + h.id}
}

func (h habit) questionKey() string         { return "risk.habit." + h.id + ".question" }
func (h habit) optionKey(opt string) string { return "risk.habit." + h.id + ".option." + opt }

func (h habit) actionDef() actionDef {
	return actionDef{KindHabit, "habit_" + h.id, h.lesson, h.effort}
}

// Questions returns the habits checkup as data, in the order to ask it.
func Questions() []Question {
	qs := make([]Question, len(habits))
	for i, h := range habits {
		q := Question{ID: h.id, Text: checks.Msg(h.questionKey())}
		for _, o := range h.options {
			q.Options = append(q.Options, Option{ID: o.id, Text: checks.Msg(h.optionKey(o.id))})
		}
		qs[i] = q
	}
	return qs
}

// evaluateHabits turns the answers into findings and actions. Answers to
// unknown questions, or with unknown options, count as unanswered; with no
// usable answer at all the checkup itself is the finding.
func evaluateHabits(answers HabitAnswers) ([]Finding, []Action) {
	var fs []Finding
	var as []Action
	answered := 0
	for i, h := range habits {
		got, ok := answers[h.id]
		if !ok {
			continue
		}
		for _, o := range h.options {
			if o.id != got {
				continue
			}
			answered++
			if o.weight == 0 {
				break
			}
			f := h.rule(i+1).finding(h.id, o.sev, o.weight, nil, nil, nil)
			fs = append(fs, f)
			act := h.actionDef().action(h.id, nil, "", "", f.InstanceID)
			act.Why = f.Detail // the finding already says why it matters
			as = append(as, act)
			break
		}
	}
	if answered == 0 {
		f := ruleHabitsNotTaken.finding("habits", Low, 5, nil, nil, nil)
		fs = append(fs, f)
		as = append(as, actTakeCheckup.action("habits", nil, "", "", f.InstanceID))
	}
	return fs, as
}
