package tui

import (
	"context"
	"errors"
	"time"

	"github.com/footprint-audit/footprint/audit"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/home"
	"github.com/footprint-audit/footprint/tui/inventory"
	"github.com/footprint-audit/footprint/tui/plan"
)

// assess evaluates the whole audit in one transaction, recording a score
// snapshot when the score moved (that is how the history grows).
func (a *Adapter) assess(ctx context.Context) (audit.Report, error) {
	var r audit.Report
	err := a.DB.Tx(ctx, func(h store.Handle) error {
		var err error
		r, err = audit.Assess(ctx, h)
		return err
	})
	return r, err
}

// Inventory lists the accounts as the inventory and the exposure map show
// them, with each password verdict attached.
func (a *Adapter) Inventory(ctx context.Context) ([]inventory.Account, error) {
	accounts, err := store.Accounts{}.List(ctx, a.DB)
	if err != nil {
		return nil, err
	}
	verdicts, err := store.Verdicts{}.List(ctx, a.DB)
	if err != nil {
		return nil, err
	}
	byAccount := make(map[string]store.Verdict, len(verdicts))
	for _, v := range verdicts {
		byAccount[v.Account] = v
	}
	out := make([]inventory.Account, len(accounts))
	for i, acc := range accounts {
		it := audit.Item{Account: acc}
		if acc.CatalogID != "" {
			it.Entry, it.InCatalog = catalog.ByID(acc.CatalogID)
		}
		inv := inventory.Account{
			ID:               acc.ID,
			CatalogID:        acc.CatalogID,
			Name:             it.DisplayName(i18n.English),
			NameZh:           it.DisplayName(i18n.Chinese),
			Category:         it.Category(),
			Holds:            acc.Holds,
			Dormant:          acc.Dormant,
			SecondFactor:     acc.SecondFactor,
			Reused:           acc.PasswordReused,
			RealNameVerified: acc.RealNameVerified,
			Note:             acc.Note,
		}
		if v, ok := byAccount[acc.ID]; ok {
			inv.Verdict = risk.Verdict{Checked: true, Score: v.Score, Date: v.CheckedAt}
			if v.Has(store.FlagBreached) {
				inv.Verdict.Score = 0
			}
			inv.Reused = inv.Reused || v.Has(store.FlagReused)
		}
		out[i] = inv
	}
	return out, nil
}

func (a *Adapter) AddFromCatalog(ctx context.Context, id string) error {
	_, err := audit.AddFromCatalog(ctx, a.DB, id)
	return err
}

func (a *Adapter) AddCustom(ctx context.Context, name string) (string, error) {
	acc, err := audit.AddCustom(ctx, a.DB, name, "", nil)
	return acc.ID, err
}

// UpdateAccount writes what the inventory edits; the verdict is not the
// inventory's to change and the stored account keeps its dates.
func (a *Adapter) UpdateAccount(ctx context.Context, inv inventory.Account) error {
	return a.DB.Tx(ctx, func(h store.Handle) error {
		acc, err := store.Accounts{}.Get(ctx, h, inv.ID)
		if err != nil {
			return err
		}
		acc.Holds = inv.Holds
		acc.Dormant = inv.Dormant
		acc.SecondFactor = inv.SecondFactor
		acc.PasswordReused = inv.Reused
		acc.RealNameVerified = inv.RealNameVerified
		acc.Note = inv.Note
		return store.Accounts{}.Update(ctx, h, acc)
	})
}

func (a *Adapter) DeleteAccount(ctx context.Context, id string) error {
	return store.Accounts{}.Delete(ctx, a.DB, id)
}

func (a *Adapter) UndoDelete(ctx context.Context) (string, error) {
	acc, err := store.Accounts{}.UndoDelete(ctx, a.DB)
	if errors.Is(err, store.ErrNotFound) {
		return "", inventory.ErrNothingToUndo
	}
	return acc.ID, err
}

// Plan is the ranked plan with the date each step was marked and the
// deletion difficulty of the steps that close an account.
func (a *Adapter) Plan(ctx context.Context) (plan.Data, error) {
	r, err := a.assess(ctx)
	if err != nil {
		return plan.Data{}, err
	}
	d := plan.Data{Assessment: r.Assessment, DoneAt: map[string]time.Time{}, Difficulty: map[string]string{},
		NamesZh: namesZh(r)}
	for id, s := range r.States {
		d.DoneAt[id] = s.At
	}
	for _, act := range r.Actions {
		if act.Kind != risk.KindDeleteDormant || len(act.AccountIDs) == 0 {
			continue
		}
		if it, ok := r.Item(act.AccountIDs[0]); ok && it.InCatalog {
			d.Difficulty[act.ID] = it.Entry.Deletion.Difficulty
		}
	}
	return d, nil
}

func (a *Adapter) SetDone(ctx context.Context, actionID string) error {
	return a.DB.Tx(ctx, func(h store.Handle) error { return audit.SetDone(ctx, h, actionID) })
}

func (a *Adapter) SetSkipped(ctx context.Context, actionID string) error {
	return a.DB.Tx(ctx, func(h store.Handle) error { return audit.SetSkipped(ctx, h, actionID, "") })
}

func (a *Adapter) Reopen(ctx context.Context, actionID string) error {
	return audit.Reopen(ctx, a.DB, actionID)
}

func (a *Adapter) Habits(ctx context.Context) (risk.HabitAnswers, error) {
	answers, err := store.Habits{}.List(ctx, a.DB)
	if err != nil {
		return nil, err
	}
	out := make(risk.HabitAnswers, len(answers))
	for _, ans := range answers {
		out[ans.QuestionID] = ans.AnswerID
	}
	return out, nil
}

func (a *Adapter) SaveHabit(ctx context.Context, questionID, answerID string) error {
	return audit.SaveHabit(ctx, a.DB, questionID, answerID)
}

// Dashboard is the score, progress, next steps and history for Home.
func (a *Adapter) Dashboard(ctx context.Context) (home.Dashboard, error) {
	r, err := a.assess(ctx)
	if err != nil {
		return home.Dashboard{}, err
	}
	p := r.Progress
	d := home.Dashboard{
		Score:            r.Score,
		Breakdown:        r.Breakdown,
		Measured:         p.Accounts > 0 || p.HabitsAnswered > 0,
		Accounts:         p.Accounts,
		PasswordsChecked: p.PasswordsChecked,
		ActionsDone:      p.ActionsDone,
		ActionsTotal:     p.ActionsTotal,
		HabitsAnswered:   p.HabitsAnswered,
		HabitsTotal:      p.HabitsTotal,
		Next:             r.Next(home.NextCount),
		NamesZh:          namesZh(r),
	}
	for _, s := range r.History {
		d.History = append(d.History, s.Score)
	}
	return d, nil
}

// namesZh maps each account to its Chinese name, for messages the model
// worded with the English one.
func namesZh(r audit.Report) map[string]string {
	out := make(map[string]string, len(r.Items))
	for _, it := range r.Items {
		out[it.ID] = it.DisplayName(i18n.Chinese)
	}
	return out
}
