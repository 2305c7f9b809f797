package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/footprint-audit/footprint/audit"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
)

func init() { register(newPlanCmd) }

// findingJSON, actionJSON and planJSON are the shape of `plan --json`:
// stable English keys, texts in the user's language.
type findingJSON struct {
	ID         string        `json:"id"`
	InstanceID string        `json:"instance_id"`
	Severity   risk.Severity `json:"severity"`
	Area       string        `json:"area"`
	Weight     int           `json:"weight"`
	Points     int           `json:"points"`
	Accounts   []string      `json:"accounts"`
	Resolved   bool          `json:"resolved"`
	Title      string        `json:"title"`
	Detail     string        `json:"detail"`
}

type actionJSON struct {
	ID       string          `json:"id"`
	Kind     risk.ActionKind `json:"kind"`
	Gain     int             `json:"gain"`
	Effort   int             `json:"effort"`
	State    risk.State      `json:"state"`
	StateAt  *time.Time      `json:"state_at,omitempty"`
	Reason   string          `json:"reason,omitempty"`
	Accounts []string        `json:"accounts"`
	Findings []string        `json:"findings"`
	Title    string          `json:"title"`
	Why      string          `json:"why"`
	How      string          `json:"how"`
	URL      string          `json:"url,omitempty"`
}

type areaJSON struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Points int    `json:"points"`
	Max    int    `json:"max"`
}

type planJSON struct {
	Score     int           `json:"score"`
	Breakdown []areaJSON    `json:"breakdown"`
	Findings  []findingJSON `json:"findings"`
	Actions   []actionJSON  `json:"actions"`
}

func toFindingJSON(lang i18n.Lang, r audit.Report, f risk.Finding) findingJSON {
	return findingJSON{ID: f.ID, InstanceID: f.InstanceID, Severity: f.Severity, Area: f.Area,
		Weight: f.Weight, Points: f.Points, Accounts: nonNil(f.AccountIDs), Resolved: f.Resolved,
		Title: r.Text(lang, f.Title), Detail: r.Text(lang, f.Detail)}
}

func toActionJSON(lang i18n.Lang, r audit.Report, a risk.Action) actionJSON {
	out := actionJSON{ID: a.ID, Kind: a.Kind, Gain: a.Gain, Effort: a.Effort, State: a.State,
		Accounts: nonNil(a.AccountIDs), Findings: nonNil(a.FindingIDs),
		Title: r.Text(lang, a.Title), Why: r.Text(lang, a.Why), How: r.Text(lang, a.How), URL: a.URL}
	if s, ok := r.States[a.ID]; ok && s.State == a.State {
		at := s.At
		out.StateAt, out.Reason = &at, s.Reason
	}
	return out
}

