package lessons

import (
	"regexp"
	"strings"
)

// PlainWidth is the column PlainText wraps at: a classic terminal, and a
// comfortable line for a screen reader's review cursor.
const PlainWidth = 80

var (
	headingRE  = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	listRE     = regexp.MustCompile(`^(\s*)([-*+]|\d{1,3}[.)])\s+(.*)$`)
	ruleRE     = regexp.MustCompile(`^\s*([-*_])(\s*[-*_]){2,}\s*$`)
	tableSepRE = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	strongRE   = regexp.MustCompile(`(\*\*|__)(.+?)(\*\*|__)`)
	emStarRE   = regexp.MustCompile(`\*([^*\s](?:[^*]*[^*\s])?)\*`)
	emUnderRE  = regexp.MustCompile(`(^|[^\pL\pN_])_([^_\s](?:[^_]*[^_\s])?)_([^\pL\pN_]|$)`)
	htmlRE     = regexp.MustCompile(`<!--.*?-->|</?[a-zA-Z][^<>]*>`)
)

// PlainText turns lesson Markdown into text for a pipe, a plain terminal or
// a screen reader: headings, paragraphs and list items as wrapped lines
// (PlainWidth columns, breaking Chinese between characters), links as their
// text, tables as one line per row, and no markup characters left to be
// read aloud.
func PlainText(markdown string) string {
	p := &plainWriter{}
	lines, _ := splitLines([]byte(markdown))
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			p.flush()
			fence := trimmed[:3]
			var code []string
			for i++; i < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[i]), fence); i++ {
				code = append(code, "    "+strings.TrimRight(lines[i], " \t"))
			}
			p.put(code, false)
		case trimmed == "":
			p.flush()
		case headingRE.MatchString(trimmed):
			p.flush()
			p.put(wrap(inline(headingRE.FindStringSubmatch(trimmed)[2]), PlainWidth, "", ""), false)
		case ruleRE.MatchString(trimmed):
			p.flush()
		case strings.HasPrefix(trimmed, "|"):
			p.flush()
			var rows []string
			for ; i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "|"); i++ {
				rows = append(rows, strings.TrimSpace(lines[i]))
			}
			i--
			p.table(rows)
		case listRE.MatchString(line):
			p.flush()
			m := listRE.FindStringSubmatch(line)
			indent := strings.Repeat("  ", len(strings.ReplaceAll(m[1], "\t", "    "))/2)
			marker := m[2]
			if marker == "*" || marker == "+" {
				marker = "-"
			}
			p.start(m[3], indent+marker+" ", indent+strings.Repeat(" ", len(marker)+1))
		case strings.HasPrefix(trimmed, ">"):
			if p.text == nil || p.first != "  " || p.rest != "  " {
				p.flush()
				p.start("", "  ", "  ")
			}
			p.add(strings.TrimPrefix(trimmed, ">"))
		default:
			if p.text == nil {
				p.start("", "", "")
			}
			p.add(trimmed)
		}
	}
	p.flush()
	return strings.TrimRight(strings.Join(p.out, "\n"), "\n ")
}

// plainWriter collects output lines and the paragraph being read.
type plainWriter struct {
	out         []string
	lastItem    bool     // the last block put was a list item
	text        []string // lines of the open paragraph, nil when none
	first, rest string   // its prefixes
}

func (p *plainWriter) start(text, first, rest string) {
	p.text = []string{}
	p.first, p.rest = first, rest
	p.add(text)
}

func (p *plainWriter) add(s string) {
	if s = strings.TrimSpace(s); s != "" {
		p.text = append(p.text, s)
	}
}

// flush wraps the open paragraph and puts it out.
func (p *plainWriter) flush() {
	if p.text == nil {
		return
	}
	isItem := p.first != p.rest
	p.put(wrap(inline(joinWrapped(p.text)), PlainWidth, p.first, p.rest), isItem)
	p.text = nil
	p.first, p.rest = "", ""
}

// put adds a block with a blank line before it, except between the items
// of one list, which read as a single block.
func (p *plainWriter) put(lines []string, isItem bool) {
	if n := len(p.out); n > 0 && !(isItem && p.lastItem) {
		p.out = append(p.out, "")
	}
	p.out = append(p.out, lines...)
	p.lastItem = isItem
}

// table writes each row as a list item: the first cell, then the others
// labelled with their column's header, which a listener can follow where
// aligned columns would be read as a jumble.
func (p *plainWriter) table(rows []string) {
	var header []string
	if len(rows) > 1 && tableSepRE.MatchString(rows[1]) {
		header = cells(rows[0])
		rows = rows[2:]
	}
	p.lastItem = false // a table never continues the list above it
	for _, row := range rows {
		if tableSepRE.MatchString(row) {
			continue
		}
		c := cells(row)
		if len(c) == 0 {
			continue
		}
		var parts []string
		for j, cell := range c[1:] {
			if cell == "" || cell == "—" || cell == "-" {
				continue
			}
			if j+1 < len(header) && header[j+1] != "" {
				cell = header[j+1] + ": " + cell
			}
			parts = append(parts, cell)
		}
		text := c[0]
		if len(parts) > 0 {
			text += " — " + strings.Join(parts, "; ")
		}
		p.put(wrap(inline(text), PlainWidth, "- ", "  "), true)
	}
	p.lastItem = false
}

func cells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimPrefix(row, "|")
	row = strings.TrimSuffix(row, "|")
	parts := strings.Split(row, "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// escaped hides backslash-escaped characters from the emphasis patterns;
// the private-use code points never occur in lesson text.
var (
	hide   = strings.NewReplacer(`\*`, "\ue001", `\_`, "\ue002", `\[`, "\ue003", `\]`, "\ue004", `\#`, "#", `\|`, "|", "`", "")
	unhide = strings.NewReplacer("\ue001", "*", "\ue002", "_", "\ue003", "[", "\ue004", "]")
)

// inline removes inline markup, leaving what a reader should see.
func inline(s string) string {
	s = hide.Replace(s)
	s = htmlRE.ReplaceAllString(s, "")
	s = linkRE.ReplaceAllString(s, "$1")
	s = strongRE.ReplaceAllString(s, "$2")
	s = emStarRE.ReplaceAllString(s, "$1")
	s = emUnderRE.ReplaceAllString(s, "$1$2$3")
	return unhide.Replace(s)
}
