// Package password is the "Password check" screen: a masked input scored
// live off the UI goroutine, the verdict explained in plain words, reuse
// spotted among the passwords checked this sitting (in memory only), an
// offline or opt-in online breach check, a verdict attached to an account
// name, and an audit of a password manager's CSV export.
//
// The password lives in the text input and in the closures of the commands
// that score or look it up; nothing here writes it, or any hash of it,
// anywhere: the store only ever receives a store.Verdict.
package password

import (
	"context"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/checks/breach"
	pw "github.com/footprint-audit/footprint/checks/password"
	"github.com/footprint-audit/footprint/checks/pwaudit"
	"github.com/footprint-audit/footprint/store"
	"github.com/footprint-audit/footprint/tui/common"
)

// ID is the screen's id.
const ID common.ScreenID = "password"

// Bounds on what the fields accept; longer pastes are cut, never refused.
const (
	MaxPasswordRunes = 256
	maxAccountRunes  = 200
	maxPathRunes     = 4096
)

// SettingHIBPFile is the settings key of a downloaded Pwned Passwords file
// or folder; --hibp-file wins over it for one run.
const SettingHIBPFile = "hibp_file"

// Account is an inventory account a verdict can be attached to.
type Account struct{ ID, Name string }

// Store is what the screen needs from the database. It never receives a
// password: only verdicts, account names and the HIBP file path.
type Store interface {
	Profile(ctx context.Context) (store.Profile, error)
	PutVerdict(ctx context.Context, v store.Verdict) error
	Accounts(ctx context.Context) ([]Account, error)
	HIBPFile(ctx context.Context) (string, error)
	SetHIBPFile(ctx context.Context, path string) error
}

// OnlineChecker is the opt-in range API; *breach.Client satisfies it.
type OnlineChecker interface {
	Count(ctx context.Context, h [20]byte) (int64, error)
}

// Options tune the screen; the zero value is what the app uses by default.
type Options struct {
	// HIBPFile comes from --hibp-file and wins over the saved setting.
	HIBPFile string
	// Online answers the opt-in check; a *breach.Client when nil.
	Online OnlineChecker
	// Now stamps verdicts; time.Now when nil.
	Now func() time.Time
	// Score rates the input; the engine's pw.Score when nil. Golden frames
	// pin it so they show this screen's layout, not the engine's tuning.
	Score ScoreFunc
}

type mode int

const (
	modeBrowse mode = iota
	modeTyping
	modeConfirmPieces
	modeConfirmOnline
	modeAttach
	modeHIBPPath
	modeAuditPath
	modeAuditReport
)

// breachState is what is known about the current password's breach check.
type breachState struct {
	busy    bool
	checked bool
	online  bool
	count   int64
	err     string
}

// Model is the Password check screen.
type Model struct {
	c     *common.Common
	store Store
	opts  Options
	mode  mode

	input     textinput.Model
	value     string // the last value scored or being scored, to spot changes
	seq       uint64 // bumped on every change of the password
	inflight  bool   // a scoring command is running
	result    *pw.Result
	resultSeq uint64
	pieces    bool // the user agreed to see the password's pieces
	cut       bool // the last paste was longer than the field holds

	sitting *sitting
	reuse   string // the account checked this sitting with the same password
	breach  breachState

	userInputs []string
	flagHIBP   string
	savedHIBP  string

	other    textinput.Model // the account name, HIBP path or CSV path
	accounts []Account
	accPick  int // index into the filtered accounts, -1 for the typed name

	auditing  bool
	auditPath string
	report    *pwaudit.Report
	auditErr  string

	scroll        int
	width, height int
}

// New builds the screen.
func New(c *common.Common, s Store, o Options) *Model {
	if o.Online == nil {
		o.Online = &breach.Client{}
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Score == nil {
		o.Score = pw.Score
	}
	in := textinput.New()
	in.CharLimit = MaxPasswordRunes
	in.EchoMode = textinput.EchoPassword
	in.EchoCharacter = '•'
	in.Prompt = "› "
	other := textinput.New()
	other.Prompt = "› "
	steadyCursor(&in)
	steadyCursor(&other)
	return &Model{c: c, store: s, opts: o, input: in, other: other, sitting: newSitting(),
		flagHIBP: o.HIBPFile, accPick: -1}
}

func (m *Model) ID() common.ScreenID { return ID }
func (m *Model) TitleKey() string    { return "password.ui.title" }

// Capturing is true whenever a key could be part of what the user types,
// or an answer to a question on screen.
// Settled reports whether the verdict on screen is for what is typed now
// (no scoring under way for a newer input): tests wait for it.
func (m *Model) Settled() bool { return !m.inflight && m.result != nil && m.resultSeq == m.seq }

func (m *Model) Capturing() bool { return m.mode != modeBrowse && m.mode != modeAuditReport }

func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.input.SetWidth(max(8, w-6))
	m.other.SetWidth(max(8, w-6))
}

func (m *Model) Init() tea.Cmd { return m.load() }

// KeyMap is the screen's bindings for the help bar.
func (m *Model) KeyMap() help.KeyMap { return m.keys() }

type loadedMsg struct {
	inputs []string
	hibp   string
	err    error
}

func (m *Model) load() tea.Cmd {
	s := m.store
	return common.To(ID, func() tea.Msg {
		ctx := context.Background()
		p, err := s.Profile(ctx)
		if err != nil {
			return loadedMsg{err: err}
		}
		h, err := s.HIBPFile(ctx)
		return loadedMsg{inputs: p.UserInputs(), hibp: h, err: err}
	})
}

// hibpPath is the file breach checks use: the flag, else the setting.
func (m *Model) hibpPath() string {
	if m.flagHIBP != "" {
		return m.flagHIBP
	}
	return m.savedHIBP
}

// password is the text in the input. Unexported on purpose: nothing
// outside this screen has any business reading it.
func (m *Model) password() string { return m.input.Value() }

func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			return m, common.Fail(m.c.T("password.ui.error.load"), msg.err)
		}
		changed := !sameStrings(m.userInputs, msg.inputs)
		m.userInputs, m.savedHIBP = msg.inputs, msg.hibp
		if changed && m.input.Value() != "" {
			// Settings changed the user's details: the same password may
			// now be weaker, so score it again.
			m.value = ""
			return m, m.changed()
		}
	case common.DataChangedMsg:
		if msg.Source != ID {
			return m, m.load()
		}
	case scoredMsg:
		return m, m.scored(msg)
	case breachMsg:
		m.breached(msg)
	case verdictSavedMsg:
		return m, m.verdictSaved(msg)
	case accountsMsg:
		m.accounts = msg.accounts
	case hibpCheckedMsg:
		return m, m.hibpChecked(msg)
	case auditMsg:
		m.audited(msg)
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.PasteMsg:
		return m, m.paste(msg)
	}
	return m, nil
}

// steadyCursor stops the blink: a blinking cursor redraws the whole screen
// twice a second for nothing while the user reads the verdict.
func steadyCursor(in *textinput.Model) {
	s := in.Styles()
	s.Cursor.Blink = false
	in.SetStyles(s)
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
