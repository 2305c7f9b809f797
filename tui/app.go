// Package tui is footprint's full-screen interface: a thin root router over
// one model per screen (see screens.go for the list).
package tui

import (
	"context"
	"log/slog"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

// MinWidth and MinHeight are the smallest window everything fits in.
const (
	MinWidth  = 40
	MinHeight = 12
)

// chrome is the rows the router draws around a screen: the tab bar (two
// rows with its rule), the status line and the help bar.
const chrome = 4

// LangSaver persists the UI language.
type LangSaver interface {
	SaveLang(ctx context.Context, l i18n.Lang) error
}

// App is the root model. It only routes: global keys, sizes, language and
// styles; everything else belongs to the active screen.
type App struct {
	c        *common.Common
	screens  []common.Screen
	active   int
	help     help.Model
	fullHelp bool
	helpTop  int // first row of the full help shown, when it is taller than the window
	status   string
	isError  bool
	langs    LangSaver
	log      *slog.Logger
	aborted  bool
	// started marks screens whose Init has run: a screen starts when first
	// shown, so the first frame does not wait for every screen's loading.
	started []bool
}

// New builds the app over its screens; the first screen shows first.
func New(c *common.Common, langs LangSaver, log *slog.Logger, screens ...common.Screen) *App {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &App{c: c, screens: screens, help: help.New(), langs: langs, log: log, started: make([]bool, len(screens))}
}

// Aborted reports whether the user left with ctrl+c (exit code 130).
func (a *App) Aborted() bool { return a.aborted }

// Notify sets the status line before the first frame (e.g. "permissions
// were tightened").
func (a *App) Notify(text string) { a.status = text }

// Active is the screen being shown.
func (a *App) Active() common.Screen { return a.screens[a.active] }

func (a *App) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, a.activate(a.active))
}

// activate shows screen i, starting it (its Init) the first time.
func (a *App) activate(i int) tea.Cmd {
	a.active = i
	if a.started[i] {
		return nil
	}
	a.started[i] = true
	return a.screens[i].Init()
}

func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.c.Width, a.c.Height = msg.Width, msg.Height
		a.resize()
		return a, nil
	case tea.BackgroundColorMsg:
		a.c.Styles = common.NewStyles(msg.IsDark())
		a.help.Styles = a.c.Styles.Help
		return a, a.broadcast(common.StylesChangedMsg{})
	case tea.KeyPressMsg:
		return a, a.key(msg)
	case common.NavigateMsg:
		return a, a.show(msg.To)
	case common.SetLangMsg:
		return a, a.setLang(msg.Lang)
	case common.ErrorMsg:
		a.status, a.isError = msg.Text, true
		a.log.Error("screen error", "screen", a.Active().ID(), "text", msg.Text, "err", msg.Err)
		return a, nil
	case common.StatusMsg:
		a.status, a.isError = msg.Text, false
		return a, nil
	case common.DataChangedMsg, common.LangChangedMsg, common.StylesChangedMsg:
		return a, a.broadcast(msg)
	case common.ForScreen:
		for i, s := range a.screens {
			if s.ID() == msg.To {
				var cmd tea.Cmd
				a.screens[i], cmd = s.Update(msg.Msg)
				return a, cmd
			}
		}
		return a, nil
	}
	var cmd tea.Cmd
	a.screens[a.active], cmd = a.Active().Update(msg)
	return a, cmd
}

func (a *App) key(msg tea.KeyPressMsg) tea.Cmd {
	keys := common.NewGlobalKeys(a.c)
	if key.Matches(msg, keys.ForceQuit) {
		a.aborted = true
		return tea.Quit
	}
	a.status, a.isError = "", false
	if a.fullHelp {
		// Up and down scroll a full help taller than the window; any other
		// key closes it: it is an overlay, not a mode.
		nav := common.NewNav(a.c)
		switch {
		case key.Matches(msg, nav.Down):
			a.helpTop++
		case key.Matches(msg, nav.Up):
			a.helpTop = max(0, a.helpTop-1)
		default:
			a.fullHelp = false
		}
		return nil
	}
	if !a.Active().Capturing() {
		switch {
		case key.Matches(msg, keys.Quit):
			return tea.Quit
		case key.Matches(msg, keys.Help):
			a.fullHelp, a.helpTop = true, 0
			return nil
		case key.Matches(msg, keys.Next):
			return a.activate((a.active + 1) % len(a.screens))
		case key.Matches(msg, keys.Prev):
			return a.activate((a.active + len(a.screens) - 1) % len(a.screens))
		case key.Matches(msg, keys.Jump):
			if n := int(msg.Text[0] - '1'); n < len(a.screens) {
				return a.activate(n)
			}
			return nil
		}
	}
	var cmd tea.Cmd
	a.screens[a.active], cmd = a.Active().Update(msg)
	return cmd
}

func (a *App) show(id common.ScreenID) tea.Cmd {
	for i, s := range a.screens {
		if s.ID() == id {
			return a.activate(i)
		}
	}
	return nil
}

func (a *App) setLang(l i18n.Lang) tea.Cmd {
	if l == a.c.Lang {
		return nil
	}
	a.c.Lang = l
	var save tea.Cmd
	if a.langs != nil {
		langs, log := a.langs, a.log
		save = func() tea.Msg {
			if err := langs.SaveLang(context.Background(), l); err != nil {
				log.Error("save language", "err", err)
				return common.ErrorMsg{Text: i18n.T(l, "app.error.save_language"), Err: err}
			}
			return nil
		}
	}
	return tea.Batch(save, a.broadcast(common.LangChangedMsg{Lang: l}))
}

