package password

import (
	"fmt"
	"strings"

	"github.com/footprint-audit/footprint/checks/breach"
	pw "github.com/footprint-audit/footprint/checks/password"
	"github.com/footprint-audit/footprint/report"
	"github.com/footprint-audit/footprint/tui/common"
)

// View draws the title and the input on top, then the part of the details
// the user scrolled to.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.c.Styles
	head := []string{st.Title.Render(m.c.T("password.ui.title"))}
	var body []string
	switch m.mode {
	case modeAuditPath, modeAuditReport:
		head[0] = st.Title.Render(m.c.T("password.ui.audit.title"))
		body = m.auditLines()
	case modeHIBPPath:
		body = m.hibpLines()
	default:
		head = append(head, m.inputLine())
		body = m.detailLines()
	}
	rows := flatten(head, m.width)
	rest := flatten(body, m.width)
	room := m.height - len(rows)
	if room <= 0 {
		return common.Fit(strings.Join(rows, "\n"), m.width, m.height)
	}
	// Clamped here, where the height of the details is known, so that
	// extra presses of ↓ at the bottom are not owed back by ↑.
	m.scroll = min(m.scroll, max(0, len(rest)-room))
	end := min(len(rest), m.scroll+room)
	rows = append(rows, rest[m.scroll:end]...)
	return common.Fit(strings.Join(rows, "\n"), m.width, m.height)
}

// bullets start list entries; a wrapped entry hangs under its text.
var bullets = []string{"  · ", "→ "}

// flatten wraps every entry to width and splits it into rows.
func flatten(lines []string, width int) []string {
	var out []string
	for _, l := range lines {
		out = append(out, wrapHanging(l, width)...)
	}
	return out
}

func wrapHanging(l string, width int) []string {
	for _, b := range bullets {
		indent := common.Width(b)
		if !strings.HasPrefix(l, b) || width <= indent+8 {
			continue
		}
		rows := strings.Split(common.Wrap(strings.TrimPrefix(l, b), width-indent), "\n")
		for i := range rows {
			if i == 0 {
				rows[i] = b + rows[i]
			} else {
				rows[i] = strings.Repeat(" ", indent) + rows[i]
			}
		}
		return rows
	}
	return strings.Split(common.Wrap(l, width), "\n")
}

func (m *Model) inputLine() string {
	st := m.c.Styles
	if m.input.Value() == "" && m.mode != modeTyping {
		return st.Empty.Render(m.c.T("password.ui.start"))
	}
	return m.input.View()
}

func (m *Model) detailLines() []string {
	st, t := m.c.Styles, m.c.T
	switch m.mode {
	case modeConfirmPieces:
		return []string{"", st.Warn.Render(t("password.ui.pieces.confirm"))}
	case modeConfirmOnline:
		prefix := breach.PrefixToSend(breach.Hash(m.value))
		return []string{"", st.Heading.Render(t("password.ui.online.heading")),
			t("breach.online.what_is_sent", prefix), t("password.ui.online.request"),
			st.Warn.Render(t("password.ui.online.confirm"))}
	case modeAttach:
		return m.attachLines()
	}
	var out []string
	if m.mode == modeTyping {
		out = append(out, st.Muted.Render(t("password.ui.typing_hint")))
	}
	if m.cut {
		out = append(out, st.Warn.Render(t("password.ui.paste_cut", MaxPasswordRunes)))
	}
	if m.value == "" {
		out = append(out, "", "→ "+t("password.ui.intro.audit"), "→ "+t("password.ui.intro.hibp"))
		if p := m.hibpPath(); p != "" {
			out = append(out, st.Muted.Render(t("password.ui.intro.hibp_set", p)))
		}
		return append(out, "", st.Muted.Render(t("password.ui.never_stored")))
	}
	r := m.current()
	if r == nil {
		return append(out, st.Muted.Render(t("password.ui.scoring")))
	}
	out = append(out, m.scoreLine(r), t("password.ui.guesses", r.GuessesLog10))
	if r.Capped {
		out = append(out, st.Warn.Render(t("password.ui.capped", r.ScoredRunes)))
	}
	out = append(out, m.reuseAndBreach()...)
	out = append(out, st.Heading.Render(t("password.ui.crack_heading")))
	out = append(out, m.crackLines(r)...)
	if r.Warning.Key != "" {
		out = append(out, st.Warn.Render(t("password.ui.warning", t(r.Warning.Key, r.Warning.Args...))))
	}
	for _, s := range r.Suggestions {
		out = append(out, "→ "+t(s.Key, s.Args...))
	}
	out = append(out, m.patternLines(r)...)
	out = append(out, "", st.Muted.Render(t("password.ui.never_stored")))
	return out
}

func (m *Model) scoreLine(r *pw.Result) string {
	st := m.c.Styles
	style := st.Bad
	switch {
	case r.Score >= 3:
		style = st.Good
	case r.Score == 2:
		style = st.Warn
	}
	return style.Render(Meter(r.Score)) + " " + st.Heading.Render(ScoreWord(m.c.Lang, r.Score)) +
		st.Muted.Render(" "+m.c.T("password.ui.score_of", r.Score))
}

