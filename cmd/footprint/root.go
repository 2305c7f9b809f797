package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui"
	"github.com/footprint-audit/footprint/tui/accessible"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = ""

// globalOptions are the flags every capability relies on.
type globalOptions struct {
	dbPath     string
	guest      bool
	lang       string
	accessible bool
	debug      bool
	licenses   bool
	hibpFile   string // a downloaded Pwned Passwords SHA-1 file or folder, for offline breach checks
}

// env is one invocation: its streams, environment and flags. Subcommands
// take it instead of reaching for os.Stdin and friends, so tests can run
// them in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	opts           globalOptions
	log            *slog.Logger
	closeLog       func()
	interactiveRun bool // the full-screen app is starting: it shows notices itself
	noticeShown    bool
}

// subcommands are added by each capability's cmd_<name>.go in init.
var subcommands []func(*env) *cobra.Command

func register(f func(*env) *cobra.Command) { subcommands = append(subcommands, f) }

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	i18n.Must()
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv,
		log: slog.New(slog.DiscardHandler), closeLog: func() {}}
	defer func() { e.closeLog() }()
	root := newRootCmd(e)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := fang.Execute(ctx, root,
		fang.WithVersion(buildVersion()),
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
			if err == errAborted {
				return
			}
			fmt.Fprintln(w, "footprint: "+err.Error())
		}),
	)
	return codeOf(err)
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

func newRootCmd(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "footprint",
		Short: "A private check-up of your passwords, your personal data and your rights",
		Long: `footprint is a terminal privacy self-audit assistant. Run it without arguments for the
full-screen app; every job also has a plain subcommand for scripts and screen readers.

Nothing leaves this computer unless you ask for one explicit online check, and no password,
nor any hash of one, is ever stored.

Exit codes: 0 ok, 1 error, 2 usage (or no terminal for the full-screen app), 130 aborted.`,
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return e.setup()
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			if e.opts.licenses {
				return printLicenses(e.stdout)
			}
			return e.interactive(cmd.Context(), cmd.Root())
		},
	}
	f := root.PersistentFlags()
	f.StringVar(&e.opts.dbPath, "db", "", "database file (default: footprint.db in your data folder)")
	f.BoolVar(&e.opts.guest, "guest", false, "keep everything in memory: nothing is written to disk")
	f.StringVar(&e.opts.lang, "lang", "", "language: en or zh (default: your saved choice, then LANG)")
	f.BoolVar(&e.opts.accessible, "accessible", false, "plain line-by-line prompts instead of the full-screen app")
	f.BoolVar(&e.opts.debug, "debug", false, "write a debug log to your state folder")
	f.StringVar(&e.opts.hibpFile, "hibp-file", "", "Pwned Passwords SHA-1 file (or folder of range files) for offline breach checks")
	root.Flags().BoolVar(&e.opts.licenses, "licenses", false, "print the licences of footprint and its data")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError(err.Error()) })
	for _, mk := range subcommands {
		root.AddCommand(mk(e))
	}
	return root
}

// setup checks the global flags and opens the debug log when asked.
func (e *env) setup() error {
	if e.opts.lang != "" {
		if _, ok := i18n.ParseLang(e.opts.lang); !ok {
			return usageError(fmt.Sprintf("--lang must be en or zh, not %q", e.opts.lang))
		}
	}
	if e.opts.guest && e.opts.dbPath != "" {
		return usageError("--guest and --db cannot be used together: guest mode writes no file")
	}
	if e.opts.debug {
		return e.openLog()
	}
	return nil
}

func (e *env) openLog() error {
	dir, err := store.StateDir()
	if err != nil {
		return userError("cannot find a folder for the debug log", err)
	}
	if err := store.EnsurePrivateDir(dir); err != nil {
		return userError("cannot create the debug log folder "+dir, err)
	}
	path := filepath.Join(dir, "footprint.log")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return userError("cannot open the debug log "+path, err)
	}
	e.log = slog.New(slog.NewTextHandler(f, &slog.HandlerOptions{Level: slog.LevelDebug}))
	e.closeLog = func() { f.Close() }
	e.log.Info("start", "version", buildVersion())
	return nil
}

// preLang is the language before the database is open: the flag, then the
// environment's locale.
func (e *env) preLang() i18n.Lang {
	if l, ok := i18n.ParseLang(e.opts.lang); ok {
		return l
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l, ok := i18n.FromLocale(e.getenv(v)); ok {
			return l
		}
	}
	return i18n.English
}

