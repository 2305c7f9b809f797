package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/footprint-audit/footprint/content/i18n"
	content "github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/accessible"
	"github.com/footprint-audit/footprint/tui/lessons"
)

func init() { register(newLessonsCmd) }

// lessonJSON is one lesson in `footprint lessons list --json`.
type lessonJSON struct {
	ID        string       `json:"id"`
	Order     int          `json:"order"`
	Title     string       `json:"title"`
	Summary   string       `json:"summary"`
	Minutes   int          `json:"minutes"`
	Languages []string     `json:"languages"`
	Questions int          `json:"questions"`
	Progress  progressJSON `json:"progress"`
	Related   []string     `json:"related"`
	Terms     []string     `json:"terms"`
}

type progressJSON struct {
	Status    string `json:"status"` // not_started, read, tried, passed
	Read      bool   `json:"read"`
	ReadAt    string `json:"read_at,omitempty"`
	Attempts  int    `json:"attempts"`
	BestScore *int   `json:"best_score"` // percent; null before the first attempt
	LastScore *int   `json:"last_score"`
	Passed    bool   `json:"passed"`
	Review    []int  `json:"review"` // 1-based numbers of the questions to answer again
}

func newLessonsCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "lessons",
		Short: "Read the lessons and take their quizzes without the full-screen app",
		Long: `The lessons on personal information and your rights, as plain text, and their quizzes
as numbered prompts. Answers may be piped in, one per line; where several options are
right, type their numbers separated by commas ("1,3"). The pass mark is 80%.

A lesson is named by its id or its number: footprint lessons show 5 --lang zh`,
		Args: cobra.NoArgs,
	}
	var asJSON bool
	list := &cobra.Command{
		Use:   "list",
		Short: "List the lessons with your progress",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return e.listLessons(cmd, asJSON)
		},
	}
	list.Flags().BoolVar(&asJSON, "json", false, "print JSON")

	show := &cobra.Command{
		Use:   "show ID",
		Short: "Print a lesson as plain text (use --lang zh for Chinese)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, l, err := findLesson(e, args[0])
			if err != nil {
				return err
			}
			lang := e.savedLang(cmd.Context())
			fmt.Fprintln(e.stdout, content.PlainText(localized(l, lang).Body))
			return nil
		},
	}

	var review bool
	quizCmd := &cobra.Command{
		Use:   "quiz ID",
		Short: "Take a lesson's quiz as numbered prompts (answers may be piped in)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, l, err := findLesson(e, args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			return e.withStore(ctx, func(db *store.DB, lang i18n.Lang) error {
				s := accessible.NewSession(accessible.Options{DB: db, Lang: lang, In: e.stdin, Out: e.stdout})
				if _, err := accessible.Quiz(ctx, s, l, review); err != nil {
					if errors.Is(err, accessible.ErrQuizCut) {
						return userError(i18n.T(lang, "lessons.cmd.cut"), err)
					}
					return userError(i18n.T(lang, "lessons.error.save"), err)
				}
				return nil
			})
		},
	}
	quizCmd.Flags().BoolVar(&review, "review", false, "ask only the questions you answered wrongly last time")
	cmd.AddCommand(list, show, quizCmd)
	return cmd
}

func findLesson(e *env, ref string) (*content.Library, content.Lesson, error) {
	lib, err := content.Load()
	if err != nil {
		return nil, content.Lesson{}, userError(i18n.T(e.preLang(), "lessons.error.content"), err)
	}
	l, ok := lessons.Find(lib, ref)
	if !ok {
		return nil, content.Lesson{}, usageError(i18n.T(e.preLang(), "lessons.cmd.unknown", ref))
	}
	return lib, l, nil
}

func localized(l content.Lesson, lang i18n.Lang) content.Localized {
	if t, ok := l.Text[string(lang)]; ok {
		return t
	}
	return l.Text["en"]
}

func (e *env) listLessons(cmd *cobra.Command, asJSON bool) error {
	ctx := cmd.Context()
	lib, err := content.Load()
	if err != nil {
		return userError(i18n.T(e.preLang(), "lessons.error.content"), err)
	}
	return e.withStore(ctx, func(db *store.DB, lang i18n.Lang) error {
		list, err := store.Lessons{}.List(ctx, db)
		if err != nil {
			return userError(i18n.T(lang, "lessons.error.load"), err)
		}
		progress := lessons.ByID(list)
		all := lib.Lessons()
		if asJSON {
			return writeLessonsJSON(e.stdout, all, progress, lang)
		}
		for _, l := range all {
			fmt.Fprintf(e.stdout, "%2d  %s  (%s)  %s\n", l.Order, localized(l, lang).Title, l.ID, lessons.StatusText(lang, progress[l.ID]))
		}
		fmt.Fprintln(e.stdout)
		fmt.Fprintln(e.stdout, i18n.T(lang, "lessons.summary", lessons.Passed(all, progress), len(all)))
		if next := lessons.Recommend(all, progress, nil); next != "" {
			l, _ := lib.Lesson(next)
			fmt.Fprintln(e.stdout, i18n.T(lang, "lessons.next", fmt.Sprintf("%d %s", l.Order, localized(l, lang).Title)))
		}
		return nil
	})
}

func writeLessonsJSON(w io.Writer, all []content.Lesson, progress map[string]store.LessonProgress, lang i18n.Lang) error {
	out := make([]lessonJSON, 0, len(all))
	for _, l := range all {
		t := localized(l, lang)
		p := progress[l.ID]
		pj := progressJSON{Status: lessons.StatusID(p.Status()), Read: p.Read(), Attempts: p.Attempts,
			Passed: p.Passed(), Review: []int{}}
		if p.Read() {
			pj.ReadAt = p.ReadAt.Format("2006-01-02T15:04:05Z07:00")
		}
		if p.Attempts > 0 {
			best, last := p.BestScore, p.LastScore
			pj.BestScore, pj.LastScore = &best, &last
		}
		for _, q := range p.Review {
			pj.Review = append(pj.Review, q+1)
		}
		out = append(out, lessonJSON{ID: l.ID, Order: l.Order, Title: t.Title, Summary: t.Summary, Minutes: l.Minutes,
			Languages: append([]string{}, l.Langs...), Questions: len(t.Quiz.Questions), Progress: pj,
			Related: append([]string{}, l.Related...), Terms: append([]string{}, t.Terms...)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
