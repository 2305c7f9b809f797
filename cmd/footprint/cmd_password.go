package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/breach"
	pw "github.com/footprint-audit/footprint/checks/password"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/report"
	"github.com/footprint-audit/footprint/tui/password"
)

func init() { register(newPasswordCmd) }

// maxLineBytes bounds one password line; a longer line gets an error
// object and the lines after it are still scored.
const maxLineBytes = 1 << 20

// passwordResult is one line of `footprint password --json`. It carries no
// password and no piece of one: patterns say what they are, not what
// characters they cover.
type passwordResult struct {
	Line              int               `json:"line"`
	Score             int               `json:"score"`
	Label             string            `json:"label"`
	Guesses           float64           `json:"guesses"`
	GuessesLog10      float64           `json:"guesses_log10"`
	CrackTimes        crackTimes        `json:"crack_times"`
	CrackTimesDisplay crackTimesDisplay `json:"crack_times_display"`
	Warning           string            `json:"warning"`
	Suggestions       []string          `json:"suggestions"`
	Patterns          []patternView     `json:"patterns"`
	Capped            bool              `json:"capped"`
	ScoredRunes       int               `json:"scored_runes"`
	Breached          *int64            `json:"breached,omitempty"` // only with --hibp-file
}

type crackTimes struct {
	OnlineThrottled float64 `json:"online_throttled"`
	Online          float64 `json:"online"`
	OfflineSlow     float64 `json:"offline_slow"`
	OfflineFast     float64 `json:"offline_fast"`
}

type crackTimesDisplay struct {
	OnlineThrottled string `json:"online_throttled"`
	Online          string `json:"online"`
	OfflineSlow     string `json:"offline_slow"`
	OfflineFast     string `json:"offline_fast"`
}

type patternView struct {
	Kind        string `json:"kind"`
	Description string `json:"description"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Length      int    `json:"length"`
	L33t        bool   `json:"l33t,omitempty"`
	Reversed    bool   `json:"reversed,omitempty"`
	Uppercase   bool   `json:"uppercase,omitempty"`
}

type lineError struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

type passwordOptions struct {
	asJSON     bool
	userInputs []string
	audit      string
}

func newPasswordCmd(e *env) *cobra.Command {
	var o passwordOptions
	cmd := &cobra.Command{
		Use:   "password",
		Short: "Score passwords read from standard input, one per line, or audit a CSV export",
		Long: `Score passwords without the full-screen app. Passwords are read from standard input,
one per line (a trailing CR or LF is not part of the password); one result is printed per
line, in the same order. In a terminal it asks for one password without showing it.

With --json each result is one JSON object: score (0-4), guesses_log10, crack_times and
crack_times_display (online_throttled, online, offline_slow, offline_fast), warning,
suggestions, patterns (kind, description, position) and capped. No result ever holds the
password or any piece of it, and nothing is stored. A line over 1 MiB gets an object with
"error" instead, and the lines after it are still scored.

--audit FILE.csv reads a Bitwarden, KeePassXC, Chrome, Firefox or 1Password export and
reports weak, reused and (with --hibp-file) breached entries, without printing a password.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.audit != "" {
				return e.auditExport(o)
			}
			return e.scorePasswords(o)
		},
	}
	cmd.Flags().BoolVar(&o.asJSON, "json", false, "print one JSON object per password")
	cmd.Flags().StringArrayVar(&o.userInputs, "user-input", nil, "one of your details (name, birthday, phone, email); repeat for more")
	cmd.Flags().StringVar(&o.audit, "audit", "", "a password manager's CSV export to audit")
	return cmd
}

func (e *env) scorePasswords(o passwordOptions) error {
	lang := e.preLang()
	var local *breach.Local
	if e.opts.hibpFile != "" {
		l, err := breach.OpenLocal(e.opts.hibpFile)
		if err != nil {
			m := breach.MessageOf(err)
			return userError(i18n.T(lang, m.Key, m.Args...), err)
		}
		defer l.Close()
		local = l
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	one := func(n int, text string) error {
		r := pw.Score(text, pw.Options{UserInputs: o.userInputs})
		res := resultOf(lang, n, r)
		if local != nil {
			c, err := local.CountPassword(text)
			if err != nil {
				m := breach.MessageOf(err)
				return userError(i18n.T(lang, m.Key, m.Args...), err)
			}
			res.Breached = &c
		}
		return printResult(out, lang, o.asJSON, res)
	}

	if f, ok := e.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(e.stderr, i18n.T(lang, "password.cmd.prompt"))
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(e.stderr)
		if err != nil {
			return userError(i18n.T(lang, "password.cmd.no_stdin"), err)
		}
		return one(1, string(b))
	}

	rd := bufio.NewReaderSize(e.stdin, 64<<10)
	failed := 0
	for n := 1; ; n++ {
		line, tooLong, err := readLine(rd, maxLineBytes)
		if err == io.EOF {
			break
		}
		if err != nil {
			return userError(i18n.T(lang, "password.cmd.no_stdin"), err)
		}
		if tooLong {
			failed++
			msg := i18n.T(lang, "password.cmd.too_long", maxLineBytes>>20)
			if o.asJSON {
				writeJSONLine(out, lineError{Line: n, Error: msg})
			} else {
				fmt.Fprintf(out, "%d: %s\n", n, msg)
			}
			continue
		}
		if err := one(n, line); err != nil {
			return err
		}
	}
	if failed > 0 {
		out.Flush()
		return userError(i18n.T(lang, "password.cmd.not_scored", failed), nil)
	}
	return nil
}

