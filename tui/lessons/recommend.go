package lessons

import (
	"strconv"
	"time"

	"github.com/footprint-audit/footprint/content/i18n"
	content "github.com/footprint-audit/footprint/content/lessons"
	"github.com/footprint-audit/footprint/store"
)

var timeNow = time.Now

// Recommend picks the lesson to suggest next: the first one the plan links
// to that is not passed yet, else the first unpassed lesson in course
// order; "" when every quiz is passed.
func Recommend(all []content.Lesson, progress map[string]store.LessonProgress, planned []string) string {
	known := map[string]bool{}
	for _, l := range all {
		known[l.ID] = true
	}
	for _, id := range planned {
		if known[id] && !progress[id].Passed() {
			return id
		}
	}
	for _, l := range all {
		if !progress[l.ID].Passed() {
			return l.ID
		}
	}
	return ""
}

// Passed counts the lessons of all whose quiz is passed.
func Passed(all []content.Lesson, progress map[string]store.LessonProgress) int {
	n := 0
	for _, l := range all {
		if progress[l.ID].Passed() {
			n++
		}
	}
	return n
}

// ByID indexes a progress list.
func ByID(list []store.LessonProgress) map[string]store.LessonProgress {
	out := make(map[string]store.LessonProgress, len(list))
	for _, p := range list {
		out[p.LessonID] = p
	}
	return out
}

// StatusText is a lesson's progress in words, for lists outside the
// full-screen app (the accessible mode, the plain command).
func StatusText(lang i18n.Lang, p store.LessonProgress) string {
	switch p.Status() {
	case store.LessonPassed:
		return i18n.T(lang, "lessons.status.passed", p.BestScore)
	case store.LessonTried:
		return i18n.T(lang, "lessons.status.tried", p.BestScore, len(p.Review))
	case store.LessonRead:
		return i18n.T(lang, "lessons.status.read")
	}
	return i18n.T(lang, "lessons.status.not_started")
}

// StatusID is a stable, untranslated name for a status, for JSON.
func StatusID(s store.LessonStatus) string {
	return [...]string{"not_started", "read", "tried", "passed"}[s]
}

// Find looks a lesson up by id or by its number ("5" or "05").
func Find(lib *content.Library, ref string) (content.Lesson, bool) {
	if l, ok := lib.Lesson(ref); ok {
		return l, true
	}
	if n, err := strconv.Atoi(ref); err == nil {
		for _, l := range lib.Lessons() {
			if l.Order == n {
				return l, true
			}
		}
	}
	return content.Lesson{}, false
}
