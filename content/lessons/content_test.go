package lessons

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// expectedLessons is the fixed course, in order. Three writers share it, so
// a lesson that goes missing or is renumbered fails here.
var expectedLessons = []string{
	"personal-information", "sensitive-information", "consent-and-purpose", "your-rights",
	"passwords", "two-factor-sim-swap", "phishing-fraud", "social-media-oversharing",
	"app-permissions", "leaks-and-brokers", "when-it-goes-wrong", "big-data-personalisation",
}

// expectedTerms are the glossary ids every writer may link to.
var expectedTerms = []string{
	"personal-information", "sensitive-personal-information", "separate-consent",
	"personal-information-handler", "consent", "withdrawal-of-consent", "minimum-necessary",
	"anonymisation", "de-identification", "data-subject-rights", "right-to-access",
	"right-to-copy", "right-to-correction", "right-to-deletion", "right-to-explanation",
	"data-portability", "automated-decision-making", "presumed-fault",
	"public-interest-litigation", "mental-harm-compensation", "cross-border-transfer",
	"data-broker", "sim-swap", "two-factor-authentication", "phishing", "smishing",
	"credential-stuffing", "password-manager", "real-name-registration",
	"personal-information-protection-officer", "controller", "processor", "lawful-basis",
	"legitimate-interests", "privacy-policy", "biometric-information", "location-tracking",
	"minors-information", "data-breach-notification", "sale-of-personal-information",
	"privacy-right",
}

func TestEmbeddedContentIsValid(t *testing.T) {
	for _, err := range Validate(files) {
		t.Error(err)
	}
}

func load(t *testing.T) *Library {
	t.Helper()
	lib, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func TestAllTwelveLessonsInBothLanguages(t *testing.T) {
	lib := load(t)
	var ids []string
	for i, les := range lib.Lessons() {
		ids = append(ids, les.ID)
		if les.Order != i+1 {
			t.Errorf("%s has order %d at position %d", les.ID, les.Order, i+1)
		}
		if !slices.Equal(les.Langs, Languages) {
			t.Errorf("%s is in %v, want %v", les.ID, les.Langs, Languages)
		}
		for _, lang := range Languages {
			if n := len(les.Text[lang].Quiz.Questions); n < minQuestions {
				t.Errorf("%s (%s) has %d questions", les.ID, lang, n)
			}
		}
	}
	if !slices.Equal(ids, expectedLessons) {
		t.Errorf("lessons are\n  %v\nwant\n  %v", ids, expectedLessons)
	}
}

func TestEveryAgreedTermIsDefined(t *testing.T) {
	lib := load(t)
	for _, lang := range Languages {
		for _, id := range expectedTerms {
			if term, ok := lib.Term(lang, id); !ok || term.Term == "" || term.Definition == "" {
				t.Errorf("%s glossary lacks %q", lang, id)
			}
		}
		if got := len(lib.Glossary(lang)); got < len(expectedTerms) {
			t.Errorf("%s glossary has %d terms, want at least %d", lang, got, len(expectedTerms))
		}
	}
}

func TestLoadIsCached(t *testing.T) {
	if a, b := load(t), load(t); a != b {
		t.Error("Load parsed the content twice")
	}
}

func TestLessonLookup(t *testing.T) {
	lib := load(t)
	les, ok := lib.Lesson("your-rights")
	if !ok || les.Order != 4 || les.Text["zh"].Title == "" {
		t.Errorf("Lesson(your-rights) = %+v, %v", les, ok)
	}
	if _, ok := lib.Lesson("no-such-lesson"); ok {
		t.Error("an unknown id was found")
	}
	if _, ok := lib.Term("en", "no-such-term"); ok {
		t.Error("an unknown term was found")
	}
}

// The displayed body keeps no app-internal link targets, marks glossary
// terms, and tells the reader which lesson number a link leads to.
func TestBodiesAreRewrittenForDisplay(t *testing.T) {
	lib := load(t)
	for _, les := range lib.Lessons() {
		for _, lang := range Languages {
			loc := les.Text[lang]
			for _, target := range []string{"](glossary:", "](lesson:"} {
				if strings.Contains(loc.Body, target) {
					t.Errorf("%s (%s): Body still holds %q", les.ID, lang, target)
				}
			}
			if strings.Contains(loc.RawBody, "](glossary:") && !strings.Contains(loc.Body, "*"+GlossaryMark) {
				t.Errorf("%s (%s): glossary links lost their mark", les.ID, lang)
			}
			if len(loc.Terms) == 0 && strings.Contains(loc.RawBody, "](glossary:") {
				t.Errorf("%s (%s): Terms is empty", les.ID, lang)
			}
		}
	}
	lib2, errs := build(fixture())
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	alpha, _ := lib2.Lesson("alpha")
	for lang, want := range map[string][]string{
		"en": {"*personal information*†", "Read Beta (see lesson 2) next."},
		"zh": {"*个人信息*†", "接着读贝塔（见第 2 课）。"},
	} {
		for _, w := range want {
			if !strings.Contains(alpha.Text[lang].Body, w) {
				t.Errorf("%s body lacks %q:\n%s", lang, w, alpha.Text[lang].Body)
			}
		}
		if got := alpha.Text[lang].Terms; !slices.Equal(got, []string{"personal-information"}) {
			t.Errorf("%s Terms = %v", lang, got)
		}
	}
}

// Every real lesson renders as plain text within the width, with no
// Markdown left for a screen reader to spell out.
func TestRealLessonsAsPlainText(t *testing.T) {
	lib := load(t)
	for _, les := range lib.Lessons() {
		for _, lang := range Languages {
			text := PlainText(les.Text[lang].Body)
			if !strings.Contains(text, les.Text[lang].Title) {
				t.Errorf("%s (%s): title missing from plain text", les.ID, lang)
			}
			for i, line := range strings.Split(text, "\n") {
				if w := widths.StringWidth(line); w > PlainWidth && strings.ContainsAny(strings.TrimSpace(line), " ") {
					t.Errorf("%s (%s) line %d is %d columns: %q", les.ID, lang, i+1, w, line)
				}
				trimmed := strings.TrimSpace(line)
				for _, markup := range []string{"**", "](", "| ---", "```"} {
					if strings.Contains(line, markup) {
						t.Errorf("%s (%s) line %d keeps %q: %q", les.ID, lang, i+1, markup, line)
					}
				}
				if strings.HasPrefix(trimmed, "#") {
					t.Errorf("%s (%s) line %d keeps a heading mark: %q", les.ID, lang, i+1, line)
				}
				if !utf8.ValidString(line) {
					t.Errorf("%s (%s) line %d is not valid UTF-8", les.ID, lang, i+1)
				}
			}
		}
	}
}
