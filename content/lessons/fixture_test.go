package lessons

import (
	"strings"
	"testing/fstest"
)

// fixture is a small, valid content tree: two lessons in both languages,
// their quizzes and a glossary. Each broken-content test changes one file.
func fixture() fstest.MapFS {
	fs := fstest.MapFS{}
	put := func(name, text string) { fs[name] = &fstest.MapFile{Data: []byte(text)} }
	put("en/01-alpha.md", `---
id: alpha
order: 1
title: Alpha
summary: What alpha is.
minutes: 5
related: beta
---
# Alpha

Alpha is about [personal information](glossary:personal-information).
Read [Beta](lesson:beta) next.

## Key points
- one
`)
	put("zh/01-alpha.md", `---
id: alpha
order: 1
title: 阿尔法
summary: 阿尔法是什么。
minutes: 5
related: beta
---
# 阿尔法

阿尔法讲的是[个人信息](glossary:personal-information)。
接着读[贝塔](lesson:beta)。
`)
	put("en/02-beta.md", "---\nid: beta\norder: 2\ntitle: Beta\nsummary: What beta is.\nminutes: 4\n---\n# Beta\n\nText.\n")
	put("zh/02-beta.md", "---\nid: beta\norder: 2\ntitle: 贝塔\nsummary: 贝塔是什么。\nminutes: 4\n---\n# 贝塔\n\n正文。\n")
	put("en/01-alpha.quiz.md", quizText("Question", "Option", "Because."))
	put("zh/01-alpha.quiz.md", quizText("问题", "选项", "因为。"))
	put("en/02-beta.quiz.md", quizText("Question", "Option", "Because."))
	put("zh/02-beta.quiz.md", quizText("问题", "选项", "因为。"))
	put("en/glossary.md", "# Glossary\n\n## personal-information: Personal information\nAnything that identifies a person (PIPL art. 4).\n")
	put("zh/glossary.md", "## personal-information: 个人信息\n能识别某个人的信息（PIPL 第4条）。\n")
	return fs
}

// quizText writes five questions of three options each, the second one
// correct. Question 1 starts on line 1; each question takes 8 lines.
func quizText(q, o, why string) string {
	var b strings.Builder
	for i := range 5 {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString("## " + q + "\n")
		b.WriteString("- [ ] " + o + " A\n  > " + why + "\n")
		b.WriteString("- [x] " + o + " B\n  > " + why + "\n  > " + why + "\n")
		b.WriteString("- [ ] " + o + " C\n  > " + why + "\n")
	}
	return b.String()
}

func edit(fs fstest.MapFS, name, old, new string) {
	fs[name] = &fstest.MapFile{Data: []byte(strings.Replace(string(fs[name].Data), old, new, 1))}
}
