// Package inventory is the Inventory screen: the services that hold the
// user's data, added from the catalogue (fuzzy search in English, Chinese
// or pinyin, or a first-run checklist of the most common services) or by
// hand, and edited one by one.
package inventory

import (
	"context"
	"errors"
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

// ID is the screen's id.
const ID common.ScreenID = "inventory"

// PopularCount is how many services the first-run checklist offers.
const PopularCount = 30

// searchLimit bounds the result list; nobody scrolls past it.
const searchLimit = 40

// Store is what the Inventory needs from the database.
type Store interface {
	Inventory(ctx context.Context) ([]Account, error)
	AddFromCatalog(ctx context.Context, catalogID string) error
	// AddCustom adds a service the catalogue does not know and returns
	// the id it was given.
	AddCustom(ctx context.Context, name string) (string, error)
	UpdateAccount(ctx context.Context, a Account) error
	// DeleteAccount removes an account and keeps it for UndoDelete.
	DeleteAccount(ctx context.Context, id string) error
	// UndoDelete restores the last deleted account and returns its id, or
	// ErrNothingToUndo.
	UndoDelete(ctx context.Context) (string, error)
}

// ErrNothingToUndo is UndoDelete's answer when no account was deleted.
var ErrNothingToUndo = errors.New("no deleted account to restore")

type mode int

const (
	modeList mode = iota
	modeSearch
	modeChecklist
	modeEdit
	modeNote
)

type (
	loadedMsg struct {
		accounts []Account
		err      error
	}
	// savedMsg follows any write; status is the i18n key of the notice.
	savedMsg struct {
		accounts []Account
		status   string
		args     []any
		focusID  string
		err      error
	}
)

// Model is the Inventory screen.
type Model struct {
	c        *common.Common
	store    Store
	loaded   bool
	accounts []Account
	mode     mode
	cursor   int

	// search
	input   textinput.Model
	results []catalog.Entry

	// checklist: the popular services and which are ticked
	popular []catalog.Entry
	ticked  map[string]bool
	// offeredChecklist is set once the empty inventory has opened the
	// checklist, so closing it is not undone by the next reload.
	offeredChecklist bool

	// edit: a copy of the account being edited and the field row
	draft   Account
	editRow int
	note    textinput.Model

	// deletedName is shown in the undo hint until the next change.
	deletedName string

	// held has the id and catalogue id of every account, so the checklist
	// and search mark what is there without scanning the list; names
	// caches the list's display names and their widest, per language.
	held      map[string]bool
	names     []string
	namesLang i18n.Lang
	namesW    int
	frags     *fragments

	width, height int
}

// New builds the Inventory screen.
func New(c *common.Common, s Store) *Model {
	in := textinput.New()
	in.CharLimit = MaxNameRunes
	note := textinput.New()
	note.CharLimit = MaxNoteRunes
	return &Model{c: c, store: s, input: in, note: note, ticked: map[string]bool{}}
}

func (m *Model) ID() common.ScreenID { return ID }
func (m *Model) TitleKey() string    { return "inventory_ui.title" }

// Capturing is true while text is typed, so q and digits reach the field.
func (m *Model) Capturing() bool { return m.mode == modeSearch || m.mode == modeNote }

func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.input.SetWidth(max(8, w-6))
	m.note.SetWidth(max(8, w-6))
}

// KeyMap is the screen's bindings for the help bar.
func (m *Model) KeyMap() help.KeyMap { return m.keys() }

func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	s := m.store
	return common.To(ID, func() tea.Msg {
		as, err := s.Inventory(context.Background())
		return loadedMsg{as, err}
	})
}

// Accounts is what the screen shows, for tests and the exposure map.
func (m *Model) Accounts() []Account { return slices.Clone(m.accounts) }

func (m *Model) region() string {
	if m.c.Lang == i18n.Chinese {
		return "cn"
	}
	return "global"
}

func (m *Model) has(id string) bool { return m.held[id] }

func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			return m, common.Fail(m.c.T("inventory_ui.error.load"), msg.err)
		}
		m.setAccounts(msg.accounts, "")
		if len(m.accounts) == 0 && !m.offeredChecklist && m.mode == modeList {
			m.openChecklist()
		}
	case savedMsg:
		if errors.Is(msg.err, ErrNothingToUndo) {
			return m, common.Status(m.c.T("inventory_ui.nothing_to_undo"))
		}
		if msg.err != nil {
			return m, common.Fail(m.c.T("inventory_ui.error.save"), msg.err)
		}
		m.setAccounts(msg.accounts, msg.focusID)
		if msg.status == "inventory_ui.restored" && m.cursor < len(m.accounts) {
			msg.args = []any{m.accounts[m.cursor].DisplayName(m.c.Lang)}
		}
		var status tea.Cmd
		if msg.status != "" {
			status = common.Status(m.c.T(msg.status, msg.args...))
		}
		return m, tea.Batch(status, common.Changed(ID))
	case common.DataChangedMsg:
		if msg.Source != ID {
			return m, m.load()
		}
	case common.LangChangedMsg:
		if m.mode == modeChecklist {
			m.popular = catalog.Popular(m.region(), PopularCount)
		}
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.PasteMsg:
		return m, m.paste(msg.Content)
	default:
		return m, m.passToInput(msg)
	}
	return m, nil
}

// setAccounts replaces the list, keeps the cursor on focusID when given,
// and refreshes the draft when the edited account changed underneath.
func (m *Model) setAccounts(as []Account, focusID string) {
	m.loaded = true
	m.accounts = as
	m.held = make(map[string]bool, 2*len(as))
	for _, a := range as {
		m.held[a.ID] = true
		if a.CatalogID != "" {
			m.held[a.CatalogID] = true
		}
	}
	m.names = nil
	if focusID != "" {
		if i := slices.IndexFunc(as, func(a Account) bool { return a.ID == focusID }); i >= 0 {
			m.cursor = i
		}
	}
	m.cursor = max(0, min(m.cursor, len(as)-1))
	if m.mode == modeEdit {
		if i := slices.IndexFunc(as, func(a Account) bool { return a.ID == m.draft.ID }); i >= 0 {
			m.draft = as[i]
		} else {
			m.mode = modeList
		}
	}
}

func (m *Model) passToInput(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch m.mode {
	case modeSearch:
		m.input, cmd = m.input.Update(msg)
	case modeNote:
		m.note, cmd = m.note.Update(msg)
	}
	return cmd
}

func (m *Model) paste(content string) tea.Cmd {
	switch m.mode {
	case modeSearch:
		cmd := m.passToInput(tea.PasteMsg{Content: common.Clean(content, MaxNameRunes)})
		m.search()
		return cmd
	case modeNote:
		return m.passToInput(tea.PasteMsg{Content: common.Clean(content, MaxNoteRunes)})
	}
	return nil
}

// write runs a change in the background, then reloads the list. change
// returns the id to keep the cursor on ("" leaves it where it is).
func (m *Model) write(change func(ctx context.Context, s Store) (string, error), status string, args ...any) tea.Cmd {
	s := m.store
	return common.To(ID, func() tea.Msg {
		ctx := context.Background()
		focusID, err := change(ctx, s)
		if err != nil {
			return savedMsg{err: err}
		}
		as, err := s.Inventory(ctx)
		return savedMsg{accounts: as, status: status, args: args, focusID: focusID, err: err}
	})
}
