package inventory

import (
	"strings"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/checks/risk"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
	"github.com/footprint-audit/footprint/tui/common"
)

func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if !m.loaded {
		return m.c.Styles.Muted.Render(m.c.T("app.loading"))
	}
	var lines []string
	var focus int
	switch m.mode {
	case modeSearch:
		lines, focus = m.searchView()
	case modeChecklist:
		lines, focus = m.checklistView()
	case modeEdit, modeNote:
		lines, focus = m.editView()
	default:
		lines, focus = m.listView()
	}
	return common.Fit(strings.Join(common.Window(lines, focus, m.height), "\n"), m.width, m.height)
}

// nameWidth is the widest of names, capped so the rest of a row still shows.
func (m *Model) nameWidth(names []string) int {
	w := 0
	for _, n := range names {
		w = max(w, common.Width(n))
	}
	return min(w, max(8, m.width/3))
}

// cell cuts or pads s to exactly w display cells.
func cell(s string, w int) string { return common.PadRight(common.Fit(s, w, 1), w) }

func (m *Model) row(selected bool, text string) string {
	st := m.c.Styles
	if selected {
		return st.Cursor.Render("› ") + st.Selected.Render(text)
	}
	return "  " + text
}

// listNames returns the display names and the name column's width,
// worked out once per load and language rather than on every frame.
func (m *Model) listNames() ([]string, int) {
	if m.names == nil || m.namesLang != m.c.Lang {
		m.names = make([]string, len(m.accounts))
		for i, a := range m.accounts {
			m.names[i] = a.DisplayName(m.c.Lang)
		}
		m.namesLang = m.c.Lang
		m.namesW = 0
		for _, n := range m.names {
			m.namesW = max(m.namesW, common.Width(n))
		}
	}
	return m.names, m.namesW
}

// listView draws only the rows in the window, so a long inventory costs
// no more per frame than a short one.
func (m *Model) listView() ([]string, int) {
	st := m.c.Styles
	lines := []string{st.Title.Render(m.c.T("inventory_ui.heading", len(m.accounts)))}
	if len(m.accounts) == 0 {
		lines = append(lines, strings.Split(st.Empty.Render(common.Wrap(m.c.T("inventory_ui.empty"), m.width)), "\n")...)
		return lines, 0
	}
	names, widest := m.listNames()
	nw := min(widest, max(8, m.width/3))
	var hint string
	if m.deletedName != "" {
		hint = st.Muted.Render(m.c.T("inventory_ui.undo_hint", m.deletedName))
	}
	avail := max(1, m.height-1)
	if hint != "" {
		avail = max(1, avail-1)
	}
	start := 0
	if m.cursor >= avail {
		start = m.cursor - avail + 1
	}
	focus := 0
	for i := start; i < len(m.accounts) && i < start+avail; i++ {
		if i == m.cursor {
			focus = len(lines)
		}
		lines = append(lines, m.row(i == m.cursor, cell(names[i], nw))+"  "+m.summary(m.accounts[i]))
	}
	if hint != "" {
		lines = append(lines, hint)
	}
	return lines, focus
}

// fragments are the styled words a row summary is built from, rendered
// once per language and style set: styling each row's words anew was most
// of a frame's cost with a long inventory.
type fragments struct {
	lang            i18n.Lang
	styles          *common.Styles
	sep             string
	factor          map[string]string
	pw              map[string]string
	reused, dormant string
}

func (m *Model) fragments() *fragments {
	st := m.c.Styles
	if f := m.frags; f != nil && f.lang == m.c.Lang && f.styles == st {
		return f
	}
	f := &fragments{lang: m.c.Lang, styles: st, sep: st.Muted.Render(" · "),
		factor: map[string]string{}, pw: map[string]string{}}
	for _, fc := range factorCycle {
		f.factor[string(fc)] = m.c.T("inventory_ui.factor_short." + string(fc))
	}
	for _, v := range []risk.Verdict{{}, {Checked: true, Score: 0}, {Checked: true, Score: 2}, {Checked: true, Score: 4}} {
		k := verdictKey(v)
		text := m.c.T(k)
		if v.Checked && v.Score <= 2 {
			text = st.Warn.Render(text)
		}
		f.pw[k] = text
	}
	f.reused = st.Warn.Render(m.c.T("inventory_ui.reused_short"))
	f.dormant = st.Warn.Render(m.c.T("inventory_ui.dormant_short"))
	m.frags = f
	return f
}

