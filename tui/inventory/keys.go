package inventory

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/tui/common"
)

type keyMap struct {
	common.Nav
	Add, Popular, Edit, Delete, Undo key.Binding
	Pick, Custom, Toggle, AddTicked  key.Binding
	Cancel, Done, EditNote, SaveNote key.Binding
	mode                             mode
}

func (k keyMap) ShortHelp() []key.Binding {
	switch k.mode {
	case modeSearch:
		return []key.Binding{k.Pick, k.Custom, k.Cancel}
	case modeChecklist:
		return []key.Binding{k.Toggle, k.AddTicked, k.Cancel}
	case modeEdit:
		return []key.Binding{k.Toggle, k.Done}
	case modeNote:
		return []key.Binding{k.SaveNote, k.Cancel}
	}
	return []key.Binding{k.Add, k.Edit, k.Delete, k.Undo}
}

func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Add, k.Popular},
		{k.Edit, k.Delete, k.Undo},
		{k.Pick, k.Custom, k.Toggle, k.AddTicked, k.Done, k.Cancel},
	}
}

func (m *Model) keys() keyMap {
	t := m.c.T
	return keyMap{
		Nav:       common.NewNav(m.c),
		Add:       key.NewBinding(key.WithKeys("a", "/"), key.WithHelp("a", t("inventory_ui.key.add"))),
		Popular:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", t("inventory_ui.key.popular"))),
		Edit:      key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", t("inventory_ui.key.edit"))),
		Delete:    key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", t("inventory_ui.key.delete"))),
		Undo:      key.NewBinding(key.WithKeys("u"), key.WithHelp("u", t("inventory_ui.key.undo"))),
		Pick:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t("inventory_ui.key.pick"))),
		Custom:    key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", t("inventory_ui.key.custom"))),
		Toggle:    key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", t("inventory_ui.key.toggle"))),
		AddTicked: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t("inventory_ui.key.add_ticked"))),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t("inventory_ui.key.cancel"))),
		Done:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t("inventory_ui.key.done"))),
		EditNote:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t("inventory_ui.key.edit_note"))),
		SaveNote:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t("inventory_ui.key.save_note"))),
		mode:      m.mode,
	}
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	switch m.mode {
	case modeSearch:
		return m.searchKey(msg)
	case modeChecklist:
		return m.checklistKey(msg)
	case modeEdit:
		return m.editKey(msg)
	case modeNote:
		return m.noteKey(msg)
	}
	return m.listKey(msg)
}

func (m *Model) listKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys()
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, k.Down):
		m.cursor = min(len(m.accounts)-1, m.cursor+1)
		m.cursor = max(0, m.cursor)
	case key.Matches(msg, k.Add):
		return m.openSearch()
	case key.Matches(msg, k.Popular):
		m.openChecklist()
	case key.Matches(msg, k.Edit):
		if m.cursor < len(m.accounts) {
			m.mode, m.draft, m.editRow = modeEdit, m.accounts[m.cursor], 0
		}
	case key.Matches(msg, k.Delete):
		if m.cursor < len(m.accounts) {
			gone := m.accounts[m.cursor]
			m.deletedName = gone.DisplayName(m.c.Lang)
			return m.write(func(ctx context.Context, s Store) (string, error) { return "", s.DeleteAccount(ctx, gone.ID) }, "")
		}
	case key.Matches(msg, k.Undo):
		m.deletedName = ""
		return m.write(func(ctx context.Context, s Store) (string, error) { return s.UndoDelete(ctx) },
			"inventory_ui.restored")
	}
	return nil
}

func (m *Model) openSearch() tea.Cmd {
	m.mode, m.cursor = modeSearch, 0
	m.input.SetValue("")
	m.input.Placeholder = m.c.T("inventory_ui.search.placeholder")
	m.results = nil
	return m.input.Focus()
}

// search refreshes the results for the typed text; the first result is
// selected because it is the best match.
func (m *Model) search() {
	m.results = catalog.Search(m.input.Value(), searchLimit)
	m.cursor = 0
}

func (m *Model) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys()
	switch {
	case key.Matches(msg, k.Cancel):
		m.closeSearch()
		return nil
	case msg.String() == "up" || msg.String() == "ctrl+p":
		m.cursor = max(0, m.cursor-1)
		return nil
	case msg.String() == "down" || msg.String() == "ctrl+j":
		m.cursor = max(0, min(len(m.results)-1, m.cursor+1))
		return nil
	case key.Matches(msg, k.Custom):
		return m.addCustom()
	case key.Matches(msg, k.Pick):
		if len(m.results) == 0 {
			return m.addCustom()
		}
		e := m.results[min(m.cursor, len(m.results)-1)]
		m.closeSearch()
		if m.has(e.ID) {
			return common.Status(m.c.T("inventory_ui.already", m.name(e)))
		}
		return m.write(func(ctx context.Context, s Store) (string, error) { return e.ID, s.AddFromCatalog(ctx, e.ID) },
			"inventory_ui.added", m.name(e))
	}
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if m.input.Value() != before {
		m.search()
	}
	return cmd
}