func (m *Model) crackLines(r *pw.Result) []string {
	t := m.c.T
	rows := []struct {
		key  string
		secs float64
	}{
		{"password.ui.crack.online_throttled", r.CrackTimes.OnlineThrottled},
		{"password.ui.crack.online", r.CrackTimes.Online},
		{"password.ui.crack.offline_slow", r.CrackTimes.OfflineSlow},
		{"password.ui.crack.offline_fast", r.CrackTimes.OfflineFast},
	}
	w := 0
	for _, x := range rows {
		w = max(w, common.Width(t(x.key)))
	}
	out := make([]string, 0, len(rows))
	for _, x := range rows {
		out = append(out, "  "+m.c.Styles.Label.Render(common.PadRight(t(x.key), w))+"  "+TimeWords(m.c.Lang, x.secs))
	}
	return out
}

func (m *Model) reuseAndBreach() []string {
	st, t := m.c.Styles, m.c.T
	var out []string
	if m.reuse != "" {
		out = append(out, st.Warn.Render(t("password.ui.reused", m.reuse)))
	}
	b := m.breach
	switch {
	case b.busy && b.online:
		out = append(out, st.Muted.Render(t("password.ui.breach.asking")))
	case b.busy:
		out = append(out, st.Muted.Render(t("password.ui.breach.checking")))
	case b.err != "":
		out = append(out, st.Error.Render(b.err))
	case b.checked && b.count > 0:
		out = append(out, st.Bad.Render(t("password.ui.breach.seen", b.count)))
	case b.checked:
		out = append(out, st.Good.Render(t("password.ui.breach.not_seen")))
	case m.hibpPath() == "":
		out = append(out, st.Muted.Render(t("password.ui.breach.none")))
	}
	return out
}

// patternLines describe each piece; its characters appear only after the
// user agreed that the screen may be seen.
func (m *Model) patternLines(r *pw.Result) []string {
	st, t := m.c.Styles, m.c.T
	if len(r.Patterns) == 0 {
		return nil
	}
	out := []string{st.Heading.Render(t("password.ui.patterns_heading"))}
	var runes []rune
	if m.pieces {
		out = append(out, st.Warn.Render(t("password.ui.pieces.shown")))
		runes = []rune(m.value)
	}
	for _, p := range r.Patterns {
		line := "  · " + Describe(m.c.Lang, p)
		if m.pieces && p.Start >= 0 && p.End <= len(runes) && p.Start < p.End {
			line = fmt.Sprintf("  · %q — %s", string(runes[p.Start:p.End]), Describe(m.c.Lang, p))
		}
		out = append(out, line)
	}
	if !m.pieces {
		out = append(out, st.Muted.Render(t("password.ui.pieces.hint")))
	}
	return out
}

func (m *Model) attachLines() []string {
	st, t := m.c.Styles, m.c.T
	out := []string{"", st.Heading.Render(t("password.ui.attach.heading")), m.other.View()}
	ms := m.matches()
	if len(ms) > 0 {
		out = append(out, st.Muted.Render(t("password.ui.attach.pick")))
	}
	for i, a := range ms {
		label := a.ID
		if a.Name != "" && a.Name != a.ID {
			label = a.Name + " (" + a.ID + ")"
		}
		if i == m.accPick {
			out = append(out, st.Cursor.Render("› ")+st.Selected.Render(label))
		} else {
			out = append(out, "  "+label)
		}
	}
	if m.reuse != "" && m.reuse != m.target() {
		out = append(out, st.Warn.Render(t("password.ui.reused", m.reuse)))
	}
	out = append(out, st.Muted.Render(t("password.ui.attach.what")))
	return out
}

func (m *Model) hibpLines() []string {
	st, t := m.c.Styles, m.c.T
	out := []string{st.Heading.Render(t("password.ui.hibp.heading")), m.other.View(), st.Muted.Render(t("password.ui.hibp.explain"))}
	if m.flagHIBP != "" {
		out = append(out, st.Warn.Render(t("password.ui.hibp.flag", m.flagHIBP)))
	}
	return out
}

func (m *Model) auditLines() []string {
	st, t := m.c.Styles, m.c.T
	if m.mode == modeAuditPath {
		out := []string{m.other.View(), st.Muted.Render(t("password.ui.audit.explain"))}
		if m.hibpPath() != "" {
			out = append(out, st.Muted.Render(t("password.ui.audit.with_hibp")))
		}
		return out
	}
	switch {
	case m.auditing:
		return []string{st.Muted.Render(t("password.ui.audit.running"))}
	case m.auditErr != "":
		return []string{st.Error.Render(m.auditErr)}
	case m.report == nil:
		return nil
	}
	return append(report.PasswordAudit(m.c.Lang, *m.report), "", st.Muted.Render(t("password.ui.audit.nothing_kept")))
}
