package lessons

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func TestFixtureIsValid(t *testing.T) {
	for _, err := range Validate(fixture()) {
		t.Error(err)
	}
}

// Each case breaks one thing and expects the exact file:line prefix and the
// gist of the message, as an editor would read it in the test output.
func TestBrokenContentIsReported(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(fstest.MapFS)
		want   string
	}{
		{"explanation missing", func(fs fstest.MapFS) {
			edit(fs, "zh/01-alpha.quiz.md", "- [ ] 选项 C\n  > 因为。\n", "- [ ] 选项 C\n")
		}, "content/lessons/zh/01-alpha.quiz.md:7: option has no explanation"},
		{"too few questions", func(fs fstest.MapFS) {
			fs["en/02-beta.quiz.md"] = &fstest.MapFile{Data: []byte(strings.SplitAfter(quizText("Q", "O", "W."), "\n\n")[0])}
		}, "content/lessons/en/02-beta.quiz.md:1: the quiz has 1 questions; it needs at least 5"},
		{"no correct option", func(fs fstest.MapFS) {
			edit(fs, "en/01-alpha.quiz.md", "- [x] Option B", "- [ ] Option B")
		}, "content/lessons/en/01-alpha.quiz.md:1: question has no correct option"},
		{"one option only", func(fs fstest.MapFS) {
			fs["en/01-alpha.quiz.md"] = &fstest.MapFile{Data: []byte("## Only\n- [x] Yes\n  > Right.\n\n" + strings.SplitN(quizText("Question", "Option", "Because."), "\n\n", 2)[1])}
		}, "content/lessons/en/01-alpha.quiz.md:1: question has 1 options; it needs 2 to 5"},
		{"six options", func(fs fstest.MapFS) {
			edit(fs, "en/01-alpha.quiz.md", "- [ ] Option C\n  > Because.\n", strings.Repeat("- [ ] Option C\n  > Because.\n", 4))
		}, "content/lessons/en/01-alpha.quiz.md:1: question has 6 options; it needs 2 to 5"},
		{"stray line in quiz", func(fs fstest.MapFS) {
			edit(fs, "en/01-alpha.quiz.md", "- [ ] Option A\n", "- [ ] Option A\nwrapped option text\n")
		}, "content/lessons/en/01-alpha.quiz.md:3: unexpected line"},
		{"bad checkbox", func(fs fstest.MapFS) {
			edit(fs, "en/01-alpha.quiz.md", "- [x] Option B", "- [v] Option B")
		}, "content/lessons/en/01-alpha.quiz.md:4: option must start with"},
		{"correct positions differ", func(fs fstest.MapFS) {
			edit(fs, "zh/02-beta.quiz.md", "- [ ] 选项 A", "- [x] 选项 A")
		}, "content/lessons/zh/02-beta.quiz.md:2: option 1 of question 1 is marked [x] here but [ ] in content/lessons/en/02-beta.quiz.md:2"},
		{"option counts differ", func(fs fstest.MapFS) {
			edit(fs, "zh/02-beta.quiz.md", "- [ ] 选项 C\n  > 因为。\n", "")
		}, "content/lessons/zh/02-beta.quiz.md:1: question 1 has 2 options but content/lessons/en/02-beta.quiz.md:1 has 3"},
		{"question counts differ", func(fs fstest.MapFS) {
			fs["zh/02-beta.quiz.md"] = &fstest.MapFile{Data: []byte(quizText("问题", "选项", "因为。") + "\n" + strings.SplitAfter(quizText("问题", "选项", "因为。"), "\n\n")[0])}
		}, "content/lessons/zh/02-beta.quiz.md: has 6 questions but content/lessons/en/02-beta.quiz.md has 5"},
		{"unknown glossary term", func(fs fstest.MapFS) {
			edit(fs, "zh/01-alpha.md", "glossary:personal-information", "glossary:personal-info")
		}, "content/lessons/zh/01-alpha.md:11: glossary term \"personal-info\" does not exist in zh"},
		{"unknown lesson link", func(fs fstest.MapFS) {
			edit(fs, "en/01-alpha.md", "lesson:beta", "lesson:gamma")
		}, "content/lessons/en/01-alpha.md:12: linked lesson \"gamma\" does not exist"},
		{"misspelt link kind", func(fs fstest.MapFS) {
			edit(fs, "en/01-alpha.md", "lesson:beta", "lessons:beta")
		}, "content/lessons/en/01-alpha.md:12: link \"lessons:beta\" is neither"},
		{"unknown related lesson", func(fs fstest.MapFS) {
			edit(fs, "en/01-alpha.md", "related: beta", "related: beta, gamma")
			edit(fs, "zh/01-alpha.md", "related: beta", "related: beta, gamma")
		}, "content/lessons/en/01-alpha.md:7: related lesson \"gamma\" does not exist"},
		{"related differs", func(fs fstest.MapFS) {
			edit(fs, "zh/01-alpha.md", "related: beta\n", "")
		}, "content/lessons/zh/01-alpha.md:1: related \"\" differs from \"beta\""},
		{"id differs from file name", func(fs fstest.MapFS) {
			edit(fs, "zh/02-beta.md", "id: beta", "id: bet")
		}, "content/lessons/zh/02-beta.md:2: id \"bet\" does not match the file name"},
		{"order differs from file name", func(fs fstest.MapFS) {
			edit(fs, "en/02-beta.md", "order: 2", "order: 3")
		}, "content/lessons/en/02-beta.md:3: order 3 does not match the file name's number 02"},
		{"minutes differ", func(fs fstest.MapFS) {
			edit(fs, "zh/02-beta.md", "minutes: 4", "minutes: 6")
		}, "content/lessons/zh/02-beta.md:6: minutes 6 differs from 4"},
		{"empty title", func(fs fstest.MapFS) {
			edit(fs, "zh/02-beta.md", "title: 贝塔", "title:")
		}, "content/lessons/zh/02-beta.md:4: title is empty"},
		{"empty summary", func(fs fstest.MapFS) {
			edit(fs, "en/01-alpha.md", "summary: What alpha is.", "summary:  ")
		}, "content/lessons/en/01-alpha.md:5: summary is empty"},
		{"missing key", func(fs fstest.MapFS) {
			edit(fs, "en/02-beta.md", "minutes: 4\n", "")
		}, "content/lessons/en/02-beta.md:1: front matter has no \"minutes\""},
		{"unknown key", func(fs fstest.MapFS) {
			edit(fs, "en/02-beta.md", "minutes: 4\n", "minutes: 4\nauthor: me\n")
		}, "content/lessons/en/02-beta.md:7: unknown front-matter key \"author\""},
		{"unclosed front matter", func(fs fstest.MapFS) {
			edit(fs, "en/02-beta.md", "minutes: 4\n---\n", "minutes: 4\n")
		}, "content/lessons/en/02-beta.md:1: the front matter opened here is never closed"},
		{"missing translation", func(fs fstest.MapFS) {
			delete(fs, "zh/02-beta.md")
			delete(fs, "zh/02-beta.quiz.md")
		}, "content/lessons/zh/02-beta.md: missing: every lesson needs a zh version"},
		{"missing quiz", func(fs fstest.MapFS) {
			delete(fs, "en/02-beta.quiz.md")
		}, "content/lessons/en/02-beta.md: lesson has no quiz"},
		{"gap in numbering", func(fs fstest.MapFS) {
			for _, lang := range []string{"en", "zh"} {
				for _, suffix := range []string{".md", ".quiz.md"} {
					fs[lang+"/03-beta"+suffix] = fs[lang+"/02-beta"+suffix]
					delete(fs, lang+"/02-beta"+suffix)
				}
				edit(fs, lang+"/03-beta.md", "order: 2", "order: 3")
			}
		}, "content/lessons/en/: no lesson is numbered 02"},
		{"number used twice", func(fs fstest.MapFS) {
			for _, lang := range []string{"en", "zh"} {
				for _, suffix := range []string{".md", ".quiz.md"} {
					fs[lang+"/01-beta"+suffix] = fs[lang+"/02-beta"+suffix]
					delete(fs, lang+"/02-beta"+suffix)
				}
				edit(fs, lang+"/01-beta.md", "order: 2", "order: 1")
			}
		}, "content/lessons/en/01-beta.md: number 01 is also used by 01-alpha.md"},
		{"term in one language only", func(fs fstest.MapFS) {
			edit(fs, "en/glossary.md", "", "## consent: Consent\nSaying yes (PIPL art. 14).\n\n")
		}, "content/lessons/en/glossary.md:1: glossary term \"consent\" has no zh entry"},
		{"term defined twice across files", func(fs fstest.MapFS) {
			fs["zh/glossary-extra-x.md"] = &fstest.MapFile{Data: []byte("\n## personal-information: 个人信息\n再次定义。\n")}
		}, "content/lessons/zh/glossary-extra-x.md:2: glossary term \"personal-information\" is already defined at content/lessons/zh/glossary.md:1"},
		{"term without definition", func(fs fstest.MapFS) {
			edit(fs, "zh/glossary.md", "能识别某个人的信息（PIPL 第4条）。\n", "")
		}, "content/lessons/zh/glossary.md:1: glossary term \"personal-information\" has no definition"},
		{"bad glossary heading", func(fs fstest.MapFS) {
			edit(fs, "en/glossary.md", "## personal-information: Personal information", "## Personal information")
		}, "content/lessons/en/glossary.md:3: glossary heading must be"},
		{"invalid UTF-8", func(fs fstest.MapFS) {
			edit(fs, "en/02-beta.md", "Text.", "Te\xffxt.")
		}, "content/lessons/en/02-beta.md:10: line is not valid UTF-8"},
		{"oversized file", func(fs fstest.MapFS) {
			edit(fs, "en/02-beta.md", "Text.", strings.Repeat("x", maxFileSize))
		}, "content/lessons/en/02-beta.md: file is"},
		{"unexpected file name", func(fs fstest.MapFS) {
			fs["en/notes.md"] = &fstest.MapFile{Data: []byte("draft")}
		}, "content/lessons/en/notes.md: file name must be"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := fixture()
			tc.mutate(fs)
			errs := Validate(fs)
			for _, err := range errs {
				if strings.HasPrefix(err.Error(), tc.want) {
					return
				}
			}
			t.Errorf("no error starts with\n  %s\ngot %d:", tc.want, len(errs))
			for _, err := range errs {
				t.Errorf("  %v", err)
			}
		})
	}
}