func breakdownJSON(lang i18n.Lang, r audit.Report) []areaJSON {
	out := make([]areaJSON, len(r.Breakdown))
	for i, a := range r.Breakdown {
		out[i] = areaJSON{ID: a.ID, Label: i18n.T(lang, a.Label), Points: a.Points, Max: a.Max}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func newPlanCmd(e *env) *cobra.Command {
	hl := e.preLang()
	var asJSON, all bool
	cmd := &cobra.Command{
		Use:   "plan",
		Short: i18n.T(hl, "plan_cmd.short"),
		Long:  i18n.T(hl, "plan_cmd.long"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			return e.withStore(ctx, func(db *store.DB, lang i18n.Lang) error {
				r, err := audit.Assess(ctx, db)
				if err != nil {
					return userError(i18n.T(lang, "plan_cmd.failed"), err)
				}
				if asJSON {
					out := planJSON{Score: r.Score, Breakdown: breakdownJSON(lang, r),
						Findings: make([]findingJSON, len(r.Findings)), Actions: make([]actionJSON, len(r.Actions))}
					for i, f := range r.Findings {
						out.Findings[i] = toFindingJSON(lang, r, f)
					}
					for i, a := range r.Actions {
						out.Actions[i] = toActionJSON(lang, r, a)
					}
					return writeJSON(e.stdout, out)
				}
				e.printPlan(lang, r, all)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, i18n.T(hl, "catalog_cmd.flag.json"))
	cmd.Flags().BoolVar(&all, "all", false, i18n.T(hl, "plan_cmd.flag.all"))

	done := &cobra.Command{
		Use:   "done ACTION_ID",
		Short: i18n.T(hl, "plan_cmd.done.short"),
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.changeAction(cmd, args[0], risk.Done, "")
		},
	}
	var reason string
	skip := &cobra.Command{
		Use:   "skip ACTION_ID",
		Short: i18n.T(hl, "plan_cmd.skip.short"),
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.changeAction(cmd, args[0], risk.Skipped, reason)
		},
	}
	skip.Flags().StringVar(&reason, "reason", "", i18n.T(hl, "plan_cmd.flag.reason"))
	reopen := &cobra.Command{
		Use:   "reopen ACTION_ID",
		Short: i18n.T(hl, "plan_cmd.reopen.short"),
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.changeAction(cmd, args[0], risk.Open, "")
		},
	}
	cmd.AddCommand(done, skip, reopen)
	return cmd
}

// changeAction marks an action and reports the score before and after.
func (e *env) changeAction(cmd *cobra.Command, id string, state risk.State, reason string) error {
	ctx := cmd.Context()
	return e.withStore(ctx, func(db *store.DB, lang i18n.Lang) error {
		before, err := audit.Assess(ctx, db)
		if err != nil {
			return userError(i18n.T(lang, "plan_cmd.failed"), err)
		}
		switch state {
		case risk.Done:
			err = audit.SetDone(ctx, db, id)
		case risk.Skipped:
			err = audit.SetSkipped(ctx, db, id, reason)
		default:
			if _, ok := before.Action(id); !ok {
				err = &audit.UnknownActionError{ID: id}
			} else {
				err = audit.Reopen(ctx, db, id)
			}
		}
		var ue *audit.UnknownActionError
		if errors.As(err, &ue) {
			msg := i18n.T(lang, "plan_cmd.unknown_action", clip(id, 80))
			if len(ue.Suggestions) > 0 {
				msg += "\n" + i18n.T(lang, "inventory_cmd.did_you_mean", strings.Join(ue.Suggestions, ", "))
			}
			return usageError(msg + "\n" + i18n.T(lang, "plan_cmd.see_plan"))
		}
		if err != nil {
			return userError(i18n.T(lang, "inventory_cmd.save_failed"), err)
		}
		after, err := audit.Assess(ctx, db)
		if err != nil {
			return userError(i18n.T(lang, "plan_cmd.failed"), err)
		}
		switch state {
		case risk.Done:
			fmt.Fprintln(e.stdout, i18n.T(lang, "plan_cmd.marked_done", id, before.Score, after.Score))
		case risk.Skipped:
			fmt.Fprintln(e.stdout, i18n.T(lang, "plan_cmd.marked_skipped", id, after.Score))
		default:
			fmt.Fprintln(e.stdout, i18n.T(lang, "plan_cmd.reopened", id, before.Score, after.Score))
		}
		return nil
	})
}

func (e *env) printPlan(lang i18n.Lang, r audit.Report, all bool) {
	w := e.stdout
	fmt.Fprintln(w, i18n.T(lang, "plan_cmd.score", r.Score))
	var open []risk.Finding
	for _, f := range r.Findings {
		if all || !f.Resolved {
			open = append(open, f)
		}
	}
	fmt.Fprintln(w)
	if len(open) == 0 {
		fmt.Fprintln(w, i18n.T(lang, "plan_cmd.no_findings"))
	} else {
		fmt.Fprintln(w, i18n.T(lang, "plan_cmd.findings", len(open)))
		for _, f := range open {
			fmt.Fprintln(w, i18n.T(lang, "plan_cmd.finding_line", i18n.T(lang, f.Severity.LabelKey()),
				r.Text(lang, f.Title), f.Points, f.InstanceID))
		}
	}
	fmt.Fprintln(w)
	n := 0
	for _, a := range r.Actions {
		if a.State == risk.Done && !all {
			continue
		}
		if n == 0 {
			fmt.Fprintln(w, i18n.T(lang, "plan_cmd.actions"))
		}
		n++
		fmt.Fprintln(w, i18n.T(lang, "plan_cmd.action_line", n, r.Text(lang, a.Title), a.Gain, a.Effort, a.ID))
		if a.State != risk.Open {
			fmt.Fprintln(w, i18n.T(lang, "plan_cmd.action_state", stateText(lang, r, a)))
		}
	}
	if n == 0 {
		fmt.Fprintln(w, i18n.T(lang, "plan_cmd.no_actions"))
	}
}

func stateText(lang i18n.Lang, r audit.Report, a risk.Action) string {
	switch a.State {
	case risk.Done:
		at := r.States[a.ID].At
		return i18n.T(lang, "plan_cmd.state.done", at.Local().Format("2006-01-02"))
	case risk.Skipped:
		s := i18n.T(lang, "plan_cmd.state.skipped")
		if reason := r.States[a.ID].Reason; reason != "" {
			s += ": " + reason
		}
		return s
	}
	return i18n.T(lang, "plan_cmd.state.open")
}