// readLine returns the next line without its LF and one CR before it. It
// holds at most limit bytes: the rest of a longer line is read and thrown
// away, so a 1 GB line costs no memory. io.EOF means no line was left.
func readLine(r *bufio.Reader, limit int) (string, bool, error) {
	var buf []byte
	tooLong, any := false, false
	for {
		chunk, err := r.ReadSlice('\n')
		if len(chunk) > 0 {
			any = true
		}
		if !tooLong {
			buf = append(buf, chunk...)
			if len(buf) > limit+2 {
				tooLong, buf = true, nil
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && err != io.EOF {
			return "", false, err
		}
		if err == io.EOF && !any {
			return "", false, io.EOF
		}
		break
	}
	if tooLong {
		return "", true, nil
	}
	s := strings.TrimSuffix(string(buf), "\n")
	s = strings.TrimSuffix(s, "\r")
	if len(s) > limit {
		return "", true, nil
	}
	return s, false, nil
}

func resultOf(lang i18n.Lang, line int, r pw.Result) passwordResult {
	t := func(k string, a ...any) string { return i18n.T(lang, k, a...) }
	res := passwordResult{
		Line: line, Score: r.Score, Label: password.ScoreWord(lang, r.Score),
		Guesses: r.Guesses, GuessesLog10: r.GuessesLog10,
		CrackTimes: crackTimes{r.CrackTimes.OnlineThrottled, r.CrackTimes.Online, r.CrackTimes.OfflineSlow, r.CrackTimes.OfflineFast},
		CrackTimesDisplay: crackTimesDisplay{
			password.TimeWords(lang, r.CrackTimes.OnlineThrottled), password.TimeWords(lang, r.CrackTimes.Online),
			password.TimeWords(lang, r.CrackTimes.OfflineSlow), password.TimeWords(lang, r.CrackTimes.OfflineFast),
		},
		Suggestions: []string{},
		Patterns:    []patternView{},
		Capped:      r.Capped,
		ScoredRunes: r.ScoredRunes,
	}
	if r.Warning.Key != "" {
		res.Warning = t(r.Warning.Key, r.Warning.Args...)
	}
	for _, s := range r.Suggestions {
		res.Suggestions = append(res.Suggestions, t(s.Key, s.Args...))
	}
	for _, p := range r.Patterns {
		res.Patterns = append(res.Patterns, patternView{Kind: p.Kind, Description: password.Describe(lang, p),
			Start: p.Start, End: p.End, Length: p.Length, L33t: p.L33t, Reversed: p.Reversed, Uppercase: p.Uppercase})
	}
	return res
}

func printResult(w io.Writer, lang i18n.Lang, asJSON bool, r passwordResult) error {
	if asJSON {
		return writeJSONLine(w, r)
	}
	parts := []string{i18n.T(lang, "password.cmd.line", r.Label, r.Score, r.CrackTimesDisplay.OfflineSlow, r.GuessesLog10)}
	if r.Warning != "" {
		parts = append(parts, r.Warning)
	}
	if r.Capped {
		parts = append(parts, i18n.T(lang, "password.cmd.line_capped", r.ScoredRunes))
	}
	if r.Breached != nil {
		if *r.Breached > 0 {
			parts = append(parts, i18n.T(lang, "password.cmd.seen", *r.Breached))
		} else {
			parts = append(parts, i18n.T(lang, "password.cmd.not_seen"))
		}
	}
	sep := " "
	if lang == i18n.Chinese {
		sep = ""
	}
	_, err := fmt.Fprintf(w, "%d: %s\n", r.Line, strings.Join(parts, sep))
	return err
}

func writeJSONLine(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func (e *env) auditExport(o passwordOptions) error {
	lang := e.preLang()
	rep, err := password.RunAudit(o.audit, e.opts.hibpFile, o.userInputs)
	if err != nil {
		var withMsg interface{ Message() checks.Message }
		text := err.Error()
		if errors.As(err, &withMsg) {
			m := withMsg.Message()
			text = i18n.T(lang, m.Key, m.Args...)
		} else if errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrPermission) {
			text = i18n.T(lang, "password.ui.audit.cannot_open", o.audit)
		}
		return userError(i18n.T(lang, "password.cmd.audit_failed", text), err)
	}
	if o.asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	for _, l := range report.PasswordAudit(lang, rep) {
		fmt.Fprintln(e.stdout, l)
	}
	return nil
}