func (a *App) broadcast(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(a.screens))
	for i, s := range a.screens {
		var cmd tea.Cmd
		a.screens[i], cmd = s.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

func (a *App) resize() {
	w, h := a.c.Width, a.c.Height-chrome
	if h < 0 {
		h = 0
	}
	for _, s := range a.screens {
		s.SetSize(w, h)
	}
	a.help.SetWidth(a.c.Width)
}

// View draws the tab bar, the active screen, the status line and help.
func (a *App) View() tea.View {
	v := tea.NewView(a.render())
	v.AltScreen = true
	v.WindowTitle = "footprint"
	return v
}

func (a *App) render() string {
	w, h := a.c.Width, a.c.Height
	if w == 0 || h == 0 {
		return ""
	}
	if w < MinWidth || h < MinHeight {
		return common.Fit(a.c.Styles.Warn.Render(common.Wrap(a.c.T("app.too_small", MinWidth, MinHeight), w)), w, h)
	}
	st := a.c.Styles
	body := a.Active().View()
	if a.fullHelp {
		body = a.fullHelpView(h - chrome)
	}
	body = lipgloss.NewStyle().Height(h - chrome).Render(common.Fit(body, w, h-chrome))

	status := ""
	if a.status != "" {
		style := st.Status
		if a.isError {
			style = st.Error
		}
		status = style.Render(a.status)
	}
	parts := []string{a.tabBar(), body, common.Fit(status, w, 1), common.Fit(a.help.ShortHelpView(a.shortBindings()), w, 1)}
	return strings.Join(parts, "\n")
}

// shortBindings is the help bar: the screen's keys, then the router's —
// only ctrl+c while the screen takes typing, since q, ? and tab are then
// the screen's.
func (a *App) shortBindings() []key.Binding {
	global := common.NewGlobalKeys(a.c)
	if a.Active().Capturing() {
		return append(a.Active().KeyMap().ShortHelp(), global.ForceQuit)
	}
	return append(a.Active().KeyMap().ShortHelp(), global.ShortHelp()...)
}

// fullHelpView lays every binding out in as many columns as the width
// allows, and scrolls when they are taller than the window.
func (a *App) fullHelpView(height int) string {
	st := a.c.Styles
	var cells []string
	keyW := 0
	for _, group := range a.fullBindings() {
		for _, b := range group {
			if b.Enabled() && b.Help().Key != "" {
				keyW = max(keyW, common.Width(b.Help().Key))
			}
		}
	}
	cellW := 0
	for _, group := range a.fullBindings() {
		for _, b := range group {
			if !b.Enabled() || b.Help().Key == "" {
				continue
			}
			cell := st.Help.FullKey.Render(common.PadRight(b.Help().Key, keyW)) + "  " + st.Help.FullDesc.Render(b.Help().Desc)
			cells = append(cells, cell)
			cellW = max(cellW, common.Width(cell))
		}
	}
	cols := max(1, min(3, (a.c.Width+3)/(cellW+3)))
	rows := (len(cells) + cols - 1) / cols
	lines := make([]string, rows)
	for i, cell := range cells {
		r, c := i%rows, i/rows
		if c > 0 {
			lines[r] = common.PadRight(lines[r], c*(cellW+3))
		}
		lines[r] += cell
	}
	room := max(1, height-2)
	a.helpTop = min(a.helpTop, max(0, len(lines)-room))
	title := a.c.T("app.full_help_title")
	if len(lines) > room {
		title += st.Muted.Render(" · " + a.c.T("app.full_help_scroll"))
		lines = lines[a.helpTop : a.helpTop+room]
	}
	return title + "\n\n" + strings.Join(lines, "\n")
}

func (a *App) fullBindings() [][]key.Binding {
	return append(a.Active().KeyMap().FullHelp(), common.NewGlobalKeys(a.c).FullHelp()...)
}

// tabBar lists every screen. When they do not fit, it shows a window of
// tabs around the active one, with ‹ › saying more lie to either side.
func (a *App) tabBar() string {
	st := a.c.Styles
	w := a.c.Width
	brand := st.Brand.Render("footprint") + " "
	tabs := make([]string, len(a.screens))
	for i, s := range a.screens {
		label := a.c.T(s.TitleKey())
		if i < 9 {
			label = string(rune('1'+i)) + " " + label
		}
		if i == a.active {
			tabs[i] = st.ActiveTab.Render(label)
		} else {
			tabs[i] = st.Tab.Render(label)
		}
	}
	line := brand + strings.Join(tabs, "")
	if lipgloss.Width(line) > w {
		line = brand + a.tabWindow(tabs, w-lipgloss.Width(brand))
	}
	return st.TabBar.Width(w).Render(common.Fit(line, w, 1))
}

// tabWindow grows a run of tabs outward from the active one while it fits.
func (a *App) tabWindow(tabs []string, room int) string {
	st := a.c.Styles
	more := func(on bool, mark string) string {
		if on {
			return st.Muted.Render(mark)
		}
		return " "
	}
	lo, hi := a.active, a.active
	width := func(lo, hi int) int {
		n := 2 // the ‹ and › marks
		for i := lo; i <= hi; i++ {
			n += lipgloss.Width(tabs[i])
		}
		return n
	}
	for grew := true; grew; {
		grew = false
		if hi+1 < len(tabs) && width(lo, hi+1) <= room {
			hi++
			grew = true
		}
		if lo > 0 && width(lo-1, hi) <= room {
			lo--
			grew = true
		}
	}
	return more(lo > 0, "‹") + strings.Join(tabs[lo:hi+1], "") + more(hi < len(tabs)-1, "›")
}
