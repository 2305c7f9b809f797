package lessons

import (
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

var (
	lessonName = regexp.MustCompile(`^(\d\d)-([a-z0-9-]+)\.md$`)
	quizName   = regexp.MustCompile(`^(\d\d)-([a-z0-9-]+)\.quiz\.md$`)
)

// langContent is everything found for one language.
type langContent struct {
	lessons map[string]*lessonFile // by file name
	quizzes map[string]*quizFile   // by the lesson file name it belongs to
	terms   map[string]termAt
}

// build parses every file in fsys, checks each on its own and then against
// the others, and assembles a Library from whatever parsed.
func build(fsys fs.FS) (*Library, []error) {
	var errs errList
	content := map[string]*langContent{}
	for _, lang := range Languages {
		content[lang] = readLang(fsys, lang, &errs)
	}
	lessonIDs, orderOf := checkLessonSet(content, &errs)
	checkGlossaries(content, &errs)
	for _, lang := range Languages {
		c := content[lang]
		for _, name := range sortedKeys(c.lessons) {
			f := c.lessons[name]
			checkLinks(f, lessonIDs, c.terms, &errs)
			for _, r := range f.related {
				if !lessonIDs[r] {
					errs.add(f.path, f.keyLine["related"], "related lesson %q does not exist", r)
				} else if r == f.id {
					errs.add(f.path, f.keyLine["related"], "a lesson cannot be related to itself")
				}
			}
		}
	}
	checkQuizzesMatch(content, &errs)
	return assemble(content, orderOf), errs
}

func readLang(fsys fs.FS, lang string, errs *errList) *langContent {
	c := &langContent{lessons: map[string]*lessonFile{}, quizzes: map[string]*quizFile{}, terms: map[string]termAt{}}
	entries, err := fs.ReadDir(fsys, lang)
	if err != nil {
		errs.add(lang+"/", 0, "cannot read the %s folder: %v", lang, err)
		return c
	}
	// The main glossary goes first, so a term repeated in an extra file is
	// reported there rather than in the file everyone edits.
	sort.SliceStable(entries, func(i, j int) bool {
		return entries[i].Name() == "glossary.md" && entries[j].Name() != "glossary.md"
	})
	for _, e := range entries {
		name := e.Name()
		p := path.Join(lang, name)
		if e.IsDir() || path.Ext(name) != ".md" {
			continue
		}
		lines, ok := readLines(fsys, p, errs)
		if !ok {
			continue
		}
		switch {
		case strings.HasPrefix(name, "glossary"):
			for _, t := range parseGlossary(p, lines, errs) {
				if prev, dup := c.terms[t.ID]; dup {
					errs.add(p, t.line, "glossary term %q is already defined at %s", t.ID, where(prev.path, prev.line))
					continue
				}
				c.terms[t.ID] = t
			}
		case quizName.MatchString(name):
			q := &quizFile{path: p}
			parseQuiz(q, lines, errs)
			c.quizzes[strings.TrimSuffix(name, ".quiz.md")+".md"] = q
		case lessonName.MatchString(name):
			m := lessonName.FindStringSubmatch(name)
			num, _ := strconv.Atoi(m[1])
			f := &lessonFile{path: p, lang: lang, nameNum: num, nameID: m[2]}
			if parseLesson(f, lines, errs) {
				c.lessons[name] = f
			}
		default:
			errs.add(p, 0, "file name must be NN-<id>.md, NN-<id>.quiz.md or glossary….md")
		}
	}
	for name, q := range c.quizzes {
		if _, ok := c.lessons[name]; !ok {
			errs.add(q.path, 0, "quiz has no lesson %s next to it", path.Join(lang, name))
		}
	}
	return c
}

func readLines(fsys fs.FS, p string, errs *errList) ([]string, bool) {
	data, err := fs.ReadFile(fsys, p)
	if err != nil {
		errs.add(p, 0, "cannot read: %v", err)
		return nil, false
	}
	if len(data) > maxFileSize {
		errs.add(p, 0, "file is %d bytes; content files must stay under %d", len(data), maxFileSize)
		return nil, false
	}
	lines, bad := splitLines(data)
	if bad > 0 {
		errs.add(p, bad, "line is not valid UTF-8 (save the file as UTF-8)")
		return nil, false
	}
	return lines, true
}

// checkLessonSet checks each lesson against its file name and its other
// language, and the orders as a whole. It returns the known ids and their
// orders, for link checks and rewriting.
func checkLessonSet(content map[string]*langContent, errs *errList) (map[string]bool, map[string]int) {
	ids := map[string]bool{}
	orderOf := map[string]int{}
	names := map[string]bool{}
	for _, lang := range Languages {
		for name, f := range content[lang].lessons {
			names[name] = true
			if f.id != f.nameID {
				errs.add(f.path, f.keyLine["id"], "id %q does not match the file name (expected %q)", f.id, f.nameID)
			}
			if f.order != 0 && f.order != f.nameNum {
				errs.add(f.path, f.keyLine["order"], "order %d does not match the file name's number %02d", f.order, f.nameNum)
			}
			ids[f.nameID] = true
			orderOf[f.nameID] = f.nameNum
			if _, ok := content[lang].quizzes[name]; !ok {
				errs.add(f.path, 0, "lesson has no quiz (expected %s)", path.Join(lang, strings.TrimSuffix(name, ".md")+".quiz.md"))
			}
		}
	}
	base := Languages[0]
	for _, name := range sortedKeys(names) {
		ref := content[base].lessons[name]
		for _, lang := range Languages {
			f := content[lang].lessons[name]
			if f == nil {
				errs.add(path.Join(lang, name), 0, "missing: every lesson needs a %s version", lang)
				continue
			}
			if ref == nil || f == ref {
				continue
			}
			if f.id != ref.id {
				errs.add(f.path, f.keyLine["id"], "id %q differs from %q in %s", f.id, ref.id, where(ref.path, ref.keyLine["id"]))
			}
			if f.order != ref.order {
				errs.add(f.path, f.keyLine["order"], "order %d differs from %d in %s", f.order, ref.order, where(ref.path, ref.keyLine["order"]))
			}
			if f.minutes != ref.minutes {
				errs.add(f.path, f.keyLine["minutes"], "minutes %d differs from %d in %s", f.minutes, ref.minutes, where(ref.path, ref.keyLine["minutes"]))
			}
			if !slices.Equal(f.related, ref.related) {
				errs.add(f.path, max(f.keyLine["related"], 1), "related %q differs from %q in %s", strings.Join(f.related, ", "), strings.Join(ref.related, ", "), where(ref.path, ref.keyLine["related"]))
			}
		}
	}
	checkOrders(names, errs)
	return ids, orderOf
}

// checkOrders requires the numbers in the file names to run 1, 2, 3 … with
// no gap and no number used twice, so "lesson N" always means one lesson.
func checkOrders(names map[string]bool, errs *errList) {
	byNum := map[int][]string{}
	top := 0
	for name := range names {
		num, _ := strconv.Atoi(name[:2])
		byNum[num] = append(byNum[num], name)
		top = max(top, num)
	}
	for n := 1; n <= top; n++ {
		switch files := byNum[n]; {
		case len(files) == 0:
			errs.add(Languages[0]+"/", 0, "no lesson is numbered %02d; numbers must run from 01 without gaps", n)
		case len(files) > 1:
			sort.Strings(files)
			errs.add(path.Join(Languages[0], files[1]), 0, "number %02d is also used by %s", n, files[0])
		}
	}
	if files := byNum[0]; len(files) > 0 {
		errs.add(path.Join(Languages[0], files[0]), 0, "lesson numbers start at 01")
	}
}

// checkGlossaries requires every term in every language, so a link that
// works in one language works in the other.
func checkGlossaries(content map[string]*langContent, errs *errList) {
	for _, lang := range Languages {
		for _, id := range sortedKeys(content[lang].terms) {
			t := content[lang].terms[id]
			for _, other := range Languages {
				if _, ok := content[other].terms[id]; !ok && other != lang {
					errs.add(t.path, t.line, "glossary term %q has no %s entry", id, other)
				}
			}
		}
	}
}

// checkQuizzesMatch requires a lesson's quizzes to have the same shape in
// every language, so progress and review work whatever language is chosen.
func checkQuizzesMatch(content map[string]*langContent, errs *errList) {
	base := Languages[0]
	for _, name := range sortedKeys(content[base].quizzes) {
		ref := content[base].quizzes[name]
		for _, lang := range Languages[1:] {
			q := content[lang].quizzes[name]
			if q == nil {
				if content[lang].lessons[name] == nil {
					continue // the missing lesson is already reported
				}
				errs.add(path.Join(lang, strings.TrimSuffix(name, ".md")+".quiz.md"), 0, "missing: the quiz exists in %s", where(ref.path, 0))
				continue
			}
			compareQuizzes(ref, q, errs)
		}
	}
}

func compareQuizzes(ref, q *quizFile, errs *errList) {
	rq, qq := ref.quiz.Questions, q.quiz.Questions
	if len(rq) != len(qq) {
		errs.add(q.path, 0, "has %d questions but %s has %d", len(qq), where(ref.path, 0), len(rq))
	}
	for i := range min(len(rq), len(qq)) {
		ro, qo := rq[i].Options, qq[i].Options
		if len(ro) != len(qo) {
			errs.add(q.path, q.qLine[i], "question %d has %d options but %s has %d", i+1, len(qo), where(ref.path, ref.qLine[i]), len(ro))
			continue
		}
		for j := range ro {
			if ro[j].Correct != qo[j].Correct {
				errs.add(q.path, q.oLine[i][j], "option %d of question %d is marked %s here but %s in %s", j+1, i+1, mark(qo[j].Correct), mark(ro[j].Correct), where(ref.path, ref.oLine[i][j]))
			}
		}
	}
}

func mark(correct bool) string {
	if correct {
		return "[x]"
	}
	return "[ ]"
}

// assemble builds the Library from the parsed files, even when some are
// broken, so Validate and Load share one path.
func assemble(content map[string]*langContent, orderOf map[string]int) *Library {
	byID := map[string]*Lesson{}
	var order []string
	for _, lang := range Languages {
		c := content[lang]
		for _, name := range sortedKeys(c.lessons) {
			f := c.lessons[name]
			les := byID[f.nameID]
			if les == nil {
				les = &Lesson{ID: f.nameID, Order: f.nameNum, Minutes: f.minutes, Related: f.related, Text: map[string]Localized{}}
				byID[f.nameID] = les
				order = append(order, f.nameID)
			}
			body, terms := rewriteLinks(f.body, lang, orderOf)
			loc := Localized{Title: f.title, Summary: f.summary, Body: body, RawBody: f.body, Terms: terms}
			if q := c.quizzes[name]; q != nil {
				loc.Quiz = q.quiz
			}
			les.Text[lang] = loc
			les.Langs = append(les.Langs, lang)
		}
	}
	lessons := make([]Lesson, 0, len(order))
	for _, id := range order {
		lessons = append(lessons, *byID[id])
	}
	glossary := map[string][]Term{}
	for _, lang := range Languages {
		for _, id := range sortedKeys(content[lang].terms) {
			glossary[lang] = append(glossary[lang], content[lang].terms[id].Term)
		}
	}
	return newLibrary(lessons, glossary)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
