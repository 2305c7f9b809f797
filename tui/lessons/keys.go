package lessons

import (
	"charm.land/bubbles/v2/key"

	"github.com/footprint-audit/footprint/tui/common"
)

type keyMap struct {
	common.Nav
	Read, Quiz, Review, Terms, Glossary, MarkRead, Scroll, PageDown, PageUp key.Binding
	Choose, Toggle, Confirm, Stop, Continue, Retake, Back                   key.Binding
	short                                                                   []key.Binding
}

func (k keyMap) ShortHelp() []key.Binding  { return k.short }
func (k keyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.short} }

func (m *Model) keys() keyMap {
	t := m.c.T
	k := keyMap{
		Nav:      common.NewNav(m.c),
		Read:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t("lessons.key.read"))),
		Quiz:     key.NewBinding(key.WithKeys("t"), key.WithHelp("t", t("lessons.key.quiz"))),
		Review:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", t("lessons.key.review"))),
		Terms:    key.NewBinding(key.WithKeys("g"), key.WithHelp("g", t("lessons.key.terms"))),
		Glossary: key.NewBinding(key.WithKeys("G"), key.WithHelp("G", t("lessons.key.glossary"))),
		MarkRead: key.NewBinding(key.WithKeys("m"), key.WithHelp("m", t("lessons.key.mark_read"))),
		Scroll:   key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑↓", t("lessons.key.scroll"))),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space", "f")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b")),
		Choose:   key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓", t("lessons.key.choose"))),
		Toggle:   key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", t("lessons.key.toggle"))),
		Confirm:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t("lessons.key.confirm"))),
		Stop:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t("lessons.key.stop"))),
		Continue: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t("lessons.key.continue"))),
		Retake:   key.NewBinding(key.WithKeys("t"), key.WithHelp("t", t("lessons.key.retake"))),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t("lessons.key.back"))),
	}
	switch m.mode {
	case modeList:
		k.short = []key.Binding{k.Up, k.Down, k.Read, k.Quiz, k.Review, k.Glossary}
	case modeReader:
		k.short = []key.Binding{k.Scroll, k.Terms, k.Glossary, k.Quiz, k.MarkRead, k.Back}
	case modeGlossary:
		k.short = []key.Binding{k.Scroll, k.Back}
	case modeQuiz:
		k.short = m.quiz.keys(k)
	}
	return k
}
