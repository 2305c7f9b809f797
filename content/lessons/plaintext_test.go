package lessons

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPlainText(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"heading and paragraph", "# Title\n\nSome **bold** and *em* text.\n", "Title\n\nSome bold and em text."},
		{"links show their text", "See [the law](https://example.org) and [a term](glossary:consent).", "See the law and a term."},
		{"wrapped lines join", "one\ntwo\nthree", "one two three"},
		{"Chinese lines join without a space", "第一行\n第二行", "第一行第二行"},
		{"list keeps markers", "Intro\n\n- a\n- b\n1. c", "Intro\n\n- a\n- b\n1. c"},
		{"list item continues", "- first\n  more", "- first more"},
		{"table rows become items", "| Right | Article |\n| --- | --- |\n| Access | PIPL 45 |\n| Delete | — |",
			"- Access — Article: PIPL 45\n- Delete"},
		{"blockquote is indented", "> quoted\n> text", "  quoted text"},
		{"code is kept", "```\nx := 1\n```", "    x := 1"},
		{"escapes and underscores", `a \*literal\* star and snake_case_name and _em_`, "a *literal* star and snake_case_name and em"},
		{"rule and html vanish", "a\n\n---\n\n<!-- note -->b", "a\n\nb"},
		{"empty", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := PlainText(tc.in); got != tc.want {
				t.Errorf("PlainText(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestWrapLatinHangingIndent(t *testing.T) {
	in := "- " + strings.Repeat("word ", 40)
	lines := strings.Split(PlainText(in), "\n")
	if len(lines) < 3 {
		t.Fatalf("expected several lines, got %q", lines)
	}
	for i, l := range lines {
		if widths.StringWidth(l) > PlainWidth {
			t.Errorf("line %d is too wide: %q", i, l)
		}
		if i > 0 && !strings.HasPrefix(l, "  word") {
			t.Errorf("line %d lacks the hanging indent: %q", i, l)
		}
	}
}

// Chinese breaks between characters, but never puts closing punctuation
// at the start of a line nor leaves an opening bracket at the end of one.
func TestWrapChinese(t *testing.T) {
	in := strings.Repeat("个人信息保护法规定，处理者应当及时答复（第五十条）。", 12)
	lines := strings.Split(PlainText(in), "\n")
	if len(lines) < 5 {
		t.Fatalf("expected the text to wrap, got %d lines", len(lines))
	}
	for i, l := range lines {
		if w := widths.StringWidth(l); w > PlainWidth {
			t.Errorf("line %d is %d columns", i, w)
		}
		first, _ := utf8.DecodeRuneInString(l)
		last, _ := utf8.DecodeLastRuneInString(l)
		if strings.ContainsRune(noLineStart, first) {
			t.Errorf("line %d starts with %q", i, first)
		}
		if strings.ContainsRune(noLineEnd, last) {
			t.Errorf("line %d ends with %q", i, last)
		}
	}
	if got := strings.Join(lines, ""); got != in {
		t.Error("wrapping lost or added characters")
	}
}

func TestWrapLongWordGetsOwnLine(t *testing.T) {
	long := strings.Repeat("x", 120)
	got := PlainText("short " + long + " tail")
	if want := "short\n" + long + "\ntail"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"# T\n\n- a\n| x | y |\n|---|---|\n> q", "中文（括号）。", "\xff\xfe", "```", "[a](b)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := PlainText(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Errorf("valid input gave invalid UTF-8: %q", out)
		}
	})
}

// Parsing arbitrary bytes as a quiz or lesson never panics and every
// problem is reported with the file's path.
func FuzzValidateQuiz(f *testing.F) {
	f.Add(quizText("Q", "O", "W."))
	f.Add("## q\n- [x]\n>\n")
	f.Add("---\nid: alpha\n---\n")
	f.Fuzz(func(t *testing.T, s string) {
		fs := fixture()
		fs["en/01-alpha.quiz.md"].Data = []byte(s)
		fs["zh/02-beta.md"].Data = []byte(s)
		for _, err := range Validate(fs) {
			if !strings.HasPrefix(err.Error(), pathPrefix) {
				t.Errorf("error without a path: %v", err)
			}
		}
	})
}