func (m *Model) closeSearch() {
	m.mode = modeList
	m.input.Blur()
	m.cursor = max(0, min(m.cursor, len(m.accounts)-1))
}

// addCustom adds the typed text as a service the catalogue does not know.
func (m *Model) addCustom() tea.Cmd {
	name := common.Clean(m.input.Value(), MaxNameRunes)
	if name == "" {
		return common.Status(m.c.T("inventory_ui.custom.empty"))
	}
	m.closeSearch()
	return m.write(func(ctx context.Context, s Store) (string, error) { return s.AddCustom(ctx, name) },
		"inventory_ui.added", name)
}

func (m *Model) name(e catalog.Entry) string {
	return Account{Name: e.Name, NameZh: e.NameZh}.DisplayName(m.c.Lang)
}

func (m *Model) openChecklist() {
	m.offeredChecklist = true
	m.mode, m.cursor = modeChecklist, 0
	m.popular = catalog.Popular(m.region(), PopularCount)
	m.ticked = map[string]bool{}
}

func (m *Model) checklistKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys()
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, k.Down):
		m.cursor = max(0, min(len(m.popular)-1, m.cursor+1))
	case key.Matches(msg, k.Toggle):
		if m.cursor < len(m.popular) {
			id := m.popular[m.cursor].ID
			if !m.has(id) {
				m.ticked[id] = !m.ticked[id]
			}
		}
	case key.Matches(msg, k.Cancel):
		m.mode, m.cursor = modeList, 0
	case key.Matches(msg, k.AddTicked):
		var add []string
		for _, e := range m.popular {
			if m.ticked[e.ID] && !m.has(e.ID) {
				add = append(add, e.ID)
			}
		}
		m.mode, m.cursor = modeList, 0
		if len(add) == 0 {
			return nil
		}
		return m.write(func(ctx context.Context, s Store) (string, error) {
			for _, id := range add {
				if err := s.AddFromCatalog(ctx, id); err != nil {
					return "", err
				}
			}
			return add[0], nil
		}, "inventory_ui.added_many", len(add))
	}
	return nil
}

// editRows are the editor's rows: every data kind, then the account's facts.
const (
	rowDormant = iota + 16
	rowFactor
	rowReused
	rowRealName
	rowNote
	editRowCount
)

func (m *Model) editKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys()
	switch {
	case key.Matches(msg, k.Up):
		m.editRow = (m.editRow + editRowCount - 1) % editRowCount
	case key.Matches(msg, k.Down):
		m.editRow = (m.editRow + 1) % editRowCount
	case key.Matches(msg, k.Done):
		m.mode = modeList
	case m.editRow == rowNote && key.Matches(msg, k.EditNote, k.Toggle):
		m.mode = modeNote
		m.note.SetValue(m.draft.Note)
		m.note.CursorEnd()
		m.note.Placeholder = m.c.T("inventory_ui.note.placeholder")
		return m.note.Focus()
	case key.Matches(msg, k.Toggle, k.EditNote):
		switch {
		case m.editRow < len(checks.AllDataKinds):
			m.draft.toggle(checks.AllDataKinds[m.editRow])
		case m.editRow == rowDormant:
			m.draft.Dormant = !m.draft.Dormant
		case m.editRow == rowFactor:
			m.draft.SecondFactor = nextFactor(m.draft.SecondFactor)
		case m.editRow == rowReused:
			m.draft.Reused = !m.draft.Reused
		case m.editRow == rowRealName:
			m.draft.RealNameVerified = !m.draft.RealNameVerified
		}
		return m.saveDraft()
	}
	return nil
}

// saveDraft writes every change at once, so leaving (or a crash) loses
// nothing.
func (m *Model) saveDraft() tea.Cmd {
	a := m.draft
	return m.write(func(ctx context.Context, s Store) (string, error) { return a.ID, s.UpdateAccount(ctx, a) }, "")
}

func (m *Model) noteKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys()
	switch {
	case key.Matches(msg, k.SaveNote):
		m.mode = modeEdit
		m.note.Blur()
		m.draft.Note = common.Clean(m.note.Value(), MaxNoteRunes)
		a := m.draft
		return m.write(func(ctx context.Context, s Store) (string, error) { return a.ID, s.UpdateAccount(ctx, a) }, "inventory_ui.note.saved")
	case key.Matches(msg, k.Cancel):
		m.mode = modeEdit
		m.note.Blur()
		return nil
	}
	var cmd tea.Cmd
	m.note, cmd = m.note.Update(msg)
	return cmd
}
