// Package lessons loads the embedded lessons, quizzes and glossary, in
// English and Simplified Chinese, and checks that they fit together.
//
// The files are plain Markdown so that a writer who is not a programmer can
// edit them; docs/content-format.md describes the format. Everything is
// parsed by hand (no YAML library) so that each mistake can be reported with
// its file and line.
package lessons

import (
	"embed"
	"errors"
	"io/fs"
	"sort"
	"sync"
)

// The pattern lists both languages explicitly: a stray file elsewhere in the
// folder (a draft, an editor backup) must not end up in the binary.
//
//go:embed en/*.md zh/*.md
var files embed.FS

// Languages are the content languages, in menu order.
var Languages = []string{"en", "zh"}

// Library is every lesson and glossary term, parsed and checked.
type Library struct {
	lessons  []Lesson
	byID     map[string]int
	glossary map[string][]Term
	terms    map[string]map[string]int
}

// Lesson is one lesson in every language it is written in.
type Lesson struct {
	ID      string
	Order   int
	Minutes int
	Related []string
	Langs   []string
	Text    map[string]Localized
}

// Localized is a lesson's text in one language.
type Localized struct {
	Title   string
	Summary string
	// Body is the Markdown with glossary: and lesson: links rewritten for
	// display (see rewriteLinks); RawBody is the file as written.
	Body    string
	RawBody string
	// Terms are the glossary ids the body links to, in order of first use,
	// so a screen can offer them without parsing Markdown again.
	Terms []string
	Quiz  Quiz
}

// Quiz is a lesson's questions, in file order.
type Quiz struct {
	Questions []Question
}

// Question is one prompt and its options; one or more options are correct.
type Question struct {
	Prompt  string
	Options []Option
}

// Option is one answer with the explanation shown after it is picked.
type Option struct {
	Text        string
	Explanation string
	Correct     bool
}

// Term is one glossary entry.
type Term struct {
	ID         string
	Term       string
	Definition string
}

var (
	loadOnce sync.Once
	loaded   *Library
	loadErr  error
)

// Load parses and validates the embedded content once; later calls return
// the same Library. An error means a content file is broken, which the
// package tests catch before release.
func Load() (*Library, error) {
	loadOnce.Do(func() {
		lib, errs := build(files)
		if len(errs) > 0 {
			loadErr = errors.Join(errs...)
			return
		}
		loaded = lib
	})
	return loaded, loadErr
}

// Validate reports every problem in the content held by fsys (laid out as
// en/*.md and zh/*.md). Each error names the file and, where it can, the
// line.
func Validate(fsys fs.FS) []error {
	_, errs := build(fsys)
	return errs
}

// Lessons returns every lesson, by order.
func (l *Library) Lessons() []Lesson {
	return append([]Lesson(nil), l.lessons...)
}

// Lesson finds a lesson by id.
func (l *Library) Lesson(id string) (Lesson, bool) {
	i, ok := l.byID[id]
	if !ok {
		return Lesson{}, false
	}
	return l.lessons[i], true
}

// Glossary returns the terms of lang sorted by id, so both languages list
// them in the same order (code-point order of Chinese terms means nothing
// to a reader).
func (l *Library) Glossary(lang string) []Term {
	return append([]Term(nil), l.glossary[lang]...)
}

// Term finds a glossary term by id in lang.
func (l *Library) Term(lang, id string) (Term, bool) {
	i, ok := l.terms[lang][id]
	if !ok {
		return Term{}, false
	}
	return l.glossary[lang][i], true
}

func newLibrary(lessons []Lesson, glossary map[string][]Term) *Library {
	sort.Slice(lessons, func(i, j int) bool { return lessons[i].Order < lessons[j].Order })
	lib := &Library{
		lessons:  lessons,
		byID:     map[string]int{},
		glossary: map[string][]Term{},
		terms:    map[string]map[string]int{},
	}
	for i, les := range lessons {
		lib.byID[les.ID] = i
	}
	for lang, terms := range glossary {
		sorted := append([]Term(nil), terms...)
		sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
		lib.glossary[lang] = sorted
		idx := map[string]int{}
		for i, t := range sorted {
			idx[t.ID] = i
		}
		lib.terms[lang] = idx
	}
	return lib
}
