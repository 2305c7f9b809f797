package tui

import (
	"context"
	"io"
	"log/slog"

	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
)

// Options configure a full-screen session.
type Options struct {
	DB     *store.DB
	Lang   i18n.Lang
	Log    *slog.Logger
	Notice string // shown in the status line on the first frame
	// HIBPFile is a downloaded Pwned Passwords file or folder (--hibp-file).
	HIBPFile string
	In       io.Reader
	Out      io.Writer
}

// NewApp builds the root model with every registered screen.
func NewApp(o Options) *App {
	c := common.NewCommon(o.Lang, o.DB.Path())
	ad := &Adapter{DB: o.DB}
	app := New(c, ad, o.Log, Screens(Deps{Common: c, Store: ad, HIBPFile: o.HIBPFile})...)
	if o.Notice != "" {
		app.Notify(o.Notice)
	}
	return app
}

// Run shows the TUI until the user quits. aborted is true for ctrl+c.
func Run(ctx context.Context, o Options) (aborted bool, err error) {
	app := NewApp(o)
	opts := []tea.ProgramOption{tea.WithContext(ctx)}
	if o.In != nil {
		opts = append(opts, tea.WithInput(o.In))
	}
	if o.Out != nil {
		opts = append(opts, tea.WithOutput(o.Out))
	}
	if _, err := tea.NewProgram(app, opts...).Run(); err != nil {
		return false, err
	}
	return app.Aborted(), nil
}
