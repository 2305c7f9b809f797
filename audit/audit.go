// Package audit is the one place that turns what the user stored (the
// inventory, password verdicts, habits answers, action states) and what
// the catalogue knows into a risk assessment. The TUI screens and the plain
// subcommands both use it, so they always agree on the score and the plan.
//
// It depends on store, checks and content only.
package audit

import (
	"context"
	"slices"
	"time"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
)

// HistoryLen is how many score snapshots a Report carries, enough for a
// sparkline across a wide terminal.
const HistoryLen = 120

// now is the clock; tests set it.
var now = time.Now

// Item is one inventory account with what the catalogue and the password
// check know about it.
type Item struct {
	store.Account
	// Entry is the catalogue entry, when the account came from the catalogue
	// and this catalogue still lists it (InCatalog).
	Entry     catalog.Entry
	InCatalog bool
	// Verdict is the password check's verdict; nil means not checked.
	Verdict *store.Verdict
}

// DisplayName is the account's name in lang: the catalogue's Chinese or
// English name, else the name the user gave, else the id.
func (it Item) DisplayName(lang i18n.Lang) string {
	if it.InCatalog {
		if lang == i18n.Chinese && it.Entry.NameZh != "" {
			return it.Entry.NameZh
		}
		if it.Entry.Name != "" {
			return it.Entry.Name
		}
	}
	if it.Name != "" {
		return it.Name
	}
	return it.ID
}

// Category is the user's category if set, else the catalogue's ("" when
// neither says).
func (it Item) Category() string {
	if it.Account.Category != "" {
		return it.Account.Category
	}
	if it.InCatalog {
		return it.Entry.Category
	}
	return ""
}

// Progress is what the Home progress bars show.
type Progress struct {
	Accounts         int `json:"accounts"`
	PasswordsChecked int `json:"passwords_checked"` // out of Accounts
	ActionsDone      int `json:"actions_done"`
	ActionsTotal     int `json:"actions_total"`
	HabitsAnswered   int `json:"habits_answered"`
	HabitsTotal      int `json:"habits_total"`
}

// Report is an assessment with everything the screens and commands show
// beside it.
type Report struct {
	risk.Assessment
	Items    []Item // the inventory, by id
	Progress Progress
	// History is the score over time, oldest first, at most HistoryLen.
	History []store.Snapshot
	// Habits holds the stored answers, valid or not.
	Habits risk.HabitAnswers
	// States holds the done and skipped actions with their dates, by id.
	States map[string]store.ActionState

	// byModelName finds an item by the name the model wrote into messages.
	byModelName map[string]int
}

// Text translates a finding's or an action's message into lang. The model
// names accounts in English; Text shows them in lang (微信, not WeChat).
func (r Report) Text(lang i18n.Lang, m checks.Message) string {
	if lang == i18n.English || len(m.Args) == 0 {
		return i18n.T(lang, m.Key, m.Args...)
	}
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		args[i] = a
		if s, ok := a.(string); ok {
			if j, ok := r.byModelName[s]; ok {
				args[i] = r.Items[j].DisplayName(lang)
			}
		}
	}
	return i18n.T(lang, m.Key, args...)
}

// Describe joins an account with its catalogue entry (no verdict).
func Describe(a store.Account) Item {
	it := Item{Account: a}
	if a.CatalogID != "" {
		it.Entry, it.InCatalog = catalog.ByID(a.CatalogID)
	}
	return it
}

// Inventory returns the accounts with their catalogue entries and password
// verdicts, by id, without scoring them: what a list needs.
func Inventory(ctx context.Context, h store.Handle) ([]Item, error) {
	accounts, err := store.Accounts{}.List(ctx, h)
	if err != nil {
		return nil, err
	}
	verdicts, err := store.Verdicts{}.List(ctx, h)
	if err != nil {
		return nil, err
	}
	byAccount := make(map[string]store.Verdict, len(verdicts))
	for _, v := range verdicts {
		byAccount[v.Account] = v
	}
	items := make([]Item, len(accounts))
	for i, a := range accounts {
		items[i] = Describe(a)
		if v, ok := byAccount[a.ID]; ok {
			items[i].Verdict = &v
		}
	}
	return items, nil
}

// Item returns the inventory account with id.
func (r Report) Item(id string) (Item, bool) {
	i, ok := slices.BinarySearchFunc(r.Items, id, func(it Item, id string) int {
		switch {
		case it.ID < id:
			return -1
		case it.ID > id:
			return 1
		}
		return 0
	})
	if !ok {
		return Item{}, false
	}
	return r.Items[i], true
}

// Action returns the plan action with id.
func (r Report) Action(id string) (risk.Action, bool) {
	for _, a := range r.Actions {
		if a.ID == id {
			return a, true
		}
	}
	return risk.Action{}, false
}

