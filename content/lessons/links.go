package lessons

import (
	"regexp"
	"strings"

	"github.com/footprint-audit/footprint/content/i18n"
)

// GlossaryMark follows a glossary term in a displayed lesson. A dagger is
// the printed convention for "see the note", it survives NO_COLOR and plain
// text, and it is in every terminal font, Chinese ones included.
const GlossaryMark = "†"

// linkRE matches a Markdown link or image. Targets never hold spaces or
// brackets in our content, which keeps the pattern simple.
var linkRE = regexp.MustCompile(`!?\[([^\[\]]*)\]\(([^()\s]*)\)`)

// link is one link found in a lesson body.
type link struct {
	text, kind, target string
	line               int
}

// findLinks lists the links in a body, with the line each is on.
func findLinks(bodyLines []string, firstLine int) []link {
	var out []link
	for i, line := range bodyLines {
		for _, m := range linkRE.FindAllStringSubmatch(line, -1) {
			kind, target, found := strings.Cut(m[2], ":")
			if !found {
				kind, target = "", m[2]
			}
			out = append(out, link{text: m[1], kind: kind, target: target, line: firstLine + i})
		}
	}
	return out
}

// checkLinks reports links that point nowhere: an unknown lesson or
// glossary id, or a kind of link the app cannot follow.
func checkLinks(f *lessonFile, lessonIDs map[string]bool, terms map[string]termAt, errs *errList) {
	for _, l := range findLinks(f.bodyLines, f.bodyLine) {
		switch l.kind {
		case "glossary":
			if _, ok := terms[l.target]; !ok {
				errs.add(f.path, l.line, "glossary term %q does not exist in %s (see the glossary*.md files)", l.target, f.lang)
			}
		case "lesson":
			if !lessonIDs[l.target] {
				errs.add(f.path, l.line, "linked lesson %q does not exist", l.target)
			}
		case "http", "https", "mailto":
		default:
			errs.add(f.path, l.line, "link %q is neither glossary:id, lesson:id nor a web address", l.kind+":"+l.target)
		}
		if strings.TrimSpace(l.text) == "" {
			errs.add(f.path, l.line, "link to %q has no text", l.kind+":"+l.target)
		}
	}
}

// rewriteLinks turns the app's own links into text a reader can follow on a
// terminal: a glossary link becomes the emphasised term with GlossaryMark
// after it, a lesson link becomes its text plus "(see lesson N)". Web links
// are left to the renderer.
func rewriteLinks(body, lang string, orderOf map[string]int) (string, []string) {
	var terms []string
	seen := map[string]bool{}
	out := linkRE.ReplaceAllStringFunc(body, func(m string) string {
		sub := linkRE.FindStringSubmatch(m)
		text, target := sub[1], sub[2]
		switch {
		case strings.HasPrefix(target, "glossary:"):
			id := strings.TrimPrefix(target, "glossary:")
			if !seen[id] {
				seen[id] = true
				terms = append(terms, id)
			}
			return "*" + text + "*" + GlossaryMark
		case strings.HasPrefix(target, "lesson:"):
			n := orderOf[strings.TrimPrefix(target, "lesson:")]
			return text + i18n.T(i18n.Lang(lang), "lessoncontent.see_lesson", n)
		}
		return m
	})
	return out, terms
}
