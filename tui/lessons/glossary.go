package lessons

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	content "github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/tui/common"
)

// glossary shows the terms one lesson uses, or all of them, over the part
// of the screen it was opened from.
type glossary struct {
	vp       pager
	lib      *content.Library
	lessonID string // "" for every term
	back     mode
	title    string
	w, h     int
}

func newGlossary() glossary {
	vp := newPager()
	return glossary{vp: vp}
}

func (g *glossary) open(c *common.Common, lib *content.Library, lessonID string, back mode, w, h int) {
	g.lib, g.lessonID, g.back = lib, lessonID, back
	g.resize(c, w, h)
	g.vp.GotoTop()
}

func (g *glossary) resize(c *common.Common, w, h int) {
	g.w, g.h = w, h
	g.vp.SetWidth(w)
	g.vp.SetHeight(max(1, h-2))
	g.refresh(c, g.lib)
}

// refresh rebuilds the text for the current language, styles and width.
func (g *glossary) refresh(c *common.Common, lib *content.Library) {
	if lib == nil {
		return
	}
	g.lib = lib
	st, lang := c.Styles, string(c.Lang)
	var terms []content.Term
	if g.lessonID == "" {
		g.title = c.T("lessons.glossary.all")
		terms = lib.Glossary(lang)
	} else {
		les, _ := lib.Lesson(g.lessonID)
		t := les.Text[lang]
		g.title = c.T("lessons.glossary.lesson", t.Title)
		for _, id := range t.Terms {
			if term, ok := lib.Term(lang, id); ok {
				terms = append(terms, term)
			}
		}
	}
	if len(terms) == 0 {
		g.vp.SetContent(st.Empty.Render(common.Wrap(c.T("lessons.glossary.none"), g.w)))
		return
	}
	var b strings.Builder
	for i, t := range terms {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(st.Heading.Render(common.Wrap(t.Term+content.GlossaryMark, g.w)) + "\n")
		b.WriteString(indent(common.Wrap(t.Definition, max(10, g.w-2)), "  "))
	}
	g.vp.SetContent(b.String())
}

func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

func (g glossary) view(c *common.Common, w, _ int) string {
	st := c.Styles
	pct := int(g.vp.ScrollPercent()*100 + 0.5)
	foot := st.Muted.Render(common.Fit(strconv.Itoa(pct)+"%", w, 1))
	return st.Title.Render(common.Fit(g.title, w, 1)) + "\n" + g.vp.View() + "\n" + foot
}

func (m *Model) updateGlossary(msg tea.Msg) tea.Cmd {
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		k := m.keys()
		switch {
		case key.Matches(kp, k.Back):
			m.mode = m.gloss.back
			return nil
		case key.Matches(kp, k.Glossary) && m.gloss.lessonID != "":
			m.gloss.open(m.c, m.lib, "", m.gloss.back, m.width, m.height)
			return nil
		}
	}
	return m.gloss.vp.Update(msg)
}
