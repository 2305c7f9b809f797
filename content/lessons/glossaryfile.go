package lessons

import "strings"

// termAt is a glossary term with where it was defined, for duplicate and
// cross-language messages.
type termAt struct {
	Term
	path string
	line int
}

// parseGlossary reads "## id: Term" headings, each followed by its
// definition. A "# " title at the top is allowed and ignored, so an editor
// can name the file.
func parseGlossary(path string, lines []string, errs *errList) []termAt {
	var out []termAt
	var def []string
	skipping := false // after a broken heading, until the next one
	flush := func() {
		if len(out) == 0 {
			return
		}
		last := &out[len(out)-1]
		last.Definition = joinWrapped(def)
		if last.Definition == "" {
			errs.add(path, last.line, "glossary term %q has no definition", last.ID)
		}
		def = nil
	}
	for i, raw := range lines {
		n := i + 1
		line := strings.TrimSpace(raw)
		switch {
		case strings.HasPrefix(line, "## "):
			flush()
			skipping = false
			id, term, found := strings.Cut(strings.TrimSpace(line[3:]), ":")
			id, term = strings.TrimSpace(id), strings.TrimSpace(term)
			if !found || !isIdent(id) {
				errs.add(path, n, "glossary heading must be \"## id: Term\" with a lower-case id")
				skipping = true
				continue
			}
			if term == "" {
				errs.add(path, n, "glossary term %q has no name after the colon", id)
			}
			out = append(out, termAt{Term: Term{ID: id, Term: term}, path: path, line: n})
		case strings.HasPrefix(line, "# ") && len(out) == 0:
		case line == "" || skipping:
		default:
			if len(out) == 0 {
				errs.add(path, n, "text before the first \"## id: Term\" heading")
				continue
			}
			def = append(def, line)
		}
	}
	flush()
	return out
}