// summary is an account's row in words: kinds held, then what needs care.
func (m *Model) summary(a Account) string {
	f := m.fragments()
	var b strings.Builder
	b.WriteString(m.c.T("inventory_ui.kinds_count", len(a.Holds), a.SensitiveCount()))
	b.WriteString(f.sep + f.factor[orUnknown(a.SecondFactor)])
	b.WriteString(f.sep + f.pw[verdictKey(a.Verdict)])
	if a.Reused {
		b.WriteString(f.sep + f.reused)
	}
	if a.Dormant {
		b.WriteString(f.sep + f.dormant)
	}
	return b.String()
}

func (m *Model) searchView() ([]string, int) {
	st := m.c.Styles
	lines := []string{st.Title.Render(m.c.T("inventory_ui.search.title")), m.input.View()}
	q := strings.TrimSpace(m.input.Value())
	if q == "" {
		lines = append(lines, strings.Split(st.Muted.Render(common.Wrap(m.c.T("inventory_ui.search.hint"), m.width)), "\n")...)
		return lines, 1
	}
	if len(m.results) == 0 {
		lines = append(lines, st.Empty.Render(m.c.T("catalog.search.none", common.Clean(q, MaxNameRunes))),
			st.Accent.Render(m.c.T("inventory_ui.search.custom", common.Clean(q, MaxNameRunes))))
		return lines, 1
	}
	names := make([]string, len(m.results))
	for i, e := range m.results {
		names[i] = m.name(e)
	}
	nw := m.nameWidth(names)
	focus := 1
	for i, e := range m.results {
		if i == m.cursor {
			focus = len(lines)
		}
		extra := m.otherName(e)
		if m.has(e.ID) {
			extra = m.c.T("inventory_ui.added_mark")
		}
		lines = append(lines, m.row(i == m.cursor, cell(names[i], nw))+"  "+
			st.Muted.Render(m.c.T("catalog.category."+e.Category)+"  "+extra))
	}
	lines = append(lines, st.Muted.Render(m.c.T("inventory_ui.search.custom_hint")))
	return lines, focus
}

// otherName is the entry's name in the other language, when it differs.
func (m *Model) otherName(e catalog.Entry) string {
	other := e.NameZh
	if m.name(e) == e.NameZh {
		other = e.Name
	}
	if other == m.name(e) {
		return ""
	}
	return other
}

func (m *Model) checklistView() ([]string, int) {
	st := m.c.Styles
	n := 0
	for _, v := range m.ticked {
		if v {
			n++
		}
	}
	lines := []string{st.Title.Render(m.c.T("inventory_ui.checklist.title", n))}
	lines = append(lines, strings.Split(st.Muted.Render(common.Wrap(m.c.T("inventory_ui.checklist.hint"), m.width)), "\n")...)
	focus := 0
	for i, e := range m.popular {
		box := "[ ] "
		switch {
		case m.has(e.ID):
			box = "[✓] "
		case m.ticked[e.ID]:
			box = "[x] "
		}
		text := box + m.name(e)
		if other := m.otherName(e); other != "" {
			text += st.Muted.Render("  " + other)
		}
		if m.has(e.ID) {
			text += st.Muted.Render("  " + m.c.T("inventory_ui.added_mark"))
		}
		if i == m.cursor {
			focus = len(lines)
		}
		lines = append(lines, m.row(i == m.cursor, text))
	}
	return lines, focus
}