// FindingsFor returns the findings about one account, worst first.
func (r Report) FindingsFor(accountID string) []risk.Finding {
	var out []risk.Finding
	for _, f := range r.Findings {
		if slices.Contains(f.AccountIDs, accountID) {
			out = append(out, f)
		}
	}
	return out
}

// Assess loads everything, scores it, records a score snapshot when the
// score changed since the last one, and returns the report. It writes at
// most one row, so h may be the database or a transaction.
func Assess(ctx context.Context, h store.Handle) (Report, error) {
	r, err := evaluate(ctx, h)
	if err != nil {
		return Report{}, err
	}
	snap := store.Snapshot{At: now(), Score: r.Score}
	for _, a := range r.Breakdown {
		snap.Breakdown = append(snap.Breakdown, store.AreaPoints{ID: a.ID, Points: a.Points, Max: a.Max})
	}
	if _, err := (store.Snapshots{}).Record(ctx, h, snap); err != nil {
		return Report{}, err
	}
	if r.History, err = (store.Snapshots{}).History(ctx, h, HistoryLen); err != nil {
		return Report{}, err
	}
	return r, nil
}

// evaluate is Assess without the snapshot and the history: read only.
func evaluate(ctx context.Context, h store.Handle) (Report, error) {
	items, err := Inventory(ctx, h)
	if err != nil {
		return Report{}, err
	}
	answers, err := store.Habits{}.List(ctx, h)
	if err != nil {
		return Report{}, err
	}
	states, err := store.PlanStates{}.List(ctx, h)
	if err != nil {
		return Report{}, err
	}

	r := Report{
		Items:       items,
		Habits:      make(risk.HabitAnswers, len(answers)),
		States:      make(map[string]store.ActionState, len(states)),
		byModelName: make(map[string]int, len(items)),
	}
	in := risk.Input{
		Accounts: make([]risk.Account, len(items)),
		Habits:   r.Habits,
		Done:     map[string]bool{},
		Skipped:  map[string]bool{},
	}
	for i, it := range items {
		if it.Verdict != nil {
			r.Progress.PasswordsChecked++
		}
		in.Accounts[i] = riskAccount(it)
		r.byModelName[in.Accounts[i].Name] = i
	}
	for _, a := range answers {
		r.Habits[a.QuestionID] = a.AnswerID
	}
	for _, s := range states {
		r.States[s.ActionID] = s
		switch s.State {
		case risk.Done:
			in.Done[s.ActionID] = true
		case risk.Skipped:
			in.Skipped[s.ActionID] = true
		}
	}

	r.Assessment = risk.Evaluate(in)
	r.Progress.Accounts = len(items)
	r.Progress.ActionsTotal = len(r.Actions)
	for _, a := range r.Actions {
		if a.State == risk.Done {
			r.Progress.ActionsDone++
		}
	}
	qs := risk.Questions()
	r.Progress.HabitsTotal = len(qs)
	for _, q := range qs {
		if validAnswer(q, r.Habits[q.ID]) {
			r.Progress.HabitsAnswered++
		}
	}
	return r, nil
}

// riskAccount is the model's view of an item. A password seen in a breach
// counts as weak whatever its zxcvbn score: attackers try breach lists
// first, so its strength no longer protects it.
func riskAccount(it Item) risk.Account {
	a := risk.Account{
		ID:               it.ID,
		Name:             it.DisplayName(i18n.English),
		Category:         it.Category(),
		Holds:            it.Holds,
		Dormant:          it.Dormant,
		SecondFactor:     it.SecondFactor,
		PasswordReused:   it.PasswordReused,
		RealNameVerified: it.RealNameVerified,
		SMSRecovery:      "unknown",
	}
	if it.Verdict != nil {
		a.Password = risk.Verdict{Checked: true, Score: it.Verdict.Score, Date: it.Verdict.CheckedAt}
		if it.Verdict.Has(store.FlagBreached) {
			a.Password.Score = 0
		}
		if it.Verdict.Has(store.FlagReused) {
			a.PasswordReused = true
		}
	}
	if it.InCatalog {
		e := it.Entry
		a.SMSRecovery = e.SMSRecovery
		a.DeletionURL = e.Deletion.URL
		a.DeletionDifficulty = e.Deletion.Difficulty
		a.OffersApp2FA = slices.Contains(e.SecondFactors, "app")
		a.OffersKey2FA = slices.Contains(e.SecondFactors, "key")
	}
	return a
}

func validAnswer(q risk.Question, answer string) bool {
	for _, o := range q.Options {
		if o.ID == answer {
			return true
		}
	}
	return false
}

// validKinds keeps the catalogue's kinds this build knows, in order.
func validKinds(ids []string) []checks.DataKind {
	var out []checks.DataKind
	for _, id := range ids {
		if k, ok := checks.ParseDataKind(id); ok && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}
