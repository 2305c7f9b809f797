package audit

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/store"
)

// Errors callers tell apart with errors.Is; the typed errors below carry
// the details (and suggestions) to show.
var (
	ErrUnknownService = errors.New("no such service in the catalogue")
	ErrUnknownAction  = errors.New("no such action in the plan")
	ErrUnknownHabit   = errors.New("no such habit question or answer")
	ErrEmptyName      = errors.New("a custom service needs a name")
)

// UnknownServiceError names a catalogue id that does not exist and the
// closest matches from catalog.Search.
type UnknownServiceError struct {
	ID          string
	Suggestions []catalog.Entry
}

func (e *UnknownServiceError) Error() string { return fmt.Sprintf("%q: %v", e.ID, ErrUnknownService) }
func (e *UnknownServiceError) Is(target error) bool {
	return target == ErrUnknownService
}

// UnknownActionError names an action id that is not in the current plan and
// the ids that look like it.
type UnknownActionError struct {
	ID          string
	Suggestions []string
}

func (e *UnknownActionError) Error() string { return fmt.Sprintf("%q: %v", e.ID, ErrUnknownAction) }
func (e *UnknownActionError) Is(target error) bool {
	return target == ErrUnknownAction
}

// maxSuggestions bounds "did you mean" lists: more is noise.
const maxSuggestions = 5

// FromCatalog builds (without saving) the account for catalogue entry id,
// pre-filled from the catalogue: the data kinds it typically holds, and
// real-name verification when the service requires it of everyone. The
// second factor starts unknown, since only the user can say.
func FromCatalog(id string) (store.Account, error) {
	e, ok := catalog.ByID(id)
	if !ok {
		return store.Account{}, &UnknownServiceError{ID: id, Suggestions: catalog.Search(id, maxSuggestions)}
	}
	return store.Account{
		ID:               e.ID,
		CatalogID:        e.ID,
		Name:             e.Name,
		Holds:            validKinds(e.Holds),
		SecondFactor:     risk.FactorUnknown,
		RealNameVerified: e.RealNameRequired == "yes",
	}, nil
}

// AddFromCatalog adds catalogue entry id to the inventory (see FromCatalog)
// and returns the new account. store.ErrExists if it is already there.
func AddFromCatalog(ctx context.Context, h store.Handle, id string) (store.Account, error) {
	a, err := FromCatalog(id)
	if err != nil {
		return store.Account{}, err
	}
	if err := (store.Accounts{}).Add(ctx, h, a); err != nil {
		return store.Account{}, err
	}
	return a, nil
}

// AddCustom adds a service the catalogue does not list. Its id is made from
// the name ("My Gym" → "custom-my-gym"), with a number added when taken.
// The name is trimmed and bounded; control characters are dropped.
func AddCustom(ctx context.Context, h store.Handle, name, category string, holds []checks.DataKind) (store.Account, error) {
	name = cleanText(name, store.MaxNameLen)
	if name == "" {
		return store.Account{}, ErrEmptyName
	}
	if category != "" && !slices.Contains(catalog.Categories(), category) {
		return store.Account{}, fmt.Errorf("unknown category %q", category)
	}
	base := CustomID(name)
	a := store.Account{Name: name, Category: category, Holds: holds, SecondFactor: risk.FactorUnknown}
	for n := 1; ; n++ {
		a.ID = base
		if n > 1 {
			a.ID = fmt.Sprintf("%s-%d", base, n)
		}
		err := (store.Accounts{}).Add(ctx, h, a)
		if !errors.Is(err, store.ErrExists) {
			return a, err
		}
		if n > 1000 {
			return store.Account{}, err
		}
	}
}

// CustomID turns a name into a custom account id: "custom-" and the name's
// letters and digits, lower case, words joined by "-". Chinese names keep
// their characters, so ids stay readable.
func CustomID(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			if b.Len() >= 60 {
				break
			}
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "custom-service"
	}
	return "custom-" + b.String()
}

// SetDone marks a plan action done, dated now. The id must be in the
// current plan (*UnknownActionError otherwise); marking it again keeps its
// first date.
func SetDone(ctx context.Context, h store.Handle, actionID string) error {
	return setState(ctx, h, actionID, risk.Done, "")
}

// SetSkipped marks a plan action "not for me", with an optional reason.
func SetSkipped(ctx context.Context, h store.Handle, actionID, reason string) error {
	return setState(ctx, h, actionID, risk.Skipped, cleanText(reason, store.MaxReasonLen))
}

// Reopen clears a done or skipped action; an open one stays open.
func Reopen(ctx context.Context, h store.Handle, actionID string) error {
	return (store.PlanStates{}).Clear(ctx, h, actionID)
}

func setState(ctx context.Context, h store.Handle, actionID string, state risk.State, reason string) error {
	r, err := evaluate(ctx, h)
	if err != nil {
		return err
	}
	if _, ok := r.Action(actionID); !ok {
		return &UnknownActionError{ID: actionID, Suggestions: similarActions(r.Actions, actionID)}
	}
	return (store.PlanStates{}).Set(ctx, h, store.ActionState{ActionID: actionID, State: state, Reason: reason, At: now()})
}

// similarActions suggests ids sharing the kind or the subject of id, or
// containing it.
func similarActions(actions []risk.Action, id string) []string {
	kind, subject, _ := strings.Cut(id, ":")
	var out []string
	for _, a := range actions {
		k, s, _ := strings.Cut(a.ID, ":")
		if (subject != "" && s == subject) || (kind != "" && k == kind) ||
			(id != "" && strings.Contains(a.ID, id)) {
			out = append(out, a.ID)
			if len(out) == maxSuggestions {
				break
			}
		}
	}
	return out
}

// SaveHabit stores the answer to one habits question; both ids must be
// those of risk.Questions() (ErrUnknownHabit otherwise).
func SaveHabit(ctx context.Context, h store.Handle, questionID, answerID string) error {
	for _, q := range risk.Questions() {
		if q.ID == questionID && validAnswer(q, answerID) {
			return (store.Habits{}).Put(ctx, h, store.HabitAnswer{QuestionID: questionID, AnswerID: answerID, At: now()})
		}
	}
	return fmt.Errorf("%s=%s: %w", questionID, answerID, ErrUnknownHabit)
}

// cleanText trims s, drops control characters and invalid UTF-8, and cuts
// it to at most max bytes on a character boundary.
func cleanText(s string, max int) string {
	var b strings.Builder
	for _, r := range s {
		if r == unicode.ReplacementChar || unicode.IsControl(r) {
			continue
		}
		if b.Len()+len(string(r)) > max {
			break
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}