// A broken copy of the real content is reported too, not just the fixture.
func TestBrokenRealQuizIsReported(t *testing.T) {
	fs := fstest.MapFS{}
	for _, lang := range Languages {
		entries, err := files.ReadDir(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			data, err := files.ReadFile(lang + "/" + e.Name())
			if err != nil {
				t.Fatal(err)
			}
			fs[lang+"/"+e.Name()] = &fstest.MapFile{Data: data}
		}
	}
	const name = "zh/01-personal-information.quiz.md"
	f, ok := fs[name]
	if !ok {
		t.Fatalf("%s is not embedded", name)
	}
	lines := strings.Split(string(f.Data), "\n")
	broken := -1
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), ">") {
			broken = i
			break
		}
	}
	if broken < 0 {
		t.Fatalf("%s has no explanation line", name)
	}
	// Drop the first explanation line; the option above it is then bare,
	// unless the explanation wrapped, so drop every line of that explanation.
	end := broken
	for end < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[end]), ">") {
		end++
	}
	lines = append(lines[:broken], lines[end:]...)
	fs[name] = &fstest.MapFile{Data: []byte(strings.Join(lines, "\n"))}
	want := "content/lessons/" + name + ":" + strconv.Itoa(broken) + ": option has no explanation"
	for _, err := range Validate(fs) {
		if err.Error() == want {
			return
		}
	}
	t.Errorf("expected %q among %v", want, Validate(fs))
}
