package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/footprint-audit/footprint/audit"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
)

func init() { register(newScoreCmd) }

// scoreJSON is the shape of `footprint score --json`.
type scoreJSON struct {
	Score     int            `json:"score"`
	Breakdown []areaJSON     `json:"breakdown"`
	Progress  audit.Progress `json:"progress"`
	History   []historyPoint `json:"history"`
}

type historyPoint struct {
	At    time.Time `json:"at"`
	Score int       `json:"score"`
}

func newScoreCmd(e *env) *cobra.Command {
	hl := e.preLang()
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "score",
		Short: i18n.T(hl, "score_cmd.short"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			return e.withStore(ctx, func(db *store.DB, lang i18n.Lang) error {
				r, err := audit.Assess(ctx, db)
				if err != nil {
					return userError(i18n.T(lang, "plan_cmd.failed"), err)
				}
				if asJSON {
					out := scoreJSON{Score: r.Score, Breakdown: breakdownJSON(lang, r), Progress: r.Progress,
						History: make([]historyPoint, len(r.History))}
					for i, s := range r.History {
						out.History[i] = historyPoint{At: s.At, Score: s.Score}
					}
					return writeJSON(e.stdout, out)
				}
				e.printScore(lang, r)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, i18n.T(hl, "catalog_cmd.flag.json"))
	return cmd
}

func (e *env) printScore(lang i18n.Lang, r audit.Report) {
	w := e.stdout
	t := func(key string, args ...any) { fmt.Fprintln(w, i18n.T(lang, key, args...)) }
	t("plan_cmd.score", r.Score)
	for _, a := range r.Breakdown {
		t("score_cmd.area", i18n.T(lang, a.Label), a.Points, a.Max)
	}
	fmt.Fprintln(w)
	p := r.Progress
	t("score_cmd.progress.accounts", p.Accounts)
	t("score_cmd.progress.passwords", p.PasswordsChecked, p.Accounts)
	t("score_cmd.progress.actions", p.ActionsDone, p.ActionsTotal)
	t("score_cmd.progress.habits", p.HabitsAnswered, p.HabitsTotal)
	if len(r.History) > 1 {
		scores := make([]string, len(r.History))
		for i, s := range r.History {
			scores[i] = fmt.Sprint(s.Score)
		}
		t("score_cmd.history", strings.Join(scores, " → "))
	}
	if next := r.Next(1); len(next) == 1 {
		t("score_cmd.next", r.Text(lang, next[0].Title), next[0].Gain, next[0].ID)
	}
}
