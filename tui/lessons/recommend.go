package lessons

import (
	"time"

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
