package lessons

import (
	"strconv"
	"strings"
)

// lessonFile is one parsed NN-<id>.md file, before the languages are
// brought together.
type lessonFile struct {
	path      string
	lang      string
	nameID    string // the id the file name gives
	nameNum   int    // the NN the file name gives
	id        string
	order     int
	minutes   int
	related   []string
	title     string
	summary   string
	body      string
	bodyLines []string       // the body as written, for line numbers
	bodyLine  int            // line number of bodyLines[0]
	keyLine   map[string]int // where each front-matter key was set
}

var frontMatterKeys = []string{"id", "order", "title", "summary", "minutes", "related"}

// parseLesson reads the front matter and body of a lesson file. It reports
// every problem it finds and returns ok=false when the file is too broken to
// take part in the cross-checks.
func parseLesson(f *lessonFile, lines []string, errs *errList) bool {
	f.keyLine = map[string]int{}
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		errs.add(f.path, 1, "a lesson must start with a front-matter block opened by a line \"---\"")
		return false
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "---" {
			end = i
			break
		}
	}
	if end < 0 {
		errs.add(f.path, 1, "the front matter opened here is never closed by a line \"---\"")
		return false
	}
	values := map[string]string{}
	for i := 1; i < end; i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, found := strings.Cut(line, ":")
		key = strings.TrimSpace(key)
		if !found {
			errs.add(f.path, i+1, "front-matter line is not \"key: value\"")
			continue
		}
		if !knownKey(key) {
			errs.add(f.path, i+1, "unknown front-matter key %q (known: %s)", key, strings.Join(frontMatterKeys, ", "))
			continue
		}
		if prev, dup := f.keyLine[key]; dup {
			errs.add(f.path, i+1, "front-matter key %q is set twice (first on line %d)", key, prev)
			continue
		}
		f.keyLine[key] = i + 1
		values[key] = strings.TrimSpace(value)
	}
	ok := true
	for _, key := range frontMatterKeys {
		if _, set := f.keyLine[key]; !set && key != "related" {
			errs.add(f.path, 1, "front matter has no %q", key)
			ok = false
		}
	}
	f.id = values["id"]
	f.title = values["title"]
	f.summary = values["summary"]
	if f.keyLine["id"] > 0 && !isIdent(f.id) {
		errs.add(f.path, f.keyLine["id"], "id %q must be lower-case letters, digits and hyphens", f.id)
	}
	if f.keyLine["title"] > 0 && f.title == "" {
		errs.add(f.path, f.keyLine["title"], "title is empty")
	}
	if f.keyLine["summary"] > 0 && f.summary == "" {
		errs.add(f.path, f.keyLine["summary"], "summary is empty")
	}
	f.order = positiveInt(f, values, "order", errs)
	f.minutes = positiveInt(f, values, "minutes", errs)
	if v := values["related"]; v != "" {
		for _, r := range strings.Split(v, ",") {
			r = strings.TrimSpace(r)
			if r == "" {
				errs.add(f.path, f.keyLine["related"], "related has an empty entry (a stray comma?)")
				continue
			}
			f.related = append(f.related, r)
		}
	}
	f.bodyLine = end + 2
	f.bodyLines = lines[end+1:]
	f.body = strings.TrimSpace(strings.Join(lines[end+1:], "\n"))
	if f.body == "" {
		errs.add(f.path, end+1, "the lesson has no text after its front matter")
	}
	return ok
}

func knownKey(k string) bool {
	for _, known := range frontMatterKeys {
		if k == known {
			return true
		}
	}
	return false
}

func positiveInt(f *lessonFile, values map[string]string, key string, errs *errList) int {
	line := f.keyLine[key]
	if line == 0 {
		return 0
	}
	n, err := strconv.Atoi(values[key])
	if err != nil || n <= 0 {
		errs.add(f.path, line, "%s must be a whole number above zero, not %q", key, values[key])
		return 0
	}
	return n
}