func (m *Model) editView() ([]string, int) {
	st, a := m.c.Styles, m.draft
	entry, inCatalog := catalog.ByID(a.CatalogID)
	head := a.DisplayName(m.c.Lang)
	if a.Category != "" {
		head += st.Muted.Render(" · " + m.c.T("catalog.category."+a.Category))
	} else {
		head += st.Muted.Render(" · " + m.c.T("inventory_ui.custom.label"))
	}
	lines := []string{st.Title.Render(head)}
	pw := m.c.T(verdictKey(a.Verdict))
	if !a.Verdict.Checked {
		pw += st.Muted.Render(" — " + m.c.T("inventory_ui.pw.how"))
	}
	lines = append(lines, pw)
	if inCatalog {
		for _, l := range m.catalogFacts(entry) {
			lines = append(lines, strings.Split(st.Muted.Render(common.Wrap(l, m.width)), "\n")...)
		}
	}
	holdsHead := m.c.T("inventory_ui.holds_heading")
	if inCatalog && entry.IsUnverified("holds") {
		holdsHead += st.Warn.Render(" (" + m.c.T("inventory_ui.catalog_unverified") + ")")
	}
	lines = append(lines, st.Heading.Render(holdsHead))

	labels := make([]string, 0, editRowCount)
	for _, k := range checks.AllDataKinds {
		labels = append(labels, m.kindLabel(k))
	}
	for _, f := range []string{"dormant", "factor", "reused", "real_name", "note"} {
		labels = append(labels, m.c.T("inventory_ui.field."+f))
	}
	lw := 0
	for _, l := range labels[len(checks.AllDataKinds):] {
		lw = max(lw, common.Width(l))
	}
	focus := 0
	for i := 0; i < editRowCount; i++ {
		var text string
		switch {
		case i < len(checks.AllDataKinds):
			text = checkbox(a.HoldsKind(checks.AllDataKinds[i])) + labels[i]
		case i == rowDormant:
			text = common.PadRight(labels[i], lw) + "  " + checkbox(a.Dormant)
		case i == rowFactor:
			text = common.PadRight(labels[i], lw) + "  " + m.c.T("inventory_ui.factor."+string(orUnknown(a.SecondFactor)))
		case i == rowReused:
			text = common.PadRight(labels[i], lw) + "  " + checkbox(a.Reused)
		case i == rowRealName:
			text = common.PadRight(labels[i], lw) + "  " + checkbox(a.RealNameVerified)
		case i == rowNote:
			v := a.Note
			if m.mode == modeNote {
				v = m.note.View()
			} else if v == "" {
				v = st.Empty.Render(m.c.T("inventory_ui.note.empty"))
			}
			text = common.PadRight(labels[i], lw) + "  " + v
		}
		if i == rowDormant {
			lines = append(lines, st.Heading.Render(m.c.T("inventory_ui.facts_heading")))
		}
		if i == m.editRow {
			focus = len(lines)
		}
		lines = append(lines, m.row(i == m.editRow, text))
	}
	return lines, focus
}

func checkbox(on bool) string {
	if on {
		return "[x] "
	}
	return "[ ] "
}

// kindLabel names a data kind, marking the sensitive ones with "!" so the
// mark survives without colour.
func (m *Model) kindLabel(k checks.DataKind) string {
	l := m.c.T("inventory_ui.kind." + string(k))
	if k.Sensitive() {
		l += " " + m.c.Styles.Warn.Render("! "+m.c.T("inventory_ui.sensitive"))
	}
	return l
}

func orUnknown(f risk.SecondFactor) string {
	if string(f) == "" {
		return "unknown"
	}
	return string(f)
}

// catalogFacts states what the catalogue knows, saying "unverified" or
// "unknown" where it does not know for sure.
func (m *Model) catalogFacts(e catalog.Entry) []string {
	t := m.c.T
	mark := func(fact, text string) string {
		if e.IsUnverified(fact) {
			return text + " (" + t("catalog.unverified") + ")"
		}
		if e.Estimated(fact) {
			return text + " (" + t("catalog.estimate") + ")"
		}
		return text
	}
	var factors []string
	for _, f := range e.SecondFactors {
		factors = append(factors, t("catalog.factor."+f))
	}
	sep, colon := t("inventory_ui.list_sep"), t("inventory_ui.label_sep")
	return []string{
		t("catalog.field.real_name_required") + colon + mark("real_name_required", t("catalog.answer."+e.RealNameRequired)),
		t("catalog.field.second_factors") + colon + mark("second_factors", strings.Join(factors, sep)),
		t("catalog.field.sms_recovery") + colon + mark("sms_recovery", t("catalog.answer."+e.SMSRecovery)),
		t("catalog.field.deletion") + colon + mark("deletion.difficulty", t("catalog.difficulty."+e.Deletion.Difficulty)) +
			deletionURL(e.Deletion.URL),
	}
}

func deletionURL(u string) string {
	if u == "" {
		return ""
	}
	return " — " + u
}