// lang is the UI language: the flag, the saved choice, then the locale.
func (e *env) lang(ctx context.Context, db *store.DB) i18n.Lang {
	if l, ok := i18n.ParseLang(e.opts.lang); ok {
		return l
	}
	if db != nil {
		if v, err := (store.Settings{}).Get(ctx, db, store.SettingLanguage); err == nil {
			if l, ok := i18n.ParseLang(v); ok {
				return l
			}
		}
	}
	return e.preLang()
}

// openStore opens the database the flags name, turning refusals into one
// plain sentence that names the file and what to do.
func (e *env) openStore(ctx context.Context) (*store.DB, error) {
	var (
		db  *store.DB
		err error
	)
	switch {
	case e.opts.guest:
		db, err = store.OpenMemory(ctx)
	case e.opts.dbPath != "":
		db, err = store.Open(ctx, e.opts.dbPath)
	default:
		db, err = store.OpenDefault(ctx)
	}
	if err != nil {
		e.log.Error("open database", "err", err)
		if oe, ok := store.AsOpenError(err); ok {
			return nil, userError(i18n.T(e.preLang(), oe.Kind.Key(), oe.Path), err)
		}
		return nil, userError(i18n.T(e.preLang(), "store.open.failed"), err)
	}
	e.log.Info("database open", "path", db.Path(), "guest", db.Guest())
	if db.Notice().Tightened && !e.noticeShown {
		// The full-screen app shows this in its status line instead.
		if e.opts.accessible || !e.interactiveRun {
			fmt.Fprintln(e.stderr, i18n.T(e.lang(ctx, db), "app.notice.tightened"))
		}
		e.noticeShown = true
	}
	return db, nil
}

// isTerminal reports whether r and w are both terminals.
func isTerminal(r io.Reader, w io.Writer) bool {
	rf, ok1 := r.(*os.File)
	wf, ok2 := w.(*os.File)
	return ok1 && ok2 && term.IsTerminal(int(rf.Fd())) && term.IsTerminal(int(wf.Fd()))
}

// interactive starts the full-screen app, or the accessible line mode.
func (e *env) interactive(ctx context.Context, root *cobra.Command) error {
	if !e.opts.accessible && !isTerminal(e.stdin, e.stdout) {
		return usageError(i18n.T(e.preLang(), "cmd.no_terminal", strings.Join(plainCommands(root), ", ")))
	}
	e.interactiveRun = !e.opts.accessible
	db, err := e.openStore(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	lang := e.lang(ctx, db)
	notice := ""
	if db.Notice().Tightened {
		notice = i18n.T(lang, "app.notice.tightened")
	}
	if e.opts.accessible {
		aborted, err := accessible.Run(ctx, accessible.Options{DB: db, Lang: lang, In: e.stdin, Out: e.stdout})
		return e.finish(aborted, err)
	}
	aborted, err := tui.Run(ctx, tui.Options{DB: db, Lang: lang, Log: e.log, Notice: notice, In: e.stdin, Out: e.stdout, HIBPFile: e.opts.hibpFile})
	return e.finish(aborted, err)
}

func (e *env) finish(aborted bool, err error) error {
	if err != nil {
		e.log.Error("interactive session", "err", err)
		if errors.Is(err, context.Canceled) {
			return errAborted
		}
		return userError(i18n.T(e.preLang(), "cmd.ui_failed"), err)
	}
	if aborted {
		return errAborted
	}
	return nil
}

// plainCommands lists the subcommands to suggest when there is no terminal.
func plainCommands(root *cobra.Command) []string {
	var out []string
	for _, c := range root.Commands() {
		if c.Hidden || c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		out = append(out, "footprint "+c.Name())
	}
	return out
}

// withStore opens the database the flags name for one subcommand, runs fn
// with it and the user's language, and closes it again.
func (e *env) withStore(ctx context.Context, fn func(db *store.DB, lang i18n.Lang) error) error {
	db, err := e.openStore(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	return fn(db, e.lang(ctx, db))
}

// savedLang is the user's language for commands that need no database
// (listing the catalogue, printing a lesson): the saved choice is read only
// when the database already exists, so such a command never creates one.
func (e *env) savedLang(ctx context.Context) i18n.Lang {
	if _, ok := i18n.ParseLang(e.opts.lang); ok || e.opts.guest {
		return e.preLang()
	}
	path := e.opts.dbPath
	if path == "" {
		p, err := store.DefaultPath()
		if err != nil {
			return e.preLang()
		}
		path = p
	}
	if _, err := os.Stat(path); err != nil {
		return e.preLang()
	}
	db, err := e.openStore(ctx)
	if err != nil {
		return e.preLang()
	}
	defer db.Close()
	return e.lang(ctx, db)
}
